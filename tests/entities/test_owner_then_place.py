"""An organisation's possessive before a place that opens a title owns the title, the place
its area (rule ``owner_then_place``, ``titles._possessive_owner``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.findings import RoleFinding


def roles(nlp: Language, text: str) -> dict[str, set[RoleFinding]]:
    doc = nlp(text)
    return {i.name: set(i.roles) for i in doc._.entity_info.values() if i.type == "PERSON"}


ROWS = [
    pytest.param(
        "Kent Police's Medway neighbourhood inspector, Jo Pocock, said patrols had helped.",
        {"Jo Pocock": {RoleFinding("Neighbourhood Inspector", "force:kent-police", "Medway")}},
        id="force-place-title",
    ),
    pytest.param(
        "Devon and Cornwall Police's Torbay district commander, Tom Lee, said it had helped.",
        {
            "Tom Lee": {
                RoleFinding("District Commander", "force:devon-and-cornwall-police", "Torbay")
            }
        },
        id="joined-force-name",
    ),
    # near miss: a place with no owner before it keeps the area alone
    pytest.param(
        "Police in Kent said the Medway district commander, Tom Lee, had praised the team.",
        {"Tom Lee": {RoleFinding("District Commander", None, "Medway")}},
        id="no-owner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_owner_then_place(nlp: Language, text: str, expected: dict[str, set[RoleFinding]]) -> None:
    assert roles(nlp, text) == expected
