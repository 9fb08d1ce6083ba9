"""A title serving two organisations named with "and" keeps no joiner word (rule
``joined_organisations`` of :mod:`pressfacts.entities.titles`; sentences invented)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.findings import RoleFinding


def roles(nlp: Language, text: str) -> dict[str, set[RoleFinding]]:
    doc = nlp(text)
    return {i.name: set(i.roles) for i in doc._.entity_info.values() if i.type == "PERSON"}


ROWS = [
    pytest.param(
        "Chief Inspector Raj Patel, head of roads policing for Surrey Police and Sussex Police,"
        " said the crackdown would go on.",
        {
            "Raj Patel": [
                RoleFinding("Chief Inspector", None, None),
                RoleFinding("Head of Roads Policing", "force:surrey-police", None),
            ]
        },
        id="and",
    ),
    pytest.param(
        "Detective Superintendent Kim Bright, head of the joint major crime team for Kent"
        " Police and the Metropolitan Police, said the inquiry was complex.",
        {
            "Kim Bright": [
                RoleFinding("Detective Superintendent", None, None),
                RoleFinding("Head of Joint Major Crime Team", "force:kent-police", None),
            ]
        },
        id="and-the",
    ),
    pytest.param(
        "Superintendent Owen Price, head of operations at Dyfed-Powys Police & Gwent Police,"
        " said the roads were busy.",
        {
            "Owen Price": [
                RoleFinding("Head of Operations", "force:dyfed-powys-police", None),
                RoleFinding("Superintendent", None, None),
            ]
        },
        id="ampersand",
    ),
    # near miss: one organisation, "and" inside the portfolio stays
    pytest.param(
        "Inspector Ann Dee, head of roads and transport policing at Devon and Cornwall Police,"
        " said this.",
        {
            "Ann Dee": [
                RoleFinding(
                    "Head of Roads and Transport Policing", "force:devon-and-cornwall-police", None
                ),
                RoleFinding("Inspector", None, None),
            ]
        },
        id="one-organisation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_joined_organisations(
    nlp: Language, text: str, expected: dict[str, list[RoleFinding]]
) -> None:
    assert roles(nlp, text) == {name: set(found) for name, found in expected.items()}
