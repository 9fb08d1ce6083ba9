"""A bank holiday written with its date after it is the day stated, not the latest bank
holiday begun by P (``period_holiday_dates`` rule ``bank_holiday_dated``). Every sentence
is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases


def periods(text: str, published: dt.date | None) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Crews went to 23 fires in Hastings on the bank holiday Monday, 5 May.",
            dt.date(2025, 7, 1),
            [("2025-05-05", "2025-05-05")],
        ),
        (
            "Over the bank holiday weekend, 25 August 2025, 40 drivers were stopped in Poole.",
            dt.date(2026, 2, 3),
            [("2025-08-23", "2025-08-25")],
        ),
        (
            "On the spring bank holiday, 26 May, officers made nine arrests in Blackpool.",
            dt.date(2026, 1, 14),
            [("2025-05-26", "2025-05-26")],
        ),
        (
            "Calls peaked at the bank holiday, on Monday 1 September, with 310 in Leeds.",
            dt.date(2025, 9, 20),
            [("2025-09-01", "2025-09-01")],
        ),
        # near misses: no date after the holiday (the latest begun by P); a number with no
        # month after it is not a date; no publication date and no year, no period
        (
            "Crews went to 23 fires in Hastings on the bank holiday Monday.",
            dt.date(2025, 7, 1),
            [("2025-05-26", "2025-05-26")],
        ),
        (
            "On the bank holiday, 4 officers were sent to the beach.",
            dt.date(2025, 7, 1),
            [("2025-05-26", "2025-05-26")],
        ),
        ("Crews went to 23 fires on the bank holiday Monday, 5 May.", None, [None]),
    ],
)
def test_bank_holiday_dated(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected
