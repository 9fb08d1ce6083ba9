""" ", and" + an irregular past verb ("gave", "made", "took" …) of the same or a plural
subject opens a clause of its own, as a regular "-ed" verb does: a figure in it does not take
the date of a change's yardstick before it (rule ``subject_past_verb`` of
``period_clauses.SUBJECT_PAST_VERBS``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 7, 9)
Y2024 = ("2024-01-01", "2024-12-31")
Y2023_24 = ("2023-01-01", "2024-12-31")
Y2022_24 = ("2022-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Teams in Powys attended 2,410 incidents in 2024, 6% fewer than in 2022, and "
            "volunteers gave 19,000 hours.",
            [(2410, "incidents", Y2024), (6, "percent", Y2022_24), (19000, "hours", Y2024)],
            id="plural-subject-gave",
        ),
        pytest.param(
            "Officers in Kent made 410 arrests last year, 12% more than in 2023, and gave 96 "
            "talks.",
            [(410, "arrests", Y2024), (12, "percent", Y2023_24), (96, "talks", Y2024)],
            id="same-subject-gave",
        ),
        pytest.param(
            "Wardens in Hull issued 380 fines last year, 9% more than in 2023, and volunteers "
            "took 210 calls.",
            [(380, "fines", Y2024), (9, "percent", Y2023_24), (210, "calls", Y2024)],
            id="plural-subject-took",
        ),
        # near miss: the yardstick's own count keeps its own date
        pytest.param(
            "Officers in Leeds made 410 arrests last year, compared with 380 in 2023.",
            [(410, "arrests", Y2024), (380, "arrests", ("2023-01-01", "2023-12-31"))],
            id="yardstick-count-own-date",
        ),
    ],
)
def test_irregular_past_clause_keeps_main_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
