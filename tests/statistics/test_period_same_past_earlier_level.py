""" "The same period" after a figure set against an earlier level in a sentence of its own
("up from 31% in 2023/24") is the span the release reports, stated before that level's year,
not the yardstick year (rule ``same_past_earlier_level``,
``period_same._reported_before_level``). Sentences written for these tests; near misses (no
reported span before the yardstick, a yardstick with no earlier level before it) keep what
they had.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "The Dorset helpline took 2,410 calls in 2025/26. A third of callers were men, up from "
        "21% in 2023/24. The service referred 830 callers to counsellors during the same "
        "period.",
        {
            2410: ("2025-04-01", "2026-03-31"),
            33.3: ("2025-04-01", "2026-03-31"),
            21: ("2023-04-01", "2024-03-31"),
            830: ("2025-04-01", "2026-03-31"),
        },
    ),
    (
        "Gwent Police recorded 418 harassment offences in 2025. Of those, 37% were online, down "
        "from 44% in 2022. Officers made 96 arrests over the same period.",
        {
            418: ("2025-01-01", "2025-12-31"),
            37: ("2025-01-01", "2025-12-31"),
            44: ("2022-01-01", "2022-12-31"),
            96: ("2025-01-01", "2025-12-31"),
        },
    ),
    (
        "The Powys helpline took 1,960 calls in 2025/26. A quarter of callers were men, compared "
        "with 18% in 2023/24. The service referred 610 callers to counsellors during the same "
        "period.",
        {
            1960: ("2025-04-01", "2026-03-31"),
            25: ("2025-04-01", "2026-03-31"),
            18: ("2023-04-01", "2024-03-31"),
            610: ("2025-04-01", "2026-03-31"),
        },
    ),
    (
        "Cleveland Police recorded 377 stalking offences in 2025. Of those, 41% were online, "
        "down on 48% in 2022. Officers made 83 arrests over the same period.",
        {
            377: ("2025-01-01", "2025-12-31"),
            41: ("2025-01-01", "2025-12-31"),
            48: ("2022-01-01", "2022-12-31"),
            83: ("2025-01-01", "2025-12-31"),
        },
    ),
    # near miss: no reported span before the earlier level: "the same period" is its year
    (
        "Just 12% of victims in Cumbria were offered an advocate, up from 8% in 2024. Officers "
        "referred 40 victims to the charity over the same period.",
        {
            12: None,
            8: ("2024-01-01", "2024-12-31"),
            40: ("2024-01-01", "2024-12-31"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_same_period_past_earlier_level(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict
) -> None:
    assert periods_of(nlp, text, P) == expected
