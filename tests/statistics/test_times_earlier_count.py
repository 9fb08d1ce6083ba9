"""A multiple of an earlier period's count is a change over time, as "twice as many as in
2023" is: "three times as many as in 2023", "four times the number recorded in 2022"
(figure rule ``times-earlier-count``), its period running from the earlier period's start;
a multiple with no earlier period ("as many as in Leeds", "as common on rural roads as on
urban roads", "the national average", "as likely as girls") stays a ratio with no change.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

Span = tuple[str, str] | None
PUBLISHED = dt.date(2026, 10, 8)


def times_of(nlp: Language, text: str) -> list[tuple[float, str | None, str | None, Span]]:
    """(value, qualifier, change, period) of each multiple of ``text``."""
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    found = nlp(doc)._.statistics
    return [
        (
            float(f.value),
            f.qualifier,
            f.change,
            (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None,
        )
        for f in found
        if f.unit == "times"
    ]


ROWS = [
    pytest.param(
        "The charity took 400 calls in 2025, three times as many as in 2023.",
        [(3.0, None, "increase", ("2023-01-01", "2025-12-31"))],
        id="as-many-as-in-a-year",
    ),
    pytest.param(
        "The charity took 400 calls in 2025, nearly three times as many as in 2023.",
        [(3.0, "nearly", "increase", ("2023-01-01", "2025-12-31"))],
        id="qualified",
    ),
    pytest.param(
        "The charity took 400 calls in 2025, three times as many as the year before.",
        [(3.0, None, "increase", ("2024-01-01", "2025-12-31"))],
        id="the-year-before",
    ),
    pytest.param(
        "The charity took 400 calls in 2025, four times the number recorded in 2022.",
        [(4.0, None, "increase", ("2022-01-01", "2025-12-31"))],
        id="the-number-recorded-in",
    ),
    pytest.param(
        "The charity took 400 calls between April and June, three times as many as in the "
        "same period last year.",
        [(3.0, None, "increase", ("2025-04-01", "2026-06-30"))],
        id="the-same-period-last-year",
    ),
    pytest.param(
        "The charity took 1,213 calls in 2025, almost three times the 426 calls the year before.",
        [(3.0, "nearly", "increase", ("2024-01-01", "2025-12-31"))],
        id="the-earlier-count-stated",
    ),
    pytest.param(
        "The fund paid £90,000 in 2025, three times the £30,000 it paid in 2023.",
        [(3.0, None, "increase", ("2023-01-01", "2025-12-31"))],
        id="the-earlier-sum-stated",
    ),
    pytest.param(
        "The charity took 400 calls in 2025, three times as many as two years earlier.",
        [(3.0, None, "increase", ("2023-01-01", "2025-12-31"))],
        id="years-earlier",
    ),
    pytest.param(
        "The unit seized 40 guns in 2025, four times as many as a decade ago.",
        [(4.0, None, "increase", ("2015-01-01", "2025-12-31"))],
        id="a-decade-ago",
    ),
    # near misses: no earlier period, a ratio with no change
    pytest.param(
        "The helpline took 900 calls in 2025, three times as many as two years after it opened.",
        [(3.0, None, None, ("2025-01-01", "2025-12-31"))],
        id="near-miss-years-after",
    ),
    pytest.param(
        "Leeds recorded 640 thefts in 2025, three times the 210 in Bradford.",
        [],
        id="near-miss-another-place-count",
    ),
    pytest.param(
        "Rural roads had 400 deaths in 2025, nearly three times as many as in Leeds.",
        [(3.0, "nearly", None, ("2025-01-01", "2025-12-31"))],
        id="near-miss-a-place",
    ),
    pytest.param(
        "The charity took 400 calls in 2025, three times the national average.",
        [(3.0, None, None, ("2025-01-01", "2025-12-31"))],
        id="near-miss-an-average",
    ),
    pytest.param(
        "Boys were three times as likely as girls to be targeted in 2025.",
        [(3.0, None, None, ("2025-01-01", "2025-12-31"))],
        id="near-miss-as-likely",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_multiple_of_an_earlier_count(nlp: Language, text: str, expected: object) -> None:
    assert times_of(nlp, text) == expected
