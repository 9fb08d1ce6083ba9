""" ", a rise from" + a yardstick's count is a clause break for periods (rule
``change_from_count`` of ``period_clauses.CHANGE_FROM_COUNT``): the yardstick's period is
its own, not the figure's before it, as after ", up from". Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 10)
Y2022 = ("2022-01-01", "2022-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
FY2425 = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police recorded 94.1% of crimes correctly, an improvement from 89% at its "
            "last inspection in 2022.",
            [(94.1, "percent", None), (89, "percent", Y2022)],
            id="an-improvement-from",
        ),
        pytest.param(
            "The charge rate in Gwent is 8%, a sharp fall from 11% in 2024/25.",
            [(8, "percent", None), (11, "percent", FY2425)],
            id="a-sharp-fall-from",
        ),
        pytest.param(
            "Officers in Leeds made 40 arrests, a rise from around 31 in 2022.",
            [(40, "arrests", None), (31, "arrests", Y2022)],
            id="a-rise-from-around",
        ),
        # near miss: a change from a year, not a count
        pytest.param(
            "Officers in Leeds made 40 arrests in 2025, a rise from 2024.",
            [(40, "arrests", Y2025)],
            id="near-miss-from-a-year",
        ),
    ],
)
def test_a_change_from_a_count_breaks_the_clause(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
