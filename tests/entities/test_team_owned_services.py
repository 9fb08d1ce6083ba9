"""A service named right after a team's or unit's possessive ("the team's Quick Response
Service") is that team's own, no organisation (``org-head`` rule's ``not_preceded_by``);
a service named on its own stays an ORG. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "In May, the team's Rapid Response Service attended 41 calls in Wigan.",
        set(),
        id="the-teams",
    ),
    pytest.param(
        "The unit’s Doorstep Response Service visited 18 homes in Luton.", set(), id="the-units"
    ),
    pytest.param(
        "The squad's Night Patrol Service covered Hull city centre.", set(), id="the-squads"
    ),
    # near misses: a service standing alone, or after "the" alone, is an ORG
    pytest.param(
        "Crews from the Scottish Ambulance Service attended.",
        {("ORG", "Scottish Ambulance Service")},
        id="alone",
    ),
    pytest.param(
        "The Rapid Response Service attended 41 calls in Wigan.",
        {("ORG", "Rapid Response Service")},
        id="no-owner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_team_owned_services(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
