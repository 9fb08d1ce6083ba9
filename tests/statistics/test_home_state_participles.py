"""A participle saying what state a home is found in ("eight overcrowded houses", "40
unoccupied flats", "12 dilapidated properties", "six unheated rooms") is an adjective
before the plural: the noun after it is counted (``unit_words.SKIPPED_BEFORE_NOUN``).
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors visited eight overcrowded houses in Luton in 2025.", [(8.0, "houses")]),
        ("The council brought 40 unoccupied flats back into use in 2025.", [(40.0, "flats")]),
        ("Officers found 12 dilapidated properties in Hull in 2025.", [(12.0, "properties")]),
        (
            "Tenants were living in six unheated rooms above a shop in Derby.",
            [(6.0, "rooms")],
        ),
        # near misses: a noun of its own, or no plural after the participle
        ("Inspectors visited eight houses in Luton in 2025.", [(8.0, "houses")]),
        ("Of the 30 houses inspected, 12 were overcrowded.", [(30.0, "houses"), (12.0, "houses")]),
    ],
)
def test_home_state_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
