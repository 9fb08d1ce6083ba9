"""A count told after the lead's span takes the lead's period when its only "to be" follows
the time the things counted took or waited (rule ``time_taken_to_be``: "took longer than the
20-day target to be answered" says how long, not what was meant to happen). Sentences written
for these tests; the near misses (no time before "to be"; a plan) stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_narrative import TIME_TAKEN_TO_BE
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 20)
Q2 = ("2025-04-01", "2025-06-30")
LEAD = "Norfolk County Council received 1,240 complaints between April and June. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The council found that one in four complaints took longer than the 20-day "
         "target to be answered.", {1240: Q2, 25: Q2}),
        (LEAD + "Some 41 claims took more than six weeks to be paid.", {1240: Q2, 41: Q2}),
        (LEAD + "Officers made 17 visits that took two days to be arranged.",
         {1240: Q2, 17: Q2}),
        # near misses: no time before "to be" (what was done next); a plan
        (LEAD + "Officers took 40 bikes to be destroyed.", {1240: Q2, 40: None}),
        (LEAD + "Some 40 claims were still to be paid.", {1240: Q2, 40: None}),
    ],
)  # fmt: skip
def test_period_narrative_time_taken(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "out"),
    [
        ("took longer than the 20-day target to be answered", True),
        ("took more than six weeks to be paid", True),
        ("patients waited four hours to be seen", True),
        ("took 40 bikes to be destroyed", False),
        ("were to be answered", False),
    ],
)
def test_time_taken_to_be(sentence: str, out: bool) -> None:
    assert bool(TIME_TAKEN_TO_BE.search(sentence)) is out
