"""A sentence opened by a day whose clause says a caseload was held that day dates the stock
to that day (rule ``snapshot_caseload_day``: ``snapshot_days.SNAPSHOT_CASELOAD_DAY``), and
"on the same date last year" is that day a year earlier (rule
``snapshot_same_day_last_year``: ``snapshot_days.SAME_DAY_LAST_YEAR``), a comparison's
earlier half (kind ``previous``) anchored on the day counted before it. Before, the day
was a plain day (an event's, which the period choice gives no figure) and "the same date
last year" was left unresolved. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2026, 10, 15)


def _periods(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (text[p.start_char : p.end_char], p.kind, p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 1 October the youth offending team was working with 212 young people.",
            [("On 1 October", "snapshot", "2026-10-01", "2026-10-01")],
        ),
        (
            "On 31 March, foster carers in the county were looking after 96 children.",
            [("On 31 March", "snapshot", "2026-03-31", "2026-03-31")],
        ),
        (
            "On 30 November the refuge was supporting 14 women, up from nine on the same date"
            " last year.",
            [
                ("On 30 November", "snapshot", "2025-11-30", "2025-11-30"),
                ("on the same date last year", "previous", "2024-11-30", "2024-11-30"),
            ],
        ),
        (
            "On 1 March 2024 the hub was managing 310 cases, compared with 280 on the same day"
            " a year earlier.",
            [
                ("On 1 March 2024", "snapshot", "2024-03-01", "2024-03-01"),
                ("on the same day a year earlier", "previous", "2023-03-01", "2023-03-01"),
            ],
        ),
        # near misses: an event on the day; the day inside the sentence; no stock before
        # "the same date last year"
        (
            "On 3 May the team arrested 12 people.",
            [("On 3 May", "day", "2026-05-03", "2026-05-03")],
        ),
        (
            "Officers on 3 May were supporting 40 families.",
            [("on 3 May", "day", "2026-05-03", "2026-05-03")],
        ),
    ],
)
def test_a_caseload_held_on_a_day(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _periods(text) == expected


def test_the_same_date_last_year_needs_a_stock_before() -> None:
    text = "The team made 40 arrests, up from 31 on the same date last year."
    assert all(kind != "snapshot" for _, kind, _, _ in _periods(text))
