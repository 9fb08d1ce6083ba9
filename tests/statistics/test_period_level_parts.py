"""A level a change reached after a bare yardstick, and a part of the later figure after the
earlier half of a comparison, are of the later period. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 4)

ROWS = [
    pytest.param(
        "Lincolnshire Police recorded 880 burglaries in 2024.\n\nThefts across the county "
        "fell by 9% compared with 2023, to 2,310.",
        {
            880.0: ("2024-01-01", "2024-12-31"),
            9.0: ("2023-01-01", "2024-12-31"),
            2310.0: ("2024-01-01", "2024-12-31"),
        },
        id="a-level-reached-after-a-bare-yardstick",
    ),
    pytest.param(
        "Cumbria Police applied for 52 orders in 2024, compared with 30 in 2023, and "
        "magistrates granted 47 of them.",
        {
            52.0: ("2024-01-01", "2024-12-31"),
            30.0: ("2023-01-01", "2023-12-31"),
            47.0: ("2024-01-01", "2024-12-31"),
        },
        id="a-part-of-the-later-figure",
    ),
    # near misses: a count of the yardstick's own year keeps it; a yardstick with no
    # change reaching a level leaves the count after it to the yardstick
    pytest.param(
        "Cumbria Police applied for 52 orders in 2024, compared with 30 in 2023, when 12 "
        "orders were refused.",
        {
            52.0: ("2024-01-01", "2024-12-31"),
            30.0: ("2023-01-01", "2023-12-31"),
            12.0: ("2023-01-01", "2023-12-31"),
        },
        id="a-count-of-the-yardstick-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_later_levels(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
