"""A one-day operation told before the day it ran makes that day the span its figures
count, and the next paragraph's (``period_operation_days`` rules
``one_day_operation_before`` and ``day_long_operation_before``, lead-in
``operation_day_lead_in``). Every sentence is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 4, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of drivers were caught during a single-day operation on the M6 near "
         "Carlisle last week.\n\nTraffic officers stopped 98 lorries on Wednesday, 16 April, "
         "and issued 41 fines.\n\nTwelve drivers were over their hours.",
         {98: ("2025-04-16", "2025-04-16"), 41: ("2025-04-16", "2025-04-16"),
          12: ("2025-04-16", "2025-04-16")}),
        ("Police ran a one-day speed enforcement operation on the A9. Officers checked 340 "
         "vehicles on 9 April and reported 27 drivers.",
         {340: ("2025-04-09", "2025-04-09"), 27: ("2025-04-09", "2025-04-09")}),
        ("In a day-long crackdown on the M62, officers stopped 55 vans on 3 April.",
         {55: ("2025-04-03", "2025-04-03")}),
        # near misses: no operation told (an event's date); an operation that dates another
        # event; a week-long operation (a span of its own); one to come
        ("A man was charged with 14 offences on 9 April.", {14: None}),
        ("After a one-day operation in Hexham, officers arrested 6 men on 9 April.",
         {6: None}),
        ("Officers ran a week-long operation in Hexham. They stopped 38 cars on 9 April.",
         {38: None}),
        ("A one-day operation is planned in Hexham. Officers seized 17 bikes on 9 April.",
         {17: None}),
    ],
)  # fmt: skip
def test_one_day_operation_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
