"""A participle saying how property is marked for tracing ("48 marked bikes", "17
marked vans", "12 postcoded bicycles") is an
adjective before the plural: the noun after it is counted (rule ``marking_participle``,
``unit_words.MARKING_PARTICIPLES``, skipped only when property is named within three
words). Found by held-out 386. Every sentence is invented; near misses: the participle
as the count's own verb, read as before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Preston returned 48 marked bikes to their owners in 2025.",
         [(48.0, "bikes")]),
        ("Officers in Ely returned 17 marked vans to firms in 2025.", [(17.0, "vans")]),
        ("Officers in Ely returned 12 postcoded bicycles to their owners in 2025.",
         [(12.0, "bicycles")]),
        # near misses: the participle is the count's own verb; no participle
        ("Of the volunteers in Hull, 40 marked the anniversary in 2025.", [(40.0, "volunteers")]),
        ("Officers in Preston returned 48 bikes to their owners in 2025.", [(48.0, "bikes")]),
    ],
)  # fmt: skip
def test_marking_participle_before_noun(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u in units_of(nlp, text, PUBLISHED)] == expected
