"""A known given name right after a verb of saying, then a person description in commas,
is a person: '"…," said Joan, a widow from Hull' (the person rule
``verb_then_described_given``). Every sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"He kept coming back for more money," said Brenda, a widow from Rhyl.', {"Brenda"}),
        ('"I was too scared to say no," added Kofi, a pensioner in Luton.', {"Kofi"}),
        ('"The door was open," said Ellen, a retired teacher from Bude.', {"Ellen"}),
        ('"We check on her every day," said Marek, a neighbour of the victim.', {"Marek"}),
        ('"It changed everything," explained Ruth, an 81-year-old widow.', {"Ruth"}),
        ('"They came back twice," said Dilys, one volunteer at the hub.', {"Dilys"}),
        # near misses: no person word after the comma, or not a given name, or no verb
        ('"It was a shock," said Hope, a charity in Leeds.', set()),
        ('"Calls have risen," said Kent, a county with many older residents.', set()),
        ("Brenda, a widow from Rhyl, lost her savings.", set()),
        ('"It happens," said police, a spokesperson confirmed.', set()),
        ('"We act fast," said Solace, a charity for victims.', set()),
    ],
)  # fmt: skip
def test_verb_then_described_given(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I still look over my shoulder," said Tyrese, a 17-year-old who was hurt.', {"Tyrese"}),
        ('"It changed how I walk home," added Amira, a 15-year-old from Luton.', {"Amira"}),
        ('"We were all scared that week," said Callum, a 16-year-old.', {"Callum"}),
        ('"Nobody asked us," said Priya, a 14-year-old at the academy.', {"Priya"}),
        # near misses: an age before another noun, an age with no verb of saying, a place
        ('"We help families," said Hope, a 10-year-old charity in Leeds.', set()),
        ('"We train mentors," said Hope, a 12-year-old project.', set()),
        ("Tyrese, a 17-year-old from Luton, was stabbed in May.", set()),
        ('"It matters," said Kent, a 900-year-old county.', set()),
    ],
)  # fmt: skip
def test_age_alone_description(nlp: Language, text: str, expected: set[str]) -> None:
    """Rule ``age_alone_description``: an age as the noun of the description."""
    assert set(people(nlp, text)) == expected
