"""A worker's post is a title ("Its outreach worker, Jo Bell," -> "Outreach Worker"), as an
officer's is, and a combined authority's deputy mayor keeps the whole portfolio of the
post ("Deputy Mayor for Policing, Crime, Criminal Justice and Fire"). Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "its_youth_worker": (
        'Its youth worker, Ruth Okonjo, said: "We listen first."',
        {"Ruth Okonjo": ["Youth Worker"]},
    ),
    "charity_outreach_worker": (
        "The charity's outreach worker, Gareth Pell, said the calls had doubled.",
        {"Gareth Pell": ["Outreach Worker"]},
    ),
    "worker_before_the_name": (
        'Support worker Ruth Okonjo said: "Nobody is turned away."',
        {"Ruth Okonjo": ["Support Worker"]},
    ),
    "deputy_mayor_long_portfolio": (
        "Deputy Mayor for Policing, Crime, Criminal Justice and Fire Gareth Pell said the "
        "fund would grow.",
        {"Gareth Pell": ["Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]},
    ),
    # near misses: workers counted or described are no post of a named person
    ("workers_counted"): (
        "Ruth Okonjo said 40 youth workers had joined the scheme.",
        {"Ruth Okonjo": []},
    ),
    "shorter_portfolio_unchanged": (
        "Deputy Mayor for Policing and Crime Gareth Pell said the fund would grow.",
        {"Gareth Pell": ["Deputy Mayor for Policing and Crime"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_worker_titles(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {
        info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"
    }
    assert people == expected
