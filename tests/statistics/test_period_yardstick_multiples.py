"""Yardsticks of a comparison read after a count: a multiple of the number with its
period right after it (rule ``multiple_of_the_number``: "19 drivers, almost double the
number last summer") and a change by a share in words (rule ``share_change_yardstick``:
"201 of the arrests, a rise of a third on summer 2025"). The count takes the later span,
the change both; the yardstick had been taken as the count's own period (or "last
summer" as the summer just over). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 10)
SUMMER = ("2025-06-01", "2025-08-31")
BOTH_SUMMERS = ("2024-06-01", "2025-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cleveland Police arrested 240 drivers between June and August. Cocaine was "
            "found in 31 drivers, almost double the number last summer.",
            {240: SUMMER, 31: SUMMER, 2: BOTH_SUMMERS},
        ),
        (
            "Dyfed-Powys Police stopped 510 vehicles between June and August. Officers "
            "seized 44 knives, twice the total last summer.",
            {510: SUMMER, 44: SUMMER, 2: BOTH_SUMMERS},
        ),
        (
            "Kent Police arrested 300 drivers between June and August. Drug driving "
            "accounted for 180 of the arrests, a rise of a third on summer 2024.",
            {300: SUMMER, 180: SUMMER, 33.3: BOTH_SUMMERS},
        ),
        (
            "Essex Police made 420 arrests between June and August. Drink driving "
            "accounted for 150 of them, a fall of nearly a quarter on summer 2024.",
            {420: SUMMER, 150: SUMMER, 25: BOTH_SUMMERS},
        ),
        # near misses: "last summer" with no multiple before it stays the summer just
        # over (no yardstick), and a yardstick stated with its own count keeps it
        (
            "Cleveland Police arrested 240 drivers between June and August. Last summer, "
            "officers arrested 31 drivers for drug driving.",
            {240: SUMMER, 31: SUMMER},
        ),
        (
            "Kent Police arrested 300 drivers between June and August, compared with 180 "
            "in summer 2024.",
            {300: SUMMER, 180: ("2024-06-01", "2024-08-31")},
        ),
    ],
)
def test_a_yardstick_after_a_count_leaves_it_the_later_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
