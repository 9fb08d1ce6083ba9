"""A share opening a clause of its own after ", and", once a comparison's yardstick has
been dated ("61 children were held in 2025, up from 44 the year before, and nearly one in
ten of all detainees was under 18"), is counted over the span of the count before it,
not the yardstick's (rule ``share_clause_after_yardstick``); a share in a "when" clause
of the yardstick stays the yardstick's. Every sentence is invented."""

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
            "Sixty-one children were held overnight in Kent in 2025, up from 44 the year "
            "before, and nearly one in ten of all detainees was under 18.",
            [(61.0, "children", Y2025), (44.0, "children", Y2024), (10.0, "percent", Y2025)],
        ),
        (
            "The trust ran 684 sessions in Bolton in 2025/26, up from 512 in 2024/25, and "
            "more than 90% of pupils said they felt safer.",
            [(684.0, "sessions", FY), (512.0, "sessions", FY_BEFORE), (90.0, "percent", FY)],
        ),
        # near misses: the yardstick's own clause; no yardstick before the share
        (
            "Sixty-one children were held overnight in Kent in 2025, up from 44 in 2024, "
            "when nearly one in ten of all detainees was under 18.",
            [(61.0, "children", Y2025), (44.0, "children", Y2024), (10.0, "percent", Y2024)],
        ),
        (
            "Sixty-one children were held overnight in Kent in 2025, and nearly one in ten "
            "of all detainees was under 18.",
            [(61.0, "children", Y2025), (10.0, "percent", Y2025)],
        ),
    ],
)
def test_share_clause_after_yardstick(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
