"""A title opening with the possessive of a client group ("children's services manager",
"women's services lead") keeps the word: it names whom the service is for, not an owner;
an owner's possessive ("the charity's services manager") is still dropped (rule
``client_group_possessive`` of ``title_cleaning``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import role_titles

ROWS = [
    pytest.param(
        "Mark Ellis, children's services manager for Action for Children in the North West, "
        'said: "We are ready to help."',
        "Mark Ellis",
        ["Children's Services Manager"],
        id="childrens-services-manager-after-the-name",
    ),
    pytest.param(
        'Jane Rowe, women\'s services lead at Refuge, said: "Nobody should face this alone."',
        "Jane Rowe",
        ["Women's Services Lead"],
        id="womens-services-lead",
    ),
    pytest.param(
        "Tom Vale, men's health coordinator at Samaritans, said it helped.",
        "Tom Vale",
        ["Men's Health Coordinator"],
        id="mens-health-coordinator",
    ),
    # near misses: an owner's possessive is still no part of the title
    pytest.param(
        "Sara Cole, the charity's services manager, said the figures were worrying.",
        "Sara Cole",
        ["Services Manager"],
        id="near-miss-owner-possessive",
    ),
    pytest.param(
        "The trust's operations manager, Ben Hart, said staff were ready.",
        "Ben Hart",
        ["Operations Manager"],
        id="near-miss-possessive-before-a-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_client_group_possessive_stays_in_the_title(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert role_titles(nlp, text, name) == expected
