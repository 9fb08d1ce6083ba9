"""A compound noun's plural head past an adjective or participle and up to two more words
is the unit (rule ``compound_ahead``, ``unit_words.compound_head_ahead`` read by
``units._head``): "two independent child trafficking guardians" counts guardians, not
"independents". Near misses: a function word before the plural ("reviews of the cases":
reviews), a plain plural. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 5)
    return [(f.value, f.unit) for f in nlp(doc)._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commissioner funds two independent child trafficking guardians in Hull.",
         [(2, "guardians")]),
        ("The trust employs 14 independent sexual violence advisers across Kent.",
         [(14, "advisers")]),
        # near misses: a function word before a later plural; a plural right away
        ("The panel ordered 12 independent reviews of the cases in Hull.", [(12, "reviews")]),
        ("The force recorded 40 violent incidents in Hull.", [(40, "incidents")]),
    ],
)  # fmt: skip
def test_compound_ahead_units(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected
