"""Weekends and fortnights are units of time like weeks: "over four weekends", "for two
fortnights" are durations, not counts (``duration_guards._DURATION_UNIT`` of the exclusion
``duration``); a span a yardstick is dated by ("70 the quarter before", "1,060 the season
before") is no unit (``units._TIMES_AFTER_SKIPPED``, rule ``time_span_not_unit``): the
count's noun is left out. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2025, 9, 10)


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = P
    return sorted((f.value, f.unit) for f in nlp(doc)._.statistics)


ROWS = [
    pytest.param(
        "Officers in Hove made 12 arrests over four weekends.",
        [(12, "arrests")],
        id="over-four-weekends",
    ),
    pytest.param(
        "The Exeter team ran 30 patrols for two fortnights.",
        [(30, "patrols")],
        id="two-fortnights",
    ),
    pytest.param(
        "Officers in Derby seized 90 knives in the third quarter, compared with 70 the "
        "quarter before.",
        [(70, "knives"), (90, "knives")],
        id="the-quarter-before",
    ),
    pytest.param(
        "Stewards in Leeds reported 410 incidents this season, up from 380 the previous season.",
        [(380, "incidents"), (410, "incidents")],
        id="the-previous-season",
    ),
    pytest.param(
        "Officers in Hull seized 90 knives this week, compared with 70 the week before.",
        [(70, "knives"), (90, "knives")],
        id="the-week-before",
    ),
    # near misses: "weekend" naming the patrols counted (duration_guards.NOT_SHIFT_NOUN),
    # "season" modifying the noun counted
    pytest.param(
        "Stewards at the club in Derby banned four season ticket holders in 2024.",
        [(4, "holders")],
        id="season-ticket-holders",
    ),
    pytest.param(
        "Officers in Hove carried out 12 weekend patrols in May.",
        [(12, "patrols")],
        id="weekend-patrols",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_weekend_durations(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected
