"""A place's count followed by its share of a wider place's whole ("Devon has 40
kennels, nearly half of all those in the South West") is the holding place's, not the
wider place's, which only scopes the whole (rule ``wider_whole_share``); the share keeps
the wider place. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, UnitPeriodsOf

ROWS = [
    pytest.param(
        "Devon has 40 licensed kennels, nearly half of all those in the South West.",
        [(40.0, "Devon"), (50.0, "South West")],
        id="has-then-half-of-all-those",
    ),
    pytest.param(
        "Cardiff alone had 312 reports, more than 30% of the total across Wales.",
        [(312.0, "Cardiff"), (30.0, "Wales")],
        id="alone-had-then-percent-of-the-total",
    ),
    pytest.param(
        "Powys has 61 licensed breeders, around a quarter of the breeders in Wales.",
        [(61.0, "Powys"), (25.0, "Wales")],
        id="has-then-a-quarter-of-the-noun",
    ),
    # near misses: a clause between the place and the count; no share of a wider whole
    pytest.param(
        "Devon has a long coastline, and officers seized 40 boats, nearly half of all "
        "those in the South West.",
        [(40.0, "South West"), (50.0, "South West")],
        id="clause-between",
    ),
    pytest.param(
        "Devon has 40 licensed kennels, and 12 more were inspected in Cornwall.",
        [(40.0, "Devon"), (12.0, "Cornwall")],
        id="no-share",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_wider_whole_share(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


PUBLISHED = dt.date(2026, 6, 10)
Y2025 = ("2025-01-01", "2025-12-31")
PERIOD_ROWS = [
    # the share scoped by the wider place is no part of the dated breakdown before it
    pytest.param(
        "Complaints about breeders rose. Nearly two in five of the complaints last year "
        "concerned online sales. Powys has 61 licensed breeders, around a quarter of all "
        "those in Wales.",
        [(40.0, "percent", Y2025), (61.0, "breeders", None), (25.0, "percent", None)],
        id="wider-share-undated",
    ),
    # near miss: a place-led count of the same noun still takes the total's span
    pytest.param(
        "Officers recorded 400 thefts across Dyfed-Powys last year. Powys had 61 thefts, "
        "while Ceredigion recorded 43.",
        [(400.0, "thefts", Y2025), (61.0, "thefts", Y2025), (43.0, "thefts", Y2025)],
        id="place-led-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_ROWS)
def test_wider_whole_share_period(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
