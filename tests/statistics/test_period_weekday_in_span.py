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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule weekday_before_span: a day the span does not hold, whose latest day by P
        # comes right before the span (P Tuesday 12 August 2025)
        (
            "Officers made 30 arrests between Friday and Sunday. "
            "On Thursday night, 400 calls were made to 999.",
            {30: ("2025-08-08", "2025-08-10"), 400: ("2025-08-07", "2025-08-07")},
        ),
        (
            "The fair ran from Saturday 9 August to Sunday 10 August. "
            "On Friday, 22 stalls were set up.",
            {22: ("2025-08-08", "2025-08-08")},
        ),
        # near misses: a day after the span, a day to come (future_weekday's next
        # Thursday), a day the span holds
        (
            "Officers made 30 arrests between Friday and Sunday. On Monday, 5 people were held.",
            {30: ("2025-08-08", "2025-08-10"), 5: None},
        ),
        (
            "Officers made 30 arrests between Friday and Sunday. "
            "A further 12 officers will be on patrol on Thursday.",
            {30: ("2025-08-08", "2025-08-10"), 12: ("2025-08-14", "2025-08-14")},
        ),
        (
            "Officers made 30 arrests between Friday and Sunday. On Saturday, 18 were held.",
            {30: ("2025-08-08", "2025-08-10"), 18: ("2025-08-09", "2025-08-09")},
        ),
    ],
)
def test_period_weekday_before_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
