""" "Chief of Staff" is a job title of the table (``titles.jsonl`` entry ``chief-of-staff``):
before a name, after a possessive owner and in an appositive ("The commissioner's chief of
staff, Ann Lee, said"). Sentences invented; the near miss is staff counted, no title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, dict[str, list[str]]]] = [
    ("Chief of staff Ann Lee said the plan was agreed.", {"Ann Lee": ["Chief of Staff"]}),
    (
        "The commissioner's chief of staff, Ann Lee, said the plan was agreed.",
        {"Ann Lee": ["Chief of Staff"]},
    ),
    (
        "Tom Reed, chief of staff to the commissioner, said the plan was agreed.",
        {"Tom Reed": ["Chief of Staff"]},
    ),
    # near miss: a chief officer's staff, no title
    ("Chief Constable Ann Lee thanked her staff.", {"Ann Lee": ["Chief Constable"]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chief_of_staff(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert {name: info.titles for name, info in people(nlp, text).items()} == expected
