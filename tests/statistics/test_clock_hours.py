"""An hour of the clock in words or digits, with a part of the day or "o'clock" after it and
a word of time before it, is no statistic (exclusion ``clock-hour``); a count before a part of
the day with no word of time before it still counts. Opening hours, an hour "till" another,
are none either (exclusion ``opening-hours``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "The helpline took 3,200 calls, and a third of them came between midnight and five in "
        "the morning.",
        [(3200, "calls"), (33.3, "percent")],
        id="between-midnight-and-an-hour",
    ),
    pytest.param(
        "The centre is staffed from seven in the evening until two in the morning and saw "
        "140 people.",
        [(140, "people")],
        id="from-until",
    ),
    pytest.param(
        "Patrols ran until 11 at night and officers made 18 arrests.",
        [(18, "arrests")],
        id="digits-at-night",
    ),
    pytest.param(
        "The clinic opens at eight o'clock and treated 65 patients.",
        [(65, "patients")],
        id="o-clock",
    ),
    # opening hours, an hour "till" another (exclusion ``opening-hours``)
    pytest.param(
        "The Kent advice line answered 4,100 calls and is open nine till five on weekdays.",
        [(4100, "calls")],
        id="opening-hours-in-words",
    ),
    pytest.param(
        "The drop-in centre in Wrexham helped 230 tenants and opens 10am until 4pm.",
        [(230, "tenants")],
        id="opening-hours-am-pm",
    ),
    pytest.param(
        "The hub is staffed from eight until late and took 75 referrals.",
        [(75, "referrals")],
        id="opening-hours-until-late",
    ),
    # near misses: counts that are not hours of the clock
    pytest.param(
        "Officers made 12 arrests in the morning and 9 arrests in the afternoon.",
        [(12, "arrests"), (9, "arrests")],
        id="counts-with-a-part-of-the-day",
    ),
    pytest.param(
        "The team visited 30 homes in the evening.",
        [(30, "homes")],
        id="a-count-in-the-evening",
    ),
    pytest.param(
        "Calls to the line climbed from 9 until 12 a day by the spring.",
        [(9, "calls")],
        id="counts-until-a-rate",
    ),
    pytest.param(
        "The line stayed open until 12 volunteers had been trained.",
        [(12, "volunteers")],
        id="open-until-a-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_clock_hours(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    doc = nlp(text)
    assert sorted((round(f.value, 1), f.unit) for f in doc._.statistics) == sorted(expected)
