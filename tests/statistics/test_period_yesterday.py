""" "yesterday" in a sentence told in the past is the day before P (rule ``yesterday`` of
:mod:`pressfacts.statistics.period_weekday_events`), and a raid dated by it leads in the
haul the next sentence counts; a telling's or a court's day and "yesterday's" are not read
by it. Sentences invented; P is Wednesday 3 December 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 12, 3)
DAY = ("2025-12-02", "2025-12-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers searched six scrap yards in Wakefield yesterday and seized 14 catalytic "
         "converters.", {6: DAY, 14: DAY}),
        ("Cheshire Police stopped 48 vans on the M56 yesterday morning.", {48: DAY}),
        ("Three men were arrested after detectives raided two garages in Luton yesterday. "
         "Officers recovered 11 stolen motorbikes.", {3: DAY, 2: DAY, 11: DAY}),
        # near misses: a telling's day, a court's day, a day to come, "yesterday's"
        ("The force said yesterday that 12 cars had been stolen in November.",
         {12: ("2025-11-01", "2025-11-30")}),
        ("A man was jailed yesterday for 9 burglaries.", {9: None}),
        ("Officers will check 30 scrap yards tomorrow.", {30: None}),
        ("Yesterday's raids took 12 phones off the streets.", {12: None}),
    ],
)  # fmt: skip
def test_period_yesterday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_yesterday_undated_without_p(nlp: Language, periods_of: PeriodsOf) -> None:
    """No publication date: no day to count back from."""
    assert periods_of(nlp, "Officers seized 17 bikes yesterday.", None) == {17: None}
