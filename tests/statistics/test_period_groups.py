"""Parts of a group dated before ("Leeds accounted for 40 of the seizures") take its period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_groups import PART_RULES

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2023, 2, 14)
WINTER = ("2022-11-01", "2023-01-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part and a figure of the same noun in its sentence take the group's span
        (
            "West Yorkshire Police made 260 seizures of cannabis between November and "
            "January.\n\nIt compares with 190 seizures in the same period a year earlier.\n\n"
            "Leeds accounted for 95 of the seizures, with 41 in Bradford.",
            {260: WINTER, 190: ("2021-11-01", "2022-01-31"), 95: WINTER, 41: WINTER},
        ),
        (
            "Between November and January, 75 dogs were stolen in Kent.\n\n"
            "Police said 12 of the dogs have been returned.",
            {75: WINTER, 12: WINTER},
        ),
        # near misses: no earlier mention of the noun, or no dated count of it
        (
            "Between November and January, 75 dogs were stolen in Kent.\n\n"
            "Police said 12 of the cats have been returned.",
            {75: WINTER, 12: None},
        ),
        (
            "Dog thefts rose by 20% in Kent between November and January.\n\n"
            "Police said 12 of the dogs have been returned.",
            {20: WINTER, 12: None},  # a change dates no group
        ),
        # a share of the whole right after a part takes the group's span too
        (
            "Between November and January, 640 bikes were stolen in Essex.\n\n"
            "Only 30 of the bikes were recovered, under 5% of the total.",
            {640: WINTER, 30: WINTER, 5: WINTER},
        ),
        (
            "Between November and January, 640 bikes were stolen in Essex.\n\n"
            "Just 90 of the bikes had trackers, about 14 per cent of them.",
            {640: WINTER, 90: WINTER, 14: WINTER},
        ),
        # near miss: a share of a whole of its own stays undated
        (
            "Between November and January, 640 bikes were stolen in Essex.\n\n"
            "Only 30 of the bikes were recovered, while 8% of owners had insurance.",
            {640: WINTER, 30: WINTER, 8: None},
        ),
    ],
)
def test_part_of_group(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_part_rules_are_named() -> None:
    assert list(PART_RULES) == ["part_of_the"]
