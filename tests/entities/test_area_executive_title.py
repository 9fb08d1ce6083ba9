"""A public body's area executive holds the title "Area Executive" (``titles.jsonl`` entry
``area-executive``), before the name, in capitals or not, without the area it
covers: "HM Prison and Probation Service's area executive for the North West, Helen Marsh,
said". Every sentence is invented for the test; the near miss names no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "HM Prison and Probation Service's area executive for Yorkshire, Graham Lowther, said "
        "52 phones had been found.",
        "Graham Lowther",
        ["Area Executive"],
        id="possessive-lower-case-before-name",
    ),
    pytest.param(
        "Area Executive Dawn Pryce said searches would continue.",
        "Dawn Pryce",
        ["Area Executive"],
        id="before-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_area_executive_title(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles


def test_area_executive_alone_names_no_person(nlp: Language) -> None:
    assert people(nlp, "The area executive said the wing would reopen.") == {}
