"""A participle giving a weapon's legal state or how it was altered ("17 prohibited
firearms", "two converted pistols", "12 banned knives", "40 deactivated rifles") is an
adjective before the plural: the noun after it is counted (rule ``weapon_participle``:
``unit_words.WEAPON_PARTICIPLES``, only when a weapon or its ammunition is named within
three words). Every sentence is invented; near misses, where the participle is the
count's own verb and no weapon follows it, are read as before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 5, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Dudley seized 23 prohibited firearms in 2025.", [(23.0, "firearms")]),
        ("Border staff found 12 banned knives at Dover in 2025.", [(12.0, "knives")]),
        ("The armourer checked 40 deactivated rifles in 2025.", [(40.0, "rifles")]),
        (
            "The haul included 31 shotguns and three converted blank-firing pistols.",
            [(31.0, "shotguns"), (3.0, "pistols")],
        ),
        ("Searches turned up 90 prohibited rounds of ammunition.", [(90.0, "rounds")]),
        ("Six reactivated handguns were recovered in Luton in 2025.", [(6.0, "handguns")]),
        # near misses: the participle is the count's verb, no weapon follows
        ("In 2025, 14 banned from the town centre returned.", []),
        ("Of the 30 barns, six converted to flats were sold.", [(30.0, "barns"), (6.0, "barns")]),
        ("Nine prohibited by the court order were named.", []),
    ],
)
def test_weapon_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
