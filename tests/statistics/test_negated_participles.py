"""A negated participle before a plural ("148 unannounced visits", "40 unattended bags")
is an adjective, never a verb after a count: the noun after it is counted
(``unit_words.SKIPPED_BEFORE_NOUN``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Custody visitors made 148 unannounced visits to suites in Kent in 2025.",
            [(148.0, "visits")],
        ),
        ("Officers found 40 unattended bags at Leeds station in 2025.", [(40.0, "bags")]),
        ("The coroner recorded 12 unexplained deaths in Powys in 2025.", [(12.0, "deaths")]),
        ("Council officers chased 230 unpaid fines in Hull in 2025.", [(230.0, "fines")]),
        ("There were 31 unsolved burglaries in Ripon in 2025.", [(31.0, "burglaries")]),
        # near misses: a noun of its own, read as before
        ("Officers made 148 visits to suites in Kent in 2025.", [(148.0, "visits")]),
        ("Officers carried out 57 planned searches in Kent in 2025.", [(57.0, "searches")]),
    ],
)
def test_negated_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
