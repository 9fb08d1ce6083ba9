"""A name followed by what thieves did to the person's property ("Karim Haddad had his
scooter stolen", "Mary Hill had her car broken into") is a person, as "was jailed" makes one
(the event ``had … stolen`` of the person rule ``name_event``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, list[str]]] = [
    ("Delivery rider Karim Haddad had his scooter stolen in July.", ["Karim Haddad"]),
    ("Pensioner Mary Hill had her car broken into twice.", ["Mary Hill"]),
    ("Taxi driver Sunil Mehta had his number plates cloned last year.", ["Sunil Mehta"]),
    ("Student Amy Blake had her moped taken from outside her flat.", ["Amy Blake"]),
    ("Nurse Jo Ellis had her catalytic converter stolen from the hospital car park.", ["Jo Ellis"]),
    # near misses: a place or a body has things stolen, no person
    ("Kent Police had its records stolen in 2019.", []),
    ("North Yorkshire had their vans stolen overnight.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_theft_victim_events(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(people(nlp, text)) == expected
