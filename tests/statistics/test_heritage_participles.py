"""A participle giving a building's or site's protected status ("330 scheduled monuments",
"three listed churches", "40 protected wrecks", "25 designated sites") is an adjective
before the plural: the noun after it is counted (rule ``heritage_participle``:
``unit_words.HERITAGE_PARTICIPLES``, only when a building or site is named within three
words). Every sentence is invented; near misses, where the participle is the count's own
verb or no building or site follows it, are read as before (no noun)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 7, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria has around 210 scheduled monuments.", [(210.0, "monuments")]),
        ("Thieves took lead from four listed churches near Ludlow.", [(4.0, "churches")]),
        ("Police logged damage at 38 listed buildings in Bath in 2025.", [(38.0, "buildings")]),
        ("Divers surveyed 16 protected wrecks off Dorset in 2025.", [(16.0, "wrecks")]),
        ("Rangers patrolled 25 designated sites in Powys in 2025.", [(25.0, "sites")]),
        # near misses: the participle is the count's verb, or no building or site follows
        ("Of the 40 scheduled for sentencing, 12 were women.", [(12.0, "women")]),
        ("The six listed below were charged in 2025.", []),
        ("In Leeds, 14 protected by the order were moved in 2025.", []),
    ],
)
def test_heritage_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
