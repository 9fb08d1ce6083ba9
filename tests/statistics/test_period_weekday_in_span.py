"""A weekday of the past after "on" ("On Saturday night", "19 of them on Sunday"), after a
dated span of a week or less that holds one such weekday, is that day of the span (rule
``weekday_in_span``); a weekday after no such span, after a yardstick span ("at last
year's festival"), after hours of the day ("between 10pm and 4am on Saturday") or spoken of as
to come is not read by it. Sentences invented; P is Tuesday 12 August 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair ran from Friday 8 August to Sunday 10 August. "
            "On Saturday night alone, 17 people were arrested.",
            {17: ("2025-08-09", "2025-08-09")},
        ),
        (
            "The show took place over the weekend of 9 and 10 August. "
            "Stewards found 26 lost children over the two days, 15 of them on Sunday.",
            {26: ("2025-08-09", "2025-08-10"), 15: ("2025-08-10", "2025-08-10")},
        ),
        (
            "The festival ran from Friday 8 August to Sunday 10 August. "
            "Ejections rose to 90 over the three days, up from 70 at last year's festival. "
            "On Friday, 31 people were hurt.",
            {
                90: ("2025-08-08", "2025-08-10"),
                70: ("2024-08-08", "2024-08-10"),
                31: ("2025-08-08", "2025-08-08"),
            },
        ),
        # near misses: no span before, hours of the day, a day the span does not hold
        # the past, after no span: the latest Sunday by P (rule past_weekday)
        (
            "Officers stopped 40 drivers on Sunday, Kent Police said.",
            {40: ("2025-08-10", "2025-08-10")},
        ),
        (
            "The fair ran from Friday 8 August to Sunday 10 August. "
            "Officers took 12 reports between 10pm and 2am on Saturday.",
            {12: ("2025-08-08", "2025-08-10")},
        ),
        (
            "The fair ran from Friday 8 August to Sunday 10 August. On Monday, 5 stalls closed.",
            {5: None},
        ),
    ],
)
def test_period_weekday_in_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
