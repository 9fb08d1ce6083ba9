"""Counts whose noun follows an adjective joined to a participle ("21,406 new and renewed
firearm certificates": join rule ``adjective_and_participle`` of
:data:`pressfacts.statistics.unit_words.ADJECTIVES_JOINED_TO_PARTICIPLE`); sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 1)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces granted 21,406 new and renewed firearm certificates in the year to March.",
            [(21406, "certificates")],
        ),
        ("The council approved 84 new or renewed permits in Leeds last year.", [(84, "permits")]),
        ("Surrey issued 312 additional and revoked licences in 2024.", [(312, "licences")]),
        # near misses: a count of its own after the join, or no participle after it
        ("Kent Police recruited 40 new and 12 old officers last year.", [(12, "officers")]),
        ("Kent Police bought 12 new and improved. The rest were old.", []),
    ],
)
def test_adjective_and_participle(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units(nlp, text) == expected
