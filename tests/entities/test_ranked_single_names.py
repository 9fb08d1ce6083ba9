"""A family name a rank stands before is the rank's person, whatever cue follows it: "PC Lee,
32, said" keeps the rank (the age rule, which finds single given names such as "Kayla, 15,",
had taken "Lee" alone first). Sentences invented for these tests, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, str, list[str]]] = [
    ("PC Lee, 32, told the court he had been punched.", "Lee", ["Police Constable"]),
    ("Sergeant Ward, 41, said the crash was avoidable.", "Ward", ["Sergeant"]),
    # near misses: a given name alone, and a full name after a rank
    ("Kayla, 15, said she had been scared.", "Kayla", []),
    ("DC Amy Lee, 32, said the team was proud.", "Amy Lee", ["Detective Constable"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), CASES)
def test_a_ranked_family_name_keeps_its_rank(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert people(nlp, text)[name].titles == titles
