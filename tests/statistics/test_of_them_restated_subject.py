"""A count in words opening its sentence with "of them", after a figureless sentence that
restates the things just counted as its subject ("The calls were made …"), counts that
subject's noun (rule ``of_them_restated_subject`` of ``word_parts.word_part_unit``); not
after a sentence about other things, nor larger than the whole. Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 8, 12)
    doc = nlp(doc)
    return sorted((f.value, f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fire crews in Leeds went to 52 incidents at rivers. The calls were made over the "
         "weekend. Nine of them involved teenagers.", [(9, "calls"), (52, "incidents")]),
        ("Officers took 140 reports of people in the sea. The reports were logged in Whitby. "
         "Twelve of them were about children.", [(12, "reports"), (140, "reports")]),
        # near misses: the sentence between is about other things; a part larger than the
        # whole; no count two sentences back
        ("Police seized 40 cars. The owners were told. Six of them were stolen.",
         [(40, "cars")]),
        ("Police seized four cars. The seizures were made in Hull. Six of them were stolen.",
         [(4, "cars")]),
        ("We focused on a group of swimmers. The calls were made at night. Eleven of them "
         "were rescued.", []),
    ],
)  # fmt: skip
def test_of_them_restated_subject(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
