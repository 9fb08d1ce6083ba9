"""A prison service's group director holds the title "Prison Group Director" (``titles.jsonl``
entry ``prison-group-director``), before the name, in capitals, not the bare "Director": "HM
Prison and Probation Service's Prison Group Director for Wales, Owain Price, said". Every
sentence is invented for the test; the near miss names no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "HM Prison and Probation Service's Prison Group Director for Wales, Owain Price, said "
        "30 drones had been seized.",
        "Owain Price",
        ["Prison Group Director"],
        id="possessive-before-name",
    ),
    pytest.param(
        "Prison Group Director Ruth Egan said searches would continue.",
        "Ruth Egan",
        ["Prison Group Director"],
        id="before-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_prison_group_director_title(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles


def test_prison_group_director_alone_names_no_person(nlp: Language) -> None:
    assert people(nlp, "The prison group director said the wing would reopen.") == {}
