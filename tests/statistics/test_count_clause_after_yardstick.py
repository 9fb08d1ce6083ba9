"""A count with a noun of its own opening a clause after ", and", once a comparison's
yardstick has been dated ("5,640 incidents last year, up 7% on 2023, and its handlers made
530 arrests"), is counted over the span of the latest figure before it not dated as a
yardstick, not the yardstick's (rule ``count_clause_after_yardstick``). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 3, 12)
Y2025 = ("2025-01-01", "2025-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
BOTH = ("2024-01-01", "2025-12-31")
MAR_AUG = ("2025-03-01", "2025-08-31")
MAR_AUG_24 = ("2024-03-01", "2024-08-31")
MAR_AUG_BOTH = ("2024-03-01", "2025-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cheshire Constabulary's dog team attended 2,310 incidents last year, up 9% on "
            "2024, and its handlers made 418 arrests.",
            [(2310.0, "incidents", Y2025), (9.0, "percent", BOTH), (418.0, "arrests", Y2025)],
        ),
        (
            "Officers in Dorset seized 96 knives in 2025, down 4% on 2024, and the mounted "
            "section attended 73 events.",
            [(96.0, "knives", Y2025), (4.0, "percent", BOTH), (73.0, "events", Y2025)],
        ),
        # a yardstick counted from the span of the sentence before, no figure of the
        # sentence dated on its own (rule ``count_clause_after_anchored_yardstick``), and a
        # clause of six words before the count
        (
            "A trial in Gwent between March and August last year gave 40 nurses cameras. "
            "Attacks on them fell by 31% compared with the same months in 2024, and video "
            "was shown in court in 12 cases.",
            [(40.0, "nurses", MAR_AUG), (31.0, "percent", MAR_AUG_BOTH), (12.0, "cases", MAR_AUG)],
        ),
        (
            "Officers in Dorset seized 96 knives in 2025, down 4% on 2024, and the dog "
            "section was called to 73 events.",
            [(96.0, "knives", Y2025), (4.0, "percent", BOTH), (73.0, "events", Y2025)],
        ),
        # near misses: the yardstick dated inside the clause itself keeps its span
        (
            "A trial in Gwent between March and August last year gave 40 nurses cameras. "
            "Attacks on them fell by 31% compared with the same months in 2024, and the "
            "same months of 2024 saw 12 cases.",
            [
                (40.0, "nurses", MAR_AUG),
                (31.0, "percent", MAR_AUG_BOTH),
                (12.0, "cases", MAR_AUG_24),
            ],
        ),
        # near misses: the count dated on its own; no yardstick before the clause
        (
            "Officers in Dorset seized 96 knives in 2025, down 4% on 2024, and in 2024 the "
            "mounted section attended 73 events.",
            [(96.0, "knives", Y2025), (4.0, "percent", BOTH), (73.0, "events", Y2024)],
        ),
        (
            "Officers in Dorset seized 96 knives in 2025, and the mounted section attended "
            "73 events.",
            [(96.0, "knives", Y2025), (73.0, "events", Y2025)],
        ),
    ],
)
def test_count_clause_after_yardstick(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
