"""Legal professions in an apposition after a name are job titles ("Tom Reid, a solicitor
at Just for Kids Law", "a barrister at the Howard League"): entries ``solicitor`` and
``barrister`` of ``resources/titles.jsonl``; "Solicitor General" keeps its own entry.
Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        'Tom Reid, a solicitor at Just for Kids Law, said: "Children need advice."',
        "Tom Reid",
        ["Solicitor"],
        id="a-solicitor-at-a-charity",
    ),
    pytest.param(
        'Sarah Dunn, a barrister at the Howard League, said: "It is wrong."',
        "Sarah Dunn",
        ["Barrister"],
        id="a-barrister-at-a-charity",
    ),
    # near miss: the longer title keeps its own entry
    pytest.param(
        'Solicitor General Anna Lyle said: "It is wrong."',
        "Anna Lyle",
        ["Solicitor General"],
        id="solicitor-general",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_legal_job_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
