"""A figure of a force's local team named after a place is that place's (rule
``local-team-patch``, :mod:`pressfacts.statistics.local_teams`): the place of the team
ranks with the territorial bodies, and, nearer the figure than the force, wins. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Kent Police's Dover neighbourhood team arrested 14 people in March.",
        [(14.0, "Dover")],
        id="neighbourhood-team",
    ),
    pytest.param(
        "Officers from Sussex Police's Hastings safer neighbourhood team issued 212 fines.",
        [(212.0, "Hastings")],
        id="safer-neighbourhood-team",
    ),
    pytest.param(
        "Cheshire Constabulary's Crewe neighbourhood policing team have closed nine homes.",
        [(9.0, "Crewe")],
        id="neighbourhood-policing-team",
    ),
    pytest.param(
        "Kent Police's Dover town centre team seized 31 knives last year.",
        [(31.0, "Dover town centre")],
        id="town-centre-team",
    ),
    pytest.param(
        "Durham Constabulary's Darlington local policing team carried out 18 warrants.",
        [(18.0, "Darlington")],
        id="local-policing-team",
    ),
    pytest.param(
        "Officers from Avon and Somerset Police's Taunton local policing team made 27 arrests.",
        [(27.0, "Taunton")],
        id="officers-of-a-local-policing-team",
    ),
    # near misses: the team only tells of the figure; a scope of the figure's own; a
    # team that is no local one
    pytest.param(
        "Kent Police arrested 40 people in July, the Dover neighbourhood team said.",
        [(40.0, "Kent")],
        id="team-as-source",
    ),
    pytest.param(
        "Kent Police's Dover neighbourhood team said 40 people were arrested across Kent.",
        [(40.0, "Kent")],
        id="scope-of-its-own",
    ),
    pytest.param(
        "Kent Police's Dover roads policing team stopped 40 drivers in July.",
        [(40.0, "Kent")],
        id="not-a-local-team",
    ),
    pytest.param(
        "Kent Police arrested 40 people in July, the Dover local policing team said.",
        [(40.0, "Kent")],
        id="local-policing-team-as-source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_local_team_patch(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    assert areas(nlp, text) == expected
