"""Two weekdays in a row after "on" ("11 arrests on Wednesday and Thursday") are a run of
days (``weekday_pair``); sentences invented for these tests, with near misses that must not
fire."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 8)  # a Saturday; Bonfire Night 2025 was a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cheshire Police made 14 arrests on Tuesday and Wednesday in Crewe.",
            {14: ("2025-11-04", "2025-11-05")},
        ),
        (
            "Officers in Swindon seized 230 fireworks on Friday and Saturday night.",
            {230: ("2025-11-07", "2025-11-08")},
        ),
        (
            "During the festival from Thursday 30 October to Sunday 2 November 2025, officers "
            "made 40 arrests. Another 12 people were arrested on Saturday and Sunday.",
            {40: ("2025-10-30", "2025-11-02"), 12: ("2025-11-01", "2025-11-02")},
        ),
        # near misses: two days apart, recurring nights, to come
        ("Cheshire Police made 14 arrests on Monday and Friday in Crewe.", {14: None}),
        ("Officers patrol Hull on Friday and Saturday nights and seized 19 rockets.", {19: None}),
        ("Officers will be out on Friday and Saturday with 16 extra patrols.", {16: None}),
    ],
)
def test_two_weekdays_in_a_row(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
