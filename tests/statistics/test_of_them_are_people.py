"""A count in words that "of them are/were" names as people of a kind ("Forty-nine of them
are women") counts those people when no count it is a part of was found (rule
``of_them_are_people`` of ``word_parts``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The new detectives, who range in age from 24 to 51, trained at Ryton. "
            "Twenty-three of them are women.",
            [(23, "women", None)],
            id="of-them-are-women",
        ),
        pytest.param(
            "The cadets marched through Truro. Eleven of them were girls.",
            [(11, "girls", None)],
            id="of-them-were-girls",
        ),
        pytest.param(
            "A crowd gathered outside the station. Six of them were teenagers.",
            [(6, "teenagers", None)],
            id="of-them-were-teenagers",
        ),
        # near misses: no noun of people after the verb, or a possessive
        pytest.param(
            "A group of youths gathered in Hull. Three of them were arrested.",
            [],
            id="were-arrested",
        ),
        pytest.param(
            "Bikes were left outside. Two of them were men's bikes.",
            [],
            id="possessive",
        ),
    ],
)
def test_of_them_names_the_people(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
