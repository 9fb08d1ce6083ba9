"""A day a superlative names as the day of the counts ("The busiest day of the summer was
Sunday 9 August, when …") is the span its figures cover (rule ``busiest_day`` of
``period_rules.BUSIEST_DAY``); a day named without one is an event's date, which no figure
takes (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The busiest day of the summer was Sunday 10 August, when lifeguards at Woolacombe "
            "dealt with 58 incidents.",
            {58: ("2025-08-10", "2025-08-10")},
        ),
        (
            "The worst day was 19 July, when fire crews in Leeds attended 23 water rescues.",
            {23: ("2025-07-19", "2025-07-19")},
        ),
        (
            "The busiest day of the year fell on Saturday 2 August: coastguards took 140 calls.",
            {140: ("2025-08-02", "2025-08-02")},
        ),
        # "single" and what the counts are of between the superlative and the day
        (
            "The busiest single day for crews in North Wales was Saturday 9 August, when "
            "they were paged to 41 call-outs.",
            {41: ("2025-08-09", "2025-08-09")},
        ),
        (
            "The worst day for the coastguard in Kent came on 3 August, with 66 incidents.",
            {66: ("2025-08-03", "2025-08-03")},
        ),
        # near misses: no superlative before the day, an event's date
        (
            "A single day for families was held on 9 August, when 200 people visited.",
            {200: None},
        ),
        (
            "The last day of the campaign was 29 August, when officers had stopped 75 drivers.",
            {75: None},
        ),
        (
            "A busy day on 16 August saw volunteers in Tenby hand out 300 leaflets.",
            {300: None},
        ),
        ("The beach reopened on 4 August, after 12 people were rescued.", {12: None}),
    ],
)
def test_a_busiest_day_is_the_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
