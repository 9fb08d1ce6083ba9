"""A churchwarden, the lay officer of a parish church who speaks for it after a theft or
damage, holds a job title before a name or in an apposition (entry ``churchwarden`` of
``resources/titles.jsonl``, forms "Churchwarden" and "Church Warden"). Every sentence is
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        'Churchwarden Gillian Marsh said: "The vestry door had been forced."',
        "Gillian Marsh",
        ["Churchwarden"],
        id="churchwarden-before-name",
    ),
    pytest.param(
        "Church warden Dev Patel said the roof alarm had gone off twice.",
        "Dev Patel",
        ["Churchwarden"],
        id="church-warden-two-words",
    ),
    pytest.param(
        '"We found the font smashed," said Alan Pryor, a churchwarden in Rutland.',
        "Alan Pryor",
        ["Churchwarden"],
        id="a-churchwarden-in-a-county",
    ),
    # near misses: churchwardens named as others, not a post of the person named
    pytest.param(
        'Ruth Conway said: "I rang the churchwarden straight away."',
        "Ruth Conway",
        [],
        id="the-churchwarden-in-a-quote",
    ),
    pytest.param(
        "Nadia Khan told the churchwardens that officers would patrol the village.",
        "Nadia Khan",
        [],
        id="told-the-churchwardens",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_church_office_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
