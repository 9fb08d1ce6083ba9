"""Rule ``a_week_of_deeds``: "during a week of drugs warrants", undated where it stands,
takes the span of a week stated close after it, as "during a week-long operation" does
(``an_operation``); rule ``working_week``: a week's event may be dated by a working week
(Monday to Friday), never one longer than a week. Near misses: a span of another length
after it, a week of no deeds named, a four-day span and one of six months. Sentences
invented; P is Thursday 16 October 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 640 cannabis plants during a week of drugs warrants in Walsall."
            " Between Monday 6 October and Sunday 12 October, they searched 21 addresses.",
            {640: ("2025-10-06", "2025-10-12"), 21: ("2025-10-06", "2025-10-12")},
        ),
        (
            "Nine people were arrested in a week of police raids across Wrexham. From Monday"
            " 6 October to Friday 10 October, officers also recovered 3 vehicles.",
            {9: ("2025-10-06", "2025-10-10"), 3: ("2025-10-06", "2025-10-10")},
        ),
        (
            "Derbyshire officers found 12 cannabis farms during a week-long crackdown. Between"
            " Monday 6 October and Friday 10 October, they made 15 arrests.",
            {12: ("2025-10-06", "2025-10-10"), 15: ("2025-10-06", "2025-10-10")},
        ),
        # near misses: a month after it, no deeds named, a span of four days, a span of
        # months after a week-long operation
        (
            "Officers seized 640 plants during a week of drugs warrants. In September, they"
            " searched 21 addresses.",
            {640: None, 21: ("2025-09-01", "2025-09-30")},
        ),
        (
            "Officers seized 640 plants during a week of sunshine. Between Monday 6 October"
            " and Sunday 12 October, they searched 21 addresses.",
            {640: None, 21: ("2025-10-06", "2025-10-12")},
        ),
        (
            "Officers seized 640 plants during a week of drugs warrants. Between Monday 6"
            " October and Thursday 9 October, they searched 21 addresses.",
            {640: None, 21: ("2025-10-06", "2025-10-09")},
        ),
        (
            "Officers made 31 arrests during a week-long operation. Between January and June,"
            " 120 people were stopped.",
            {31: None, 120: ("2025-01-01", "2025-06-30")},
        ),
    ],
)
def test_a_week_of_deeds(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
