"""A month named the busiest (quietest …) with where the ranking holds between "month" and
"was" ("The busiest month across the force area was March, with 117 deployments") is the
period of its figures, as without it (rule part ``scoped_ranking`` of
``period_superlatives.SUPERLATIVE_MONTH``, rule ``superlative_month``). Sentences invented
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 4, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The busiest month across the force area was March, with 117 call-outs.",
         {117: ("2025-03-01", "2025-03-31")}),
        ("The quietest month in Cumbria was June, when officers took 212 calls.",
         {212: ("2024-06-01", "2024-06-30")}),
        ("The team's busiest months on the railway were January and February, when 19 thefts "
         "were reported.", {19: ("2025-01-01", "2025-02-28")}),
        ("The busiest month for the unit in Leeds was March 2024, with 96 searches.",
         {96: ("2024-03-01", "2024-03-31")}),
        # near misses: no month named, a place ranked instead of a month
        ("The busiest month across the force area saw 117 call-outs.", {117: None}),
        ("The busiest station across the force area was Preston, with 117 call-outs.",
         {117: None}),
    ],
)  # fmt: skip
def test_a_scoped_ranking_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
