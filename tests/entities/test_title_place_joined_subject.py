"""A title with its place, then a name, then "and" + a second subject ("Mayor of Greater
Manchester Andy Burnham and Chief Constable Jo Bell have launched …") names the first
person as "… Andy Burnham said" does (rule part ``joined_subject`` of
``title_place_then_name``). Before, "and" after the name left the first person unfound.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mayor of Greater Manchester Andy Burnham and Chief Constable Jo Bell have launched "
            "a plan.",
            {"Andy Burnham": ["Mayor"], "Jo Bell": ["Chief Constable"]},
            id="mayor-and-chief-constable",
        ),
        pytest.param(
            "Police and Crime Commissioner for Kent Matthew Scott and his deputy visited Dover.",
            {"Matthew Scott": ["Police and Crime Commissioner"]},
            id="commissioner-and-his-deputy",
        ),
        pytest.param(
            "Chief Constable of Gwent Pam Kelly and the council leader signed the pact.",
            {"Pam Kelly": ["Chief Constable"]},
            id="chief-constable-and-the",
        ),
        # near miss: a title's long name and "and" + lower case: no person
        pytest.param(
            "The Director of Public Health and Wellbeing Services and partners met in Leeds.",
            {},
            id="near-miss-no-name",
        ),
    ],
)
def test_a_title_place_name_then_and(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    found = people(nlp, text)
    assert {name: person.titles for name, person in found.items()} == expected
