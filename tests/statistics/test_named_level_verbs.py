"""A named subject's level as it stands ("Whitby has 1,240.") and the next member of a
ranking ("Leeds followed with 91", "Hull came second with 64") count the noun of the count
in the sentence before: rules ``present_level`` and ``ranked_next_with`` of
:data:`pressfacts.statistics.named_levels.LEVEL_VERBS`. Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.named_levels import LEVEL_VERBS, names_level
from tests.statistics.conftest import UnitPeriodsOf

# (rule, words before the number in its sentence, words after it, whether it is a level)
LEVELS: list[tuple[str, str, str, bool]] = [
    ("present_level", "Whitby has ", ".", True),
    ("present_level", "Scarborough now has ", ", the force said.", True),
    ("present_level", "The Isle of Wight has ", " and Portsmouth 310.", True),
    ("present_level", "Carmarthenshire still has ", ".", True),
    ("ranked_next_with", "Leeds followed with ", ".", True),
    ("ranked_next_with", "Sunderland followed with ", " and Gateshead with 63.", True),
    ("ranked_next_with", "Hull came second with ", ".", True),
    ("ranked_next_with", "Goole was next, with ", ", ahead of Selby.", True),
    ("ranked_next_with", "North Lincolnshire finished third with ", ".", True),
    # near misses: a noun of its own, no named opening, another verb, the clause goes on
    ("present_level", "Whitby has ", " licensed firearms dealers.", False),
    ("present_level", "It has ", ".", False),
    ("present_level", "Whitby has ", " in stock until May.", False),
    ("ranked_next_with", "Officers followed with ", ".", False),
    ("ranked_next_with", "Leeds followed up with ", ".", False),
    ("ranked_next_with", "Leeds followed with ", " arrests.", False),
    ("ranked_next_with", "Hull came back with ", ".", False),
]


@pytest.mark.parametrize(("rule", "before", "after", "expected"), LEVELS)
def test_named_level_verbs(rule: str, before: str, after: str, expected: bool) -> None:
    assert rule in LEVEL_VERBS
    assert names_level(before, after) is expected


# (text, the (value, unit) of each figure in text order)
ELIDED: list[tuple[str, list[tuple[float, str]]]] = [
    (
        "Across the county, 3,870 people hold a shotgun certificate. Whitby has 1,240.",
        [(3870.0, "people"), (1240.0, "people")],
    ),
    (
        "Officers handed out 310 warnings in May. Sunderland followed with 91 and "
        "Gateshead with 63.",
        [(310.0, "warnings"), (91.0, "warnings"), (63.0, "warnings")],
    ),
    (
        "Bradford recorded 204 thefts in 2025. Kirklees came second with 150.",
        [(204.0, "thefts"), (150.0, "thefts")],
    ),
    # near miss: a noun of its own
    (
        "Bradford recorded 204 thefts in 2025. Kirklees has 15 officers.",
        [(204.0, "thefts"), (15.0, "officers")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_elided_noun_of_named_level(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str]],
) -> None:
    found = unit_periods_of(nlp, text, dt.date(2026, 3, 10))
    assert sorted((value, unit) for value, unit, _ in found) == sorted(expected)
