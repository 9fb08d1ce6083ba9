"""Rule ``the_weekday_in_span`` of
:mod:`pressfacts.statistics.period_weekday_events`: "on the Saturday night" is the day of
a short span stated before that the weekday falls in, as "on Saturday night" is;
not a weekday a phrase after it fixes (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 15)
DAYS = ("2026-06-05", "2026-06-07")
SAT = ("2026-06-06", "2026-06-06")
SUN = ("2026-06-07", "2026-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council received 40 noise complaints in Derby from Friday 5 to Sunday 7 June. "
         "It received 9 complaints on the Saturday night alone.",
         {40: DAYS, 9: SAT}),
        ("The carnival in Bath ran from Friday 5 to Sunday 7 June. Stewards treated 31 "
         "people. On the Sunday, 12 people were treated for heat exhaustion.",
         {31: DAYS, 12: SUN}),
        ("The festival in Derby ran from Friday 5 to Sunday 7 June. Police made 11 arrests "
         "on the Saturday evening, and 20 over the weekend.",
         {11: SAT, 20: DAYS}),
        # near misses: a day a phrase after it fixes, not the span's
        ("The festival in Derby ran from Friday 5 to Sunday 7 June. Police made 11 arrests "
         "on the Saturday before the festival.",
         {11: DAYS}),
        ("The festival in Derby ran from Friday 5 to Sunday 7 June. Police made 11 arrests "
         "on the Sunday after the final.",
         {11: DAYS}),
    ],
)  # fmt: skip
def test_the_weekday_in_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
