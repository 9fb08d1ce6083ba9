"""A count right after ", when" that follows a "since" span (rule ``level_at_start_count``,
``period_start_levels.WHEN_COUNT``) is the level of the span's first year (its financial
year for "since 2018/19"), not a count over the span to P; the change before it keeps its
span. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)

ROWS = [
    ("Thefts of tractors in Powys have risen by 40% since 2019, when 210 were reported.",
     {40: ("2019-01-01", "2025-10-08"), 210: ("2019-01-01", "2019-12-31")}),
    ("Referrals in Fife have more than doubled since 2018/19, when about 1,250 children were "
     "referred.", {2: ("2018-04-01", "2025-10-08"), 1250: ("2018-04-01", "2019-03-31")}),
    ("The number of calls has fallen by 15% since March 2022, when 640 calls were taken.",
     {15: ("2022-03-01", "2025-10-08"), 640: ("2022-03-01", "2022-03-31")}),
    # near misses: ", when" after a year that is no "since" span; a "when" clause without
    # a count right after it
    ("Officers made 310 arrests in 2024, when 45 were charged.",
     {310: ("2024-01-01", "2024-12-31"), 45: ("2024-01-01", "2024-12-31")}),
    ("Reports have risen by 40% since 2019, when the unit recorded 210 reports.",
     {40: ("2019-01-01", "2025-10-08"), 210: ("2019-01-01", "2025-10-08")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_at_start_count(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
