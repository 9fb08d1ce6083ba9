"""A count in words with "of them" after it that opens what a short subject found or said
("Inspectors visited 14 forces. They found that nine of them …") is a part of the last
count of the sentence just before (rules ``of_them_reported_*`` of
``word_parts.REPORTED_OPENINGS``); never into a sentence with no count, nor after a longer
opening, nor larger than the whole. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 3)
    doc = nlp(doc)
    return sorted((f.value, f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors visited 12 control rooms. They found that seven of them were short of "
         "staff.", [(7, "rooms"), (12, "rooms")]),
        ("Officers stopped 40 cars on the A55. They said six of them had no insurance.",
         [(6, "cars"), (40, "cars")]),
        ("The council checked 25 takeaways. Its report showed that eight of them had no "
         "licence.", [(8, "takeaways"), (25, "takeaways")]),
        ("Police Scotland traced 30 callers. Officers confirmed two of them were children.",
         [(2, "callers"), (30, "callers")]),
        # near misses: no count before; a longer opening; a part larger than the whole;
        # "one of them" is a person
        ("We spoke to a small group of callers. They said eleven of them were lonely.", []),
        ("Officers stopped 40 cars. They found in the spring and summer that six of them "
         "were stolen.", [(40, "cars")]),
        ("Police seized four cars. They found that six of them were stolen.", [(4, "cars")]),
        ("Officers stopped 40 cars. They said one of them was stolen.", [(40, "cars")]),
    ],
)  # fmt: skip
def test_of_them_reported(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
