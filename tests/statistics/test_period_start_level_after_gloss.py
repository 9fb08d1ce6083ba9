"""A ", when" count after a "since" span and an appositive naming what that year was (rule
``start_level_after_gloss``, ``period_start_levels.SINCE_YEAR_GLOSS``) is still the level
of the span's first year, as right after the span (``level_at_start_count``). Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)

ROWS = [
    ("Referrals in Dorset have more than doubled since 2016/17, the first year the hub was "
     "open, when 480 children were referred.",
     {2: ("2016-04-01", "2025-10-08"), 480: ("2016-04-01", "2017-03-31")}),
    ("Knife offences in Luton have risen by 35% since 2020, the year the unit was set up, "
     "when 260 were recorded.",
     {35: ("2020-01-01", "2025-10-08"), 260: ("2020-01-01", "2020-12-31")}),
    ("Calls to the line have grown by 60% since 2021, its first full year, when about 900 "
     "calls were taken.",
     {60: ("2021-01-01", "2025-10-08"), 900: ("2021-01-01", "2021-12-31")}),
    # near miss: another aside between the span and its "when" (no year named)
    ("Thefts have risen by 40% since 2019, according to the council, when 210 were reported.",
     {40: ("2019-01-01", "2025-10-08"), 210: ("2019-01-01", "2025-10-08")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_start_level_after_gloss(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
