"""A part whose whole restates a count stated before with its figure ("suspects in 14 of
the 23 school fires" after "23 deliberate fires … between April and June") takes that
count's period (rule ``restated-whole-figure`` of
:func:`pressfacts.statistics.referred_figures.named_whole`). Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 10)
SPRING = ("2026-04-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were 23 deliberate fires at schools in Essex between April and June.\n\n"
         "The inspector said officers had identified suspects in 14 of the 23 school fires.",
         {14: SPRING}),
        ("Officers seized 31 cars in Kent between April and June.\n\nThe sergeant said 12 "
         "of the 31 stolen cars had been returned to their owners.", {12: SPRING}),
        # near misses: no count of that figure stated before; another noun
        ("The sergeant said 12 of the 31 stolen cars had been returned to their owners.",
         {12: None}),
        ("Officers seized 31 cars in Kent between April and June.\n\nThe sergeant said 12 "
         "of the 31 phones had been returned to their owners.", {12: None}),
    ],
)  # fmt: skip
def test_a_part_of_a_restated_whole_takes_its_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
