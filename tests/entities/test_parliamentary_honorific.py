""" "Rt Hon" and "Right Honourable" before a name are an honorific (``titles.jsonl`` entry
``rt-hon``), as "Sir" and "Dame" are: no part of the name and no role ("The Rt Hon Ann Cole
MP, Home Secretary, said" is Ann Cole, Home Secretary and MP). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, str, list[str]]] = [
    (
        "The Rt Hon Ann Cole MP, Home Secretary, said the figures were encouraging.",
        "Ann Cole",
        ["Home Secretary", "Member of Parliament"],
    ),
    ("Rt Hon Tom Reed said the bill would pass.", "Tom Reed", []),
    ("The Right Honourable Jo Bell opened the centre.", "Jo Bell", []),
    # near miss: "Sir" as before
    ("Sir Tom Reed said the bill would pass.", "Tom Reed", []),
]


@pytest.mark.parametrize(("text", "name", "titles"), CASES)
def test_parliamentary_honorific(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    found = people(nlp, text)
    assert list(found) == [name]
    assert sorted(found[name].titles) == titles
