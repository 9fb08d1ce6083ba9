"""Words that make a figure point back to the figure before (``POINTING_BACK``): one row
per rule, near misses, and the period a sum parted out of the sum before takes
(sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.referred_figures import POINTING_BACK, points_back

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

# (sentence, offset of the figure, unit, rule name or None)
POINTER_ROWS = [
    pytest.param("That figure is 40 higher.", 15, "people", "that-figure", id="that-figure"),
    pytest.param("Of these, 12 were girls.", 10, "people", "these-those", id="these-those"),
    pytest.param("The same 40 officers returned.", 9, "officers", "the-same", id="the-same"),
    pytest.param(
        "The money includes £300,000 for two outreach workers.",
        19,
        "pounds",
        "the-sum",
        id="the-sum",
    ),
    pytest.param(
        "This funding will pay for £80,000 of training.",
        26,
        "pounds",
        "the-sum",
        id="the-sum-will-pay",
    ),
    pytest.param("That is 23 fewer than in 2022.", 8, "", "that-is", id="that-is"),
    pytest.param("This was almost 40 more than in May.", 16, "", "that-is", id="this-was-almost"),
    pytest.param("That is an average of 12 a day.", 22, "", None, id="that-is-an-average"),
    # near misses: no verb of containing; a count, not money; not the sentence's opening
    pytest.param("The money seized was £4,000.", 21, "pounds", None, id="no-containing-verb"),
    pytest.param(
        "The grant will pay for 12 officers.", 23, "officers", None, id="a-count-not-money"
    ),
    pytest.param(
        "Officers said the money includes £9,000.", 33, "pounds", None, id="not-the-opening"
    ),
]


def test_every_pointing_back_rule_has_a_row() -> None:
    assert {rule.name for rule in POINTING_BACK} <= {row.id for row in POINTER_ROWS}


@pytest.mark.parametrize(("sentence", "start", "unit", "expected"), POINTER_ROWS)
def test_points_back(sentence: str, start: int, unit: str, expected: str | None) -> None:
    assert points_back(sentence, start, unit) == expected


def test_a_sum_parted_out_takes_the_period_of_the_sum(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "Cumbria's commissioner will spend £1.2m on victims' services in 2025/26. The money "
        "includes £300,000 for outreach workers and £90,000 for a helpline."
    )
    year = ("2025-04-01", "2026-03-31")
    assert periods_of(nlp, text, dt.date(2025, 2, 3)) == {
        1200000: year,
        300000: year,
        90000: year,
    }
