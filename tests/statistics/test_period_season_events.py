"""Rule `season_event_by_season`: "last summer's operation", "last winter's crackdown",
when no span stated before lies within that season, is the latest such season over before
P (whole months), not an unrelated span stated before shifted a year back; a span before
that is the season's own keeps the house reading (that span, a year earlier), and "last
year's campaign" is unchanged. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_seasons import within_season
from tests.statistics.conftest import PeriodsOf

ROWS = [
    pytest.param(
        "Since March, officers have made 57 arrests, against 44 in the same period last year."
        " During last summer's operation, they checked 2,310 vehicles at the port.",
        dt.date(2025, 8, 14),
        {
            57: ("2025-03-01", "2025-08-14"),
            44: ("2024-03-01", "2024-08-14"),
            2310: ("2024-06-01", "2024-08-31"),
        },
        id="summer-after-since-month",
    ),
    pytest.param(
        "So far this year the team has seized 96 knives. Last winter's crackdown took 61 off"
        " the streets.",
        dt.date(2025, 6, 2),
        {96: ("2025-01-01", "2025-06-02"), 61: ("2024-12-01", "2025-02-28")},
        id="winter-after-so-far",
    ),
    pytest.param(
        "In the year to March 2025 the force logged 812 thefts. During last autumn's campaign,"
        " 140 bikes were marked.",
        dt.date(2025, 7, 1),
        {812: ("2024-04-01", "2025-03-31"), 140: ("2024-09-01", "2024-11-30")},
        id="autumn-after-financial-year",
    ),
    # near miss: "last year's" names no season
    pytest.param(
        "Officers recorded 300 thefts in 2024. During last year's operation, they stopped 41"
        " drivers.",
        dt.date(2025, 7, 1),
        {300: ("2024-01-01", "2024-12-31"), 41: ("2023-01-01", "2023-12-31")},
        id="last-years-operation",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_season_event_by_season(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str]],
) -> None:
    assert periods_of(nlp, text, published) == expected


WITHIN = [
    pytest.param("2024-07-03", "2024-07-24", "summer", True, id="july-in-summer"),
    pytest.param("2024-12-20", "2025-01-06", "winter", True, id="across-new-year"),
    # near misses: the span before is no season's own, so the season dates the event
    pytest.param("2025-01-01", "2025-07-10", "summer", False, id="since-january"),
    pytest.param("2024-08-20", "2024-09-10", "summer", False, id="into-autumn"),
]


@pytest.mark.parametrize(("start", "end", "name", "expected"), WITHIN)
def test_within_season(start: str, end: str, name: str, expected: bool) -> None:
    assert within_season(dt.date.fromisoformat(start), dt.date.fromisoformat(end), name) is expected
