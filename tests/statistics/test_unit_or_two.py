"""A rough length of one unit or two ("the hour or two you need", "for a day or two") is
no count (exclusion ``unit-or-two``); other counts with "two" stay figures. Sentences
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('Residents in Kent said the warnings gave them "the hour or two you need".', []),
        ("Roads in Devon may stay closed for a day or two, the council said.", []),
        ("Crews in Essex expect to be pumping for another week or two.", []),
        # near misses: counts of people and things
        ("Officers in Leeds arrested two men after the floods.", [2.0]),
        ("Crews in Essex rescued 40 people and two dogs in a day.", [40.0, 2.0]),
    ],
)
def test_unit_or_two(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, values: list[float]
) -> None:
    assert [value for value, _unit, _span in unit_periods_of(nlp, text, P)] == values
