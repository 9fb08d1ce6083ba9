"""The town of a civic building a panel or council met or voted at is where it sat, not
the scope of the figures it weighed (place role ``meeting-venue``,
``place_role_leads.MEETING_VENUE_BEFORE``): the figures take the body's own area. Every
sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Kent Police and Crime Panel backed a 5.1% rise after a vote at County Hall "
            "in Maidstone on Monday.\n\nThe rise adds £14 to a Band D bill.",
            [(5.1, "Kent"), (14, "Kent")],
            id="vote-at-county-hall-in-a-town",
        ),
        pytest.param(
            "The Cheshire Police and Crime Panel met at the Town Hall in Crewe and approved "
            "a 4.8% increase.\n\nCheshire Constabulary will save £3m in 2026/27.",
            [(4.8, "Cheshire"), (3000000, "Cheshire")],
            id="met-at-the-town-hall",
        ),
        pytest.param(
            "Members of the Norfolk Police and Crime Panel, at a meeting held at City Hall in "
            "Norwich, approved a £15 rise.\n\nNorfolk Constabulary will keep 1,820 officers.",
            [(15, "Norfolk"), (1820, "Norfolk")],
            id="meeting-held-at-city-hall",
        ),
        pytest.param(  # near miss: an event at a civic building is the figure's place
            "A drop-in at the Civic Centre in Crawley drew 300 people, Sussex Police said.",
            [(300, "Crawley")],
            id="drop-in-at-a-civic-centre",
        ),
        pytest.param(  # near miss: no venue, the town scopes the figure
            "Officers in Preston made 45 arrests last month, Lancashire Constabulary said.",
            [(45, "Preston")],
            id="officers-in-a-town",
        ),
    ],
)
def test_a_meeting_venue_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
