"""A level followed by words comparing it with a yardstick period that has no count of its
own ("almost unchanged on last year", "higher than last year", "similar to the same quarter
of 2025") is the later period's, the one the comparison is anchored on (rule
``level_compared``, ``period_levels.LEVEL_COMPARED``, read through ``YARDSTICK_GAP``); a
qualifier's "more than a year earlier" and a level stated in the earlier period keep it.
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)
LEAD = (
    "Burglaries fell by 12% between July and September compared with the same quarter last year. "
)
Q3 = ("2026-07-01", "2026-09-30")
Q3_BEFORE = ("2025-07-01", "2025-09-30")

ROWS = [
    (LEAD + "In Calderdale, police recorded 96 burglaries, almost unchanged on last year.",
     {96: Q3}),
    (LEAD + "Sheffield saw 310 burglaries, higher than last year.", {310: Q3}),
    (LEAD + "Police in Hull made 88 arrests, similar to the same quarter of 2025.", {88: Q3}),
    (LEAD + "Doncaster recorded 57 burglaries, the same as a year earlier.", {57: Q3}),
    (LEAD + "Rotherham recorded 41 burglaries, fewer than last year.", {41: Q3}),
    # near misses: a qualifier's words, a level stated in the earlier quarter
    (LEAD + "Police in Hull made 88 arrests, more than a year earlier.", {88: Q3_BEFORE}),
    (LEAD + "Police in Hull made 88 arrests in the same quarter last year.", {88: Q3_BEFORE}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_compared(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    found = periods_of(nlp, text, P)
    found.pop(12.0, None)
    assert found == expected
