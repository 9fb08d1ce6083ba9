"""Spans counted from a dated event: "in the six weeks after the flooding in Carlisle on
3 March", then "in the weeks after the flooding" (:mod:`pressfacts.statistics.period_units_after`),
one row per rule, near misses, and an end cut at P."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_units_after import UNITS_AFTER_RULES
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 20)

ROWS: list[tuple[str, str | None, dict[float, tuple[str, str] | None]]] = [
    (
        "Cumbria Police recorded 214 burglaries in the six weeks after the flooding in Carlisle "
        "on 3 March.",
        "units_after_dated_event",
        {214: ("2025-03-03", "2025-04-13")},
    ),
    (
        "During the first ten days following the storm on 2 February 2024, crews made 57 rescues.",
        "units_after_dated_event",
        {57: ("2024-02-02", "2024-02-11")},
    ),
    (
        "Officers took 88 calls in the two months after the fire at the depot on 12th January.",
        "units_after_dated_event",
        {88: ("2025-01-12", "2025-03-11")},
    ),
    (
        # a day without a year later than P is last year's
        "Staff logged 19 complaints in the three weeks after the festival on 30 August.",
        "units_after_dated_event",
        {19: ("2024-08-30", "2024-09-19")},
    ),
    (
        # the span is cut at P when it has not ended yet
        "Wardens issued 140 fines in the four weeks after the launch on 1 June.",
        "units_after_dated_event",
        {140: ("2025-06-01", "2025-06-20")},
    ),
    (
        "Arrests rose to 31 in the eight weeks after the riot in Hull on 4 April. "
        "The charity said it had taken 95 calls in the weeks after the riot.",
        "units_after_the_event",
        {31: ("2025-04-04", "2025-05-29"), 95: ("2025-04-04", "2025-06-20")},
    ),
    # near misses: a point after an event; no day named; "in the weeks after" with no dated
    # event before it
    ("Six weeks after the attack on 3 March, 12 men were charged.", None, {12: None}),
    ("Officers made 40 arrests in the six weeks after the match.", None, {40: None}),
    ("The charity took 75 calls in the weeks after the attack.", None, {75: None}),
]


def test_every_rule_has_a_row() -> None:
    assert {rule.name for rule in UNITS_AFTER_RULES} == {name for _, name, _ in ROWS if name}


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_units_after_an_event(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    name: str | None,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
