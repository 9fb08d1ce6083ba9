"""An age compound between a count and its noun ("Two 15-year-old boys were charged") is
skipped as a gloss (``units._GLOSS``): the count is of boys, and the age stays no figure.
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two 16-year-old girls were reported missing from Kilmarnock.",
            [(2.0, "girls", None)],
            id="word-count-then-age",
        ),
        pytest.param(
            "Officers spoke to 40 14-year-old pupils at the academy.",
            [(40.0, "pupils", None)],
            id="digit-count-then-age",
        ),
        pytest.param(
            "Three 17-year-old drivers were stopped, and nine adults.",
            [(3.0, "drivers", None), (9.0, "adults", None)],
            id="age-count-then-another",
        ),
        # near misses: a single person, the age as the noun, an age alone
        pytest.param("A 15-year-old boy was charged in Ayr.", [], id="a-single-person"),
        pytest.param("A boy aged 15 was charged.", [], id="aged"),
    ],
)
def test_an_age_before_the_counted_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
