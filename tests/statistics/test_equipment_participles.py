"""A participle saying how equipment is set up ("15,000 fixed cameras", "12 mounted
cameras", "40 installed alarms", "30 fitted trackers", "60 upgraded radios", "200
networked cameras") is an adjective before the plural: the noun after it is counted
(rule ``equipment_participle``: ``unit_words.EQUIPMENT_PARTICIPLES``, only when equipment
is named within three words). Every sentence is invented; near misses, where the participle
is the count's own verb or no equipment follows it, are read as before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 7, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merseyside Police ran 2,300 fixed cameras in 2025.", [(2300.0, "cameras")]),
        ("Durham County Council bought 12 mounted cameras in 2025.", [(12.0, "cameras")]),
        ("The scheme in Rotherham gave out 40 installed alarms in 2025.", [(40.0, "alarms")]),
        ("Officers in Exeter tracked 30 fitted trackers in 2025.", [(30.0, "trackers")]),
        ("Gwent Police issued 60 upgraded radios in 2025.", [(60.0, "radios")]),
        ("Norfolk County Council ran 200 networked cameras in 2025.", [(200.0, "cameras")]),
        # near misses: the participle is the count's verb, so there is no noun to count
        ("In Leeds, 40 fixed by engineers in 2025 failed again.", []),
        ("In Swindon, 12 installed in 2025 have never worked.", []),
        # no equipment after the participle: read as before (no noun)
        ("Officers in Leeds offered 96 fixed penalties in 2025.", []),
    ],
)
def test_equipment_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
