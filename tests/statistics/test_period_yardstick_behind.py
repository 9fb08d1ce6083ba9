"""A figure that is no change, listed after a yardstick level and its period (", up from
41 in the same period of 2023, costing £2.3m"), covers the clause's own period, not the
yardstick's (``period_comparisons._yardstick_behind``, rule ``yardstick-behind``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 2, 20)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")

ROWS = [
    pytest.param(
        "There were 68 cable thefts between April and December last year, up from 41 in the "
        "same period of 2023, costing the railway £2.3m in repairs.",
        {
            68.0: ("2024-04-01", "2024-12-31"),
            41.0: ("2023-04-01", "2023-12-31"),
            2_300_000.0: ("2024-04-01", "2024-12-31"),
        },
        id="up-from-then-a-sum",
    ),
    pytest.param(
        "Police recorded 120 burglaries in Kent in 2024, down from 135 in 2023, costing "
        "victims £400,000.",
        {120.0: Y24, 135.0: Y23, 400_000.0: Y24},
        id="down-from-then-a-sum",
    ),
    pytest.param(
        "Officers seized 210 knives in 2024, compared with 180 in 2023, and 40 firearms.",
        {210.0: Y24, 180.0: Y23, 40.0: Y24},
        id="compared-with-then-a-count",
    ),
    # near misses: a clause on the yardstick's own time; a new sentence
    pytest.param(
        "Police recorded 120 burglaries in Kent in 2024, up from 95 in 2023, when 30 people "
        "were charged.",
        {120.0: Y24, 95.0: Y23, 30.0: Y23},
        id="when-clause-keeps-the-yardstick",
    ),
    pytest.param(
        "Police recorded 120 burglaries in 2024. In 2023, there were 95, and 30 people were "
        "charged.",
        {120.0: Y24, 95.0: Y23, 30.0: Y23},
        id="own-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_figure_after_a_yardstick_covers_the_clause_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
