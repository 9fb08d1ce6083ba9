"""A part of a whole counted before it in its sentence ("… and sheep were killed in 64 of
them"), once a comparison's yardstick has been dated between them ("212 reports in 2025,
up 15% on 2024, …"), is counted over the whole's span, not the yardstick's (rule
``part_after_yardstick``); a part dated on its own keeps its date.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 6, 10)
Y2025 = ("2025-01-01", "2025-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
FY = ("2025-04-01", "2026-03-31")
FY_BEFORE = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thames Valley Police recorded 518 hare coursing reports in 2025, up 22% on 2024, "
            "and arrests followed in 37 of them.",
            [
                (518.0, "reports", Y2025),
                (22.0, "percent", ("2024-01-01", "2025-12-31")),
                (37.0, "reports", Y2025),
            ],
        ),
        (
            "The charity rescued 1,240 dogs in 2025/26, down from 1,390 in 2024/25, and 310 "
            "of them were later rehomed.",
            [(1240.0, "dogs", FY), (1390.0, "dogs", FY_BEFORE), (310.0, "dogs", FY)],
        ),
        # near misses: a part dated on its own; no yardstick between
        (
            "Thames Valley Police recorded 518 hare coursing reports in 2025, up 22% on 2024, "
            "and in December 2025 alone 37 of them led to arrests.",
            [
                (518.0, "reports", Y2025),
                (22.0, "percent", ("2024-01-01", "2025-12-31")),
                (37.0, "reports", ("2025-12-01", "2025-12-31")),
            ],
        ),
        (
            "Thames Valley Police recorded 518 hare coursing reports in 2025, and arrests "
            "followed in 37 of them.",
            [(518.0, "reports", Y2025), (37.0, "reports", Y2025)],
        ),
    ],
)
def test_part_after_yardstick(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
