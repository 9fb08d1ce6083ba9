"""A participle saying a work was made to order or a surface was marked by vandals ("23
commissioned murals", "40 tagged trains", "12 defaced signs", "60 graffitied shutters") is
an adjective before the plural: the noun after it is counted
(``unit_words.SKIPPED_BEFORE_NOUN``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils in Leeds painted 23 commissioned murals in 2025.", [(23.0, "murals")]),
        ("Cleaners in Derby treated 40 tagged trains in 2025.", [(40.0, "trains")]),
        ("The council in Hull replaced 12 defaced signs in 2025.", [(12.0, "signs")]),
        ("Volunteers in Bath cleaned 60 graffitied shutters in 2025.", [(60.0, "shutters")]),
        # near misses: no participle, the participle after the noun, "painted" not skipped
        ("Pupils in Leeds painted 23 murals in 2025.", [(23.0, "murals")]),
        ("Cleaners in Derby found 40 trains tagged in 2025.", [(40.0, "trains")]),
        ("Volunteers in Bath removed 60 painted tags in 2025.", []),
    ],
)
def test_artwork_vandal_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
