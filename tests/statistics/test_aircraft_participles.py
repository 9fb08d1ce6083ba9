"""A participle saying how an aircraft or drone is kept or flown ("six docked drones",
"four tethered drones", "12 unmanned aircraft") is an adjective before the plural: the
noun after it is counted (``unit_words.SKIPPED_BEFORE_NOUN``). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant pays for six docked drones at stations in Derby in 2025.", [(6.0, "drones")]),
        ("Kent Police bought four tethered drones in 2025.", [(4.0, "drones")]),
        ("The airport logged 23 unmanned aircraft near its runway in 2025.", [(23.0, "aircraft")]),
        ("Gwent Police used 14 uncrewed aircraft in 2025.", [(14.0, "aircraft")]),
        # near misses: no participle, or a participle that is the count's verb, read as before
        ("Kent Police bought four drones in 2025.", [(4.0, "drones")]),
        ("The grant pays for six drones docked at stations in Derby in 2025.", [(6.0, "drones")]),
    ],
)
def test_aircraft_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
