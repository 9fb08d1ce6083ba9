"""An aside set off by a pair of spaced dashes, with no figure of its own, breaks no clause
(``period_clauses.DASHED_ASIDE``): the period after it dates the figure before it, as
after brackets. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surrey officers reported 514 drivers for the offences - speeding, drink driving "
            "and using a phone - in the first quarter of this year.",
            {514: ("2026-01-01", "2026-03-31")},
            id="list-aside",
        ),
        pytest.param(
            "Patrols stopped 96 lorries – most of them foreign-registered – during April.",
            {96: ("2026-04-01", "2026-04-30")},
            id="en-dash-aside",
        ),
        # near miss: one dash opens a clause of its own, its period not the figure's before it
        pytest.param(
            "Officers seized 51 bikes in Dover - and in March this year they seized 17 vans.",
            {51: None, 17: ("2026-03-01", "2026-03-31")},
            id="one-dash",
        ),
    ],
)
def test_a_dashed_aside_breaks_no_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
