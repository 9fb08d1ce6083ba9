"""A count in words with no noun of its own after a share of a whole, as more of that
whole ("Half of the thefts were in Powys, and a further six in Ceredigion": thefts;
``word_parts.word_part_unit`` with ``share_of``; sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 3)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half of the sheep thefts were in Powys, and a further six were in Ceredigion.",
         [(50, "percent"), (6, "thefts")]),
        ("More than a third of the burglaries were in Hull, and another nine were in York.",
         [(33.3, "percent"), (9, "burglaries")]),
        # near misses: a noun of its own; a count before the share is the one continued
        ("Half of the thefts were in Powys, and a further six officers were sent there.",
         [(50, "percent"), (6, "officers")]),
        ("Officers logged 40 thefts, half of the thefts in Powys, and a further six were "
         "in Ceredigion.", [(40, "thefts"), (50, "percent"), (6, "thefts")]),
    ],
)  # fmt: skip
def test_word_count_after_a_share(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
