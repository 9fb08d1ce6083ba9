"""A count in words opening its sentence with "of them" after it is a part of the last
count of the sentence just before ("Five people were arrested. Three of them remain in
custody.": people; rule ``of_them_opening`` of ``word_parts.word_part_unit``); never into
a sentence with no count, nor larger than the whole. Sentences invented for these tests."""

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
        ("Officers arrested five people in Leicester. Three of them remain in custody.",
         [(3, "people"), (5, "people")]),
        ("Inspectors found 38 workers at the farm. Nineteen of them lived in one house.",
         [(19, "workers"), (38, "workers")]),
        ("Firefighters were called to 27 rescues, compared with 16 last year. Nine of them "
         "were at reservoirs.", [(9, "rescues"), (16, "rescues"), (27, "rescues")]),
        # near misses: no count in the sentence before; a part larger than the whole;
        # money is no whole; a count two sentences back
        ("We focused on a small group of offenders. Eleven of them are now in prison.", []),
        ("Police seized four cars. Six of them were stolen.", [(4, "cars")]),
        ("The scheme cost £40,000. Six of them were stolen.", [(40000, "pounds")]),
        ("Police seized 40 cars. The owners were told. Six of them were stolen.",
         [(40, "cars")]),
    ],
)  # fmt: skip
def test_of_them_opening(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
