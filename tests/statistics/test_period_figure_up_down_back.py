"""A sentence opening "The figure/That is up/down <a figure> from <a yardstick>" states the
change of the figure before it: the change covers both periods, and the sentences after it
keep the figure's period, not the yardstick's (rule ``figure_up_down_back`` of
``period_clauses._CHANGES_BACK``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

LEAD = "Essex Police recorded 2,310 burglaries in the first half of 2026. "
LATER = ("2026-01-01", "2026-06-30")
BOTH = ("2025-01-01", "2026-06-30")


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        pytest.param(
            "The figure is down 12% from the 2,625 burglaries recorded in the first half of "
            "2025. Of the burglaries, 140 involved a vehicle.",
            12.0,
            id="the-figure-is-down",
        ),
        pytest.param(
            "That is up 8% from the 2,139 recorded in the first half of 2025. Of the "
            "burglaries, 140 involved a vehicle.",
            8.0,
            id="that-is-up",
        ),
        pytest.param(
            "The total was down by almost 12% from the 2,625 recorded in the first half of "
            "2025. Of the burglaries, 140 involved a vehicle.",
            12.0,
            id="total-was-down-by-almost",
        ),
    ],
)
def test_a_change_back_sentence_dates_only_the_change(
    nlp: Language, periods_of: PeriodsOf, sentence: str, change: float
) -> None:
    found = periods_of(nlp, LEAD + sentence, dt.date(2026, 8, 10))
    assert found[change] == BOTH
    assert found[140.0] == LATER


def test_it_is_up_to_is_no_change(nlp: Language, periods_of: PeriodsOf) -> None:
    """Near miss: "It is up to" is no change of the figure before."""
    found = periods_of(
        nlp,
        LEAD + "It is up to residents to lock their sheds. Officers made 45 arrests in 2025.",
        dt.date(2026, 8, 10),
    )
    assert found[2310.0] == LATER
    assert found[45.0] == ("2025-01-01", "2025-12-31")
