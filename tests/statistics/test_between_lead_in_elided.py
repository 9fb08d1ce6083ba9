"""A count that opens its sentence with no noun after a lead-in of the months it covers,
"Between April and June this year, 38 were recorded", counts the noun of the count in the
sentence before, as after "In Telford, " (``elided_subjects._LEAD_IN``, rule
``elided-subject``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There were 214 burglaries in Leeds in 2025. Between April and June this year, "
            "38 were recorded.",
            [(214.0, "burglaries"), (38.0, "burglaries")],
        ),
        (
            "Kent Police recorded 500 thefts in 2025. Between January and March, 61 were "
            "reported, compared with 70 in the same period of 2025.",
            [(500.0, "thefts"), (61.0, "thefts"), (70.0, "thefts")],
        ),
        (
            "Officers seized 120 knives in 2025. Between May and August, nearly 40 were handed in.",
            [(120.0, "knives"), (40.0, "knives")],
        ),
        # near misses: a count with its own noun; a range opening the sentence
        (
            "There were 214 burglaries in Leeds in 2025. Between April and June, 38 "
            "robberies were recorded.",
            [(214.0, "burglaries"), (38.0, "robberies")],
        ),
        (
            "There were 214 burglaries in Leeds in 2025. Between 30 and 40 were solved.",
            [(214.0, "burglaries")],
        ),
    ],
)
def test_between_lead_in_elided_subject(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
