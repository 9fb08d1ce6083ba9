"""A clause naming a place, then "where" (or "in which") and the clause holding the
subject, leaves that subject the counted noun of a level or a change from one level to
another (rule ``relative_where_subject``, :data:`pressfacts.statistics.level_subjects.
WHERE_CLAUSE`): "Seaham was the only town where reports fell, from 41 in 2025 to 29 so far
this year" counts reports. Found by held-out 389. Sentences invented for the test; near
misses have no plural subject after "where", or a noun of their own after the count."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rhyl was the only town where burglaries fell, from 212 in 2023 to 167 in 2024.",
            [(212, "burglaries"), (167, "burglaries")],
        ),
        (
            "Ipswich is the district in which shoplifting offences rose from 930 to 1,240.",
            [(930, "offences"), (1240, "offences")],
        ),
        (
            "Barnsley was the area where scam reports reached 318 last year.",
            [(318, "reports")],
        ),
        (
            "Torbay is now the part of Devon where call-outs stand at 75 a month.",
            [(75, "call-outs")],
        ),
        # near misses: no plural subject after "where"; a noun of its own after the count
        ("Rhyl was the only town where the rate fell from 41 to 29.", []),
        (
            "Rhyl was the only town where officers seized 41 bikes in 2024.",
            [(41, "bikes")],
        ),
    ],
)  # fmt: skip
def test_relative_where_subject(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units_of(nlp, text, P) == expected
