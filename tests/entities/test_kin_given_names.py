"""A possessive and a kin noun right before a known given name, with no comma, name a
relative ("whose nephew Jermaine was shot dead", "Her son Ryan, 17, was hurt": the person
rule ``kin_given_name``). Every sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Fox, whose son Ryan was stabbed in Leeds in 2019, backs the campaign.",
         {"Fox", "Ryan"}),
        ("Her brother Connor died in 2020.", {"Connor"}),
        ("His daughter Amy, 17, was hurt in the crash.", {"Amy"}),
        ("The mother, whose nephew Jermaine was shot dead in 2008, spoke at the vigil.",
         {"Jermaine"}),
        ("Their cousin Leanne had been missing for a week.", {"Leanne"}),
        # the relative speaks: a verb of saying right after the name
        ("His wife Janet said the family had been overwhelmed by support.", {"Janet"}),
        ("Their son Kieran told the court he still had nightmares.", {"Kieran"}),
        ("Her sister Mandy paid tribute to a loving mother.", {"Mandy"}),
        # a close friend named the same way (KIN_NOUNS' friends)
        ("“My friend Aisha was followed out of the club,” she said.", {"Aisha"}),
        ("Her best friend Megan had been spiked.", {"Megan"}),
        ("Their flatmate Oliver was found at a bus stop.", {"Oliver"}),
        ("His girlfriend Sophie told officers she felt dizzy.", {"Sophie"}),
        # near misses: no name after the kin noun, no known given name, an organisation
        ("His wife said the family had been overwhelmed.", set()),
        ("My friend was followed out of the club.", set()),
        ("Our friends Aisha and Megan were spiked.", set()),
        ("Her friend Bristol was a nickname.", set()),
        ("Her son was killed in 2020.", set()),
        ("Their partner Kent Police was thanked.", set()),
        ("His nephew Running was the horse's name.", set()),
        ("Her son Monday was a joke among friends.", set()),
    ],
)  # fmt: skip
def test_kin_given_names(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a linking word after the relative's known given name (KIN_LINKS)
        ("“The staff sat with me and my son Tyler for an hour,” said a visitor.", {"Tyler"}),
        ("“I took my daughter Ellie to every visit,” she said.", {"Ellie"}),
        ("Her husband Darren and their two children moved to Hull.", {"Darren"}),
        ("She drove her nephew Liam home after the hearing.", {"Liam"}),
        # near misses: no known given name, no kin noun, a plural kin noun
        ("Our partner Safer Streets to help families in Hull.", set()),
        ("The visitor sat with Tyler for an hour.", set()),
        ("Her sons Ryan and Kieran for a day.", set()),
    ],
)  # fmt: skip
def test_kin_given_names_before_a_link(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
