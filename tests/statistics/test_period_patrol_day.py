"""One patrol told right before a single day, its named place between, makes that day the
span of the patrol's stops and finds (rule ``patrol_day`` of
``period_figure_days.FIGURE_DAYS``); a patrol after which the figures came, many patrols,
or a place in lower case leaves the day an event's date, which no figure takes. Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "During one night's patrol in Thetford Forest on 14 October, rangers stopped six "
            "vehicles and seized two lamps.",
            {6: DAY, 2: DAY},
            id="night-patrol-at-place",
        ),
        pytest.param(
            "On a joint patrol at Cannock Chase on 14 October, officers spoke to 31 riders.",
            {31: DAY},
            id="joint-patrol-opened-by-on",
        ),
        pytest.param(
            "During a patrol on 14 October, wardens in Bodmin issued nine warnings.",
            {9: DAY},
            id="patrol-without-place",
        ),
        # near misses: the figures after a patrol, many patrols, a place in lower case
        pytest.param(
            "After a patrol on 14 October, wardens in Bodmin issued nine warnings.",
            {9: None},
            id="near-miss-after-a-patrol",
        ),
        pytest.param(
            "During patrols on 14 October, wardens in Bodmin issued nine warnings.",
            {9: None},
            id="near-miss-many-patrols",
        ),
        pytest.param(
            "During a patrol in the town on 14 October, wardens issued nine warnings.",
            {9: None},
            id="near-miss-lower-case-place",
        ),
    ],
)
def test_a_patrol_day_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected


def test_the_rule_is_named() -> None:
    text = "During one night's patrol in Thetford Forest on 14 October, rangers stopped six."
    start = text.index("14 October")
    assert counted_day(text, start, start + len("14 October")) == "patrol_day"
