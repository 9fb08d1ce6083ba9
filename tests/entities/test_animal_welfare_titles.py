"""The vets and dog wardens of animal welfare and dangerous-dog releases are job titles,
before a name or in an apposition (entries ``vet`` and ``dog-warden`` of
``resources/titles.jsonl``; "veterinary surgeon" read already). Every sentence is
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        'PDSA vet Harriet Colwell said: "Owners should act early."',
        "Harriet Colwell",
        ["Vet"],
        id="vet-before-name",
    ),
    pytest.param(
        '"It was a deep bite," said Carys Lloyd, a vet in Aberystwyth.',
        "Carys Lloyd",
        ["Vet"],
        id="a-vet-in-a-town",
    ),
    pytest.param(
        '"It was a deep bite," said Ian Moss, a veterinary surgeon with the PDSA in Leeds.',
        "Ian Moss",
        ["Veterinary Surgeon"],
        id="veterinary-surgeon",
    ),
    pytest.param(
        'Dog warden Phil Barnes, of Wrexham Council, said: "Strays are up."',
        "Phil Barnes",
        ["Dog Warden"],
        id="dog-warden",
    ),
    # near miss: "vet" as a noun of the sentence, not a post
    pytest.param(
        'Ann Cole said: "We took him to a vet the same day."',
        "Ann Cole",
        [],
        id="a-vet-in-a-quote",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_animal_welfare_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
