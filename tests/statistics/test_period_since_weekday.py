""" "since" a weekday alone runs from the latest such weekday before P to P (rule
``since_weekday``); a dated weekday is ``since_day``'s, and a weekday without "since" is
not read by it. Sentences invented; P is Tuesday 2 December 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since Friday, officers in Kent have received 19 reports of bogus traders.",
            {19: ("2025-11-28", "2025-12-02")},
        ),
        (
            "Dorset Police have seized 12 cars since last Saturday.",
            {12: ("2025-11-29", "2025-12-02")},
        ),
        (
            "Crews in Somerset have pumped out 46 homes since Monday, the fire service said.",
            {46: ("2025-12-01", "2025-12-02")},
        ),
        # P itself a Tuesday: "since Tuesday" is the Tuesday a week before
        (
            "Since Tuesday, 80 people have called the helpline in Devon.",
            {80: ("2025-11-25", "2025-12-02")},
        ),
        # near misses: a dated weekday (since_day's), a weekday alone after "on"
        (
            "The force made 9 arrests in Leeds since Friday 21 November.",
            {9: ("2025-11-21", "2025-12-02")},
        ),
        # the past, after no span: the latest Sunday by P (rule past_weekday)
        (
            "Officers stopped 40 drivers on Sunday, Kent Police said.",
            {40: ("2025-11-30", "2025-11-30")},
        ),
    ],
)
def test_period_since_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_since_weekday_undated_without_p(nlp: Language, periods_of: PeriodsOf) -> None:
    """No publication date: no Friday to count back from."""
    assert periods_of(nlp, "Since Friday, officers have received 19 reports.", None) == {19: None}
