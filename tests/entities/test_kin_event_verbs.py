"""A relative's given name after a possessive and a kin noun is a person when a verb of
what happened to them follows it (``person_rules.KIN_VERBS`` of the rule
``kin_given_name``): "whose son Owen drowned after …", "her daughter Amy collapsed". Every
sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Hale, whose son Ethan drowned off Whitby in 2023, backs the campaign.",
         {"Hale", "Ethan"}),
        ("Her daughter Amy collapsed at a festival in 2023.", {"Amy"}),
        ("His brother Lewis went missing from Scarborough in 2022.", {"Lewis"}),
        ("Their son Jack vanished on a night out in Leeds.", {"Jack"}),
        ("Her nephew Tyler fell from a pier in Brighton.", {"Tyler"}),
        ("His cousin Nathan suffered head injuries in the attack.", {"Nathan"}),
        # near misses: no name after the kin noun, no known given name
        ("Her son fell from the cliff in 2021.", set()),
        ("His wife Sunday lost her job.", set()),
        ("Their son drowned in the river.", set()),
    ],
)  # fmt: skip
def test_kin_event_verbs(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
