"""A year-less range after a season named in its sentence takes that season's year (rule
``season_named_range``) and, stated in the same run of words, says which months of it the
figure covers (rule ``season_restated_by_range``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

ROWS = [
    (
        "2026-07-17",
        "Last summer Avon and Somerset Police recorded 480 thefts in Weston-super-Mare "
        "between June and September.",
        [("between June and September", "2025-06-01", "2025-09-30")],
    ),
    (
        "2026-03-10",
        "Last winter Cumbria Police logged 210 break-ins in Keswick between December and February.",
        [("between December and February", "2025-12-01", "2026-02-28")],
    ),
    (
        "2026-08-20",
        "Last summer officers in Skegness made 64 arrests between the start of July and the "
        "end of September.",
        [("between the start of July and the end of September", "2025-07-01", "2025-09-30")],
    ),
    # set off by a comma: the season stays (the first clause's), the range takes its year
    (
        "2026-07-17",
        "Last summer officers made 40 arrests in Looe, and between July and August they "
        "seized 20 knives.",
        [
            ("Last summer", "2025-06-01", "2025-08-31"),
            ("between July and August", "2025-07-01", "2025-08-31"),
        ],
    ),
    # near misses: the season in a sentence of its own; a range with a year of its own
    (
        "2026-07-17",
        "Last summer was busy. Officers recorded 300 thefts in Whitby between July and September.",
        [
            ("Last summer", "2025-06-01", "2025-08-31"),
            ("between July and September", "2026-07-01", "2026-09-30"),
        ],
    ),
    (
        "2026-07-17",
        "Last summer North Wales Police recorded 530 thefts in Rhyl, compared with 480 "
        "between June and August 2024.",
        [
            ("Last summer", "2025-06-01", "2025-08-31"),
            ("between June and August 2024", "2024-06-01", "2024-08-31"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ROWS)
def test_a_range_after_a_season_is_that_seasons(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, dt.date.fromisoformat(published)) == expected
