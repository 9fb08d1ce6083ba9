"""An NHS trust's chief nurse holds the title "Chief Nurse" (``titles.jsonl`` entry
``chief-nurse``), before or after the name: "The trust's chief nurse, Abena Cole, said".
Every sentence is invented for the test; the near miss names no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The trust's chief nurse, Mona Kerr, said 40 patients had been seen.",
        "Mona Kerr",
        ["Chief Nurse"],
        id="possessive-before-name",
    ),
    pytest.param(
        "Chief Nurse Dylan Frost said the crisis line was busy.",
        "Dylan Frost",
        ["Chief Nurse"],
        id="before-name",
    ),
    pytest.param(
        "Ruth Ansell, chief nurse at Lincolnshire Partnership NHS Foundation Trust, said "
        "beds were full.",
        "Ruth Ansell",
        ["Chief Nurse"],
        id="after-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_chief_nurse_title(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles


def test_chief_nurse_alone_names_no_person(nlp: Language) -> None:
    assert people(nlp, "The chief nurse said the ward would reopen.") == {}
