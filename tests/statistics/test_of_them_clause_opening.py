"""A count in words opening a clause after a conjunction, with "of them" after it and no
figure before it in its sentence, is a part of the last count of the sentence just before
("Officers found 214 people. Almost all of them were well, although three of them needed
treatment.": people; rule ``of_them_clause_opening`` of ``word_parts.word_part_unit``);
never into a sentence with no count, nor past a count of its own sentence. Sentences
invented for these tests."""

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
        ("Searchers found 52 people in Fife. Almost all of them were unhurt, although "
         "three of them needed hospital treatment.", [(3, "people"), (52, "people")]),
        ("Officers stopped 48 vans on the M6. Most were roadworthy, but seven of them had "
         "no insurance.", [(7, "vans"), (48, "vans")]),
        ("The service traced 30 missing people in June. Many had walked to a former home, "
         "while four of them were found on buses.", [(4, "people"), (30, "people")]),
        # near misses: no count in the sentence before; a part larger than the whole;
        # a count of its own sentence is the whole
        ("Officers met a small group of offenders. Most were young, but eleven of them were "
         "known to police.", []),
        ("Police seized four cars. Most were old, but six of them were stolen.", [(4, "cars")]),
        ("Five people were arrested. Officers searched 12 homes, and three of them were "
         "empty.", [(3, "homes"), (5, "people"), (12, "homes")]),
    ],
)  # fmt: skip
def test_of_them_clause_opening(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
