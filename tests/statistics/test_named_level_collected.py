"""A named place's share of what was handed in or found, its noun left out because the
sentence before counted it ("Truro collected 74 and Bodmin 51."): rule ``collected_level`` of
:data:`pressfacts.statistics.named_levels.LEVEL_VERBS`. Sentences invented for these tests;
the near misses keep a noun of their own, name no subject or go on past the count."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.named_levels import LEVEL_VERBS, names_level
from tests.statistics.conftest import UnitPeriodsOf

# (words before the number in its sentence, words after it, whether it is a level)
LEVELS: list[tuple[str, str, bool]] = [
    ("Truro collected ", " and Bodmin 51.", True),
    ("Great Yarmouth took in ", ".", True),
    ("King's Lynn gathered ", ", the force said.", True),
    ("Redruth recovered ", ".", True),
    # near misses: a noun of its own, no named opening, the clause goes on
    ("Truro collected ", " swords.", False),
    ("Officers collected ", ".", False),
    ("Truro collected ", " in a single day.", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), LEVELS)
def test_collected_level(before: str, after: str, expected: bool) -> None:
    assert "collected_level" in LEVEL_VERBS
    assert names_level(before, after) is expected


# (text, the (value, unit) of each figure in text order)
ELIDED: list[tuple[str, list[tuple[float, str]]]] = [
    (
        "The biggest haul was at Carlisle, where 143 blades were dropped in the bin. "
        "Workington collected 61 and Whitehaven 38.",
        [(143.0, "blades"), (61.0, "blades"), (38.0, "blades")],
    ),
    (
        "Volunteers found 212 needles in parks across Cumbria. Kendal recovered 47.",
        [(212.0, "needles"), (47.0, "needles")],
    ),
    # near miss: a noun of its own
    (
        "Volunteers found 212 needles in parks across Cumbria. Kendal recovered 47 knives.",
        [(212.0, "needles"), (47.0, "knives")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_elided_noun_of_collected_level(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str]],
) -> None:
    found = unit_periods_of(nlp, text, dt.date(2026, 3, 10))
    assert sorted((value, unit) for value, unit, _ in found) == sorted(expected)
