""" ", slightly down on the 84.5% recorded in the final quarter of 2025" opens a yardstick's
clause, as ", down on" does: its period dates the yardstick, not the figure before it (rule
``adverb_up_down`` of :data:`pressfacts.statistics.period_clauses.CLAUSE_BREAK`), with near
misses. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 8, 20)
Q1 = ("2026-01-01", "2026-03-31")

ROWS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Officers made 40 arrests between January and March 2026. The detection rate was "
        "31.5%, slightly down on the 33.2% recorded in the final quarter of 2025.",
        {40: Q1, 31.5: Q1, 33.2: ("2025-10-01", "2025-12-31")},
    ),
    (
        "Officers made 40 arrests between January and March 2026. The charge rate was 18%, "
        "sharply up on the 11% recorded in 2025.",
        {40: Q1, 18: Q1, 11: ("2025-01-01", "2025-12-31")},
    ),
    (
        "Officers made 40 arrests between January and March 2026. The charge rate was 18%, "
        "narrowly down from 19.4% in the final quarter of 2025.",
        {40: Q1, 18: Q1, 19.4: ("2025-10-01", "2025-12-31")},
    ),
    # near miss: the figure's own period stated before the comma stays its own
    (
        "Officers made 40 arrests between January and March 2026. The rate was 22% in the "
        "final quarter of 2025, slightly down on the start of the year.",
        {40: Q1, 22: ("2025-10-01", "2025-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_adverb_up_down(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
