"""A participle saying what was done to a vehicle, a part or a document ("63 cloned cars",
"40 forged documents", "12 damaged vans", "nine dismantled motorbikes", "17 modified
exhausts", "30 vandalised bus shelters") is an adjective before the plural: the noun after it is
counted (``unit_words.SKIPPED_BEFORE_NOUN``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Essex Police seized 63 cloned cars in 2025.", [(63.0, "cars")]),
        ("Officers in Leeds found 40 forged documents in 2025.", [(40.0, "documents")]),
        ("Kent Police recovered 12 damaged vans in 2025.", [(12.0, "vans")]),
        ("The raid in Luton found nine dismantled motorbikes in 2025.", [(9.0, "motorbikes")]),
        ("Officers in Hull stopped 17 modified cars in 2025.", [(17.0, "cars")]),
        ("The council in Derby replaced 30 vandalised bus shelters in 2025.", [(30.0, "shelters")]),
        # near misses: no participle, or the participle after the noun, read as before
        ("Essex Police seized 63 cars in 2025.", [(63.0, "cars")]),
        ("Essex Police found 63 cars cloned in 2025.", [(63.0, "cars")]),
    ],
)
def test_vehicle_crime_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
