"""A sentence opening on "Three of them" after one whose last two counts are both of people
is a part of the two together, counted as people ("found nine men and two boys. Three of
them needed treatment.": rule ``of_them_opening_people_pair`` of ``word_parts``); never
after two counts of things, nor larger than both. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 2, 10)
    doc = nlp(doc)
    return sorted((f.value, f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border officers found six men and two teenage girls in a van at Holyhead. Five of "
         "them were taken to hospital.", [(2, "girls"), (5, "people"), (6, "men")]),
        ("Police stopped a lorry in Thurrock carrying 14 men and three children. Seven of "
         "them had paid smugglers.", [(3, "children"), (7, "people"), (14, "men")]),
        # near misses: two counts of things; a part larger than both; the last count alone
        ("Police seized four cars and two vans in Hull. Three of them were stolen.",
         [(2, "vans"), (4, "cars")]),
        ("Officers found four men and two women in a lorry. Seven of them were ill.",
         [(2, "women"), (4, "men")]),
        ("Officers found two men and eight women in a lorry. Three of them were ill.",
         [(2, "men"), (3, "women"), (8, "women")]),
    ],
)  # fmt: skip
def test_of_them_opening_people_pair(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
