"""A portfolio opening the sentence, set off by a comma before a rank and a name ("Head of
SEROCU, Detective Superintendent Jo Bell, said") is the person's title beside the rank
(``person_rules`` lead-in ``lead``); a lower-case owner phrase ("The manager of the shop,
DC Jo Bell") stays no title. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "head_of_an_acronym": (
        'Head of SEROCU, Detective Superintendent Ruth Okonjo, said: "We act."',
        {"Ruth Okonjo": ["Detective Superintendent", "Head"]},
    ),
    "director_of_a_unit": (
        'Director of Intelligence, Chief Superintendent Gareth Pell, said: "We act."',
        {"Gareth Pell": ["Chief Superintendent", "Director of Intelligence"]},
    ),
    "head_of_a_named_team": (
        'Head of Economic Crime, DCI Ruth Okonjo, said: "We act."',
        {"Ruth Okonjo": ["Detective Chief Inspector", "Head of Economic Crime"]},
    ),
    # near miss: a lower-case owner phrase is no portfolio
    "the_manager_of_the_shop": (
        'The manager of the shop, DC Ruth Okonjo, said: "We act."',
        {"Ruth Okonjo": ["Detective Constable"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_portfolio_comma_rank(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: sorted(info.titles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }
    assert people == {name: sorted(titles) for name, titles in expected.items()}
