"""A count restated as an average rate whose value is qualified ("…, to 4,730 – an average of
almost 13 a day", "…, on average around 25 a day") counts the noun of the count before it
(elided rule ``averaged_qualified_rate``, ``elided_rates.RATE_RULES``): the average words
and the qualifier together had left the rate with no noun, and it was dropped. Every
sentence is invented; the near misses are a rate with a noun of its own, an average with no
rate after it and a qualifier with no average words (``restated_rate``'s)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 10, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("logged 4,730 reports in 2024 – an average of almost ", " a day.",
         "averaged_qualified_rate"),
        ("took 9,100 calls in 2024, on average around ", " a day.", "averaged_qualified_rate"),
        ("issued 2,300 fines last year, averaging just over ", " a week.",
         "averaged_qualified_rate"),
        ("sent 610 letters, or on average about ", " a month", "averaged_qualified_rate"),
        # near misses: a noun of its own, no rate after the count, no average words
        ("logged 4,730 reports in 2024 – an average of almost ", " officers a day.", None),
        ("logged 4,730 reports in 2024 – an average of almost ", " minutes each.", None),
        ("took 9,100 calls in 2024, about ", " a day.", "restated_rate"),
    ],
)  # fmt: skip
def test_averaged_qualified_rate_rule(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


ROWS = [
    pytest.param(
        "The helpline took 9,100 calls in 2024, on average around 25 a day.",
        [(9100.0, "calls", YEAR_2024), (25.0, "calls", YEAR_2024)],
        id="on-average-around",
    ),
    pytest.param(
        "Wardens in Bolton issued 2,300 fines in 2024, averaging just over 40 a week.",
        [(2300.0, "fines", YEAR_2024), (40.0, "fines", YEAR_2024)],
        id="averaging-just-over",
    ),
    pytest.param(
        "Staff answered 3,650 messages in 2024 – an average of almost 10 a day.",
        [(3650.0, "messages", YEAR_2024), (10.0, "messages", YEAR_2024)],
        id="dash-an-average-of-almost",
    ),
    # near miss: the rate names what it counts
    pytest.param(
        "Staff answered 3,650 messages in 2024 – an average of almost 10 calls a day.",
        [(3650.0, "messages", YEAR_2024), (10.0, "calls", YEAR_2024)],
        id="own-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_averaged_qualified_rate(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
