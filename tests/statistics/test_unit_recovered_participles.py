"""A participle of things taken, given up or got back before a plural modifies it, the
plural being counted ("3,000 recovered weapons", "12 confiscated knives", "63 revoked
certificates": the skipped words of :data:`pressfacts.statistics.unit_words.
SKIPPED_BEFORE_NOUN`). Every sentence is invented; near misses count nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forces have linked more than 3,000 recovered weapons to earlier crimes.",
         [(3000, "weapons")]),
        ("Officers returned 212 recovered bikes to their owners.", [(212, "bikes")]),
        ("The court ordered the destruction of 48 confiscated knives.", [(48, "knives")]),
        ("The unit reviewed 63 revoked certificates.", [(63, "certificates")]),
        ("Staff catalogued 17 forfeited vehicles and 9 retrieved phones.",
         [(17, "vehicles"), (9, "phones")]),
        # near misses: the participle is the count's own verb, its noun the count's before
        ("Of the 30 patients, 12 recovered quickly.", [(30, "patients"), (12, "patients")]),
    ],
)  # fmt: skip
def test_recovered_participles(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
