"""The council or body that hosts a team or unit is the host's seat, not the scope of the
team's figures (place role ``host-body``, ``place_role_leads.HOST_BODY_BEFORE``): the figure
takes the place of its own clause, else the issuer's area. Every sentence is invented for the
test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lancashire Constabulary said the lending team, which is hosted by Preston City "
            "Council, found 52 victims in Blackpool.",
            [(52, "Blackpool")],
            id="which-is-hosted-by-a-council-then-the-figure-place",
        ),
        pytest.param(
            "Kent Police said the unit, hosted by Maidstone Borough Council, recovered £31,000.",
            [(31000, "Kent")],
            id="hosted-by-a-council-then-the-issuer",
        ),
        pytest.param(  # near miss: an event hosted in a town is where the figure is
            "Kent Police said a drop-in hosted in Maidstone drew 31 people.",
            [(31, "Maidstone")],
            id="hosted-in-a-town",
        ),
        pytest.param(  # near miss: no host
            "Kent Police said officers in Maidstone recovered £31,000.",
            [(31000, "Maidstone")],
            id="officers-in-a-town",
        ),
    ],
)
def test_a_host_body_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
