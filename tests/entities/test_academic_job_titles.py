"""Academic disciplines named as a person's job in an apposition are job titles ("Dr Ali
Shah, a criminologist at Cardiff University", "a forensic psychologist with the trust"):
entries ``criminologist``, ``psychologist`` and ``sociologist`` of
``resources/titles.jsonl``. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        'Dr Ali Shah, a criminologist at Cardiff University, said: "Patrols move it on."',
        "Ali Shah",
        ["Criminologist"],
        id="a-criminologist-at-a-university",
    ),
    pytest.param(
        'Professor Jo Kerr, a sociologist at the University of York, said: "It is complex."',
        "Jo Kerr",
        ["Professor", "Sociologist"],
        id="a-professor-and-sociologist",
    ),
    pytest.param(
        'Psychologist Mia Holt said: "Boredom drives a lot of it."',
        "Mia Holt",
        ["Psychologist"],
        id="title-before-name",
    ),
    # near miss: the study of crime is no job
    pytest.param(
        'Dr Ali Shah, who studies criminology at Cardiff University, said: "It is complex."',
        "Ali Shah",
        [],
        id="the-discipline-is-no-title",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_academic_job_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
