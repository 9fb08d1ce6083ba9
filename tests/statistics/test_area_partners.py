"""Places and forces a body's relative clause names as those it works for or with are its
partners, not the area of the sentence's figures (place role ``partners``,
``place_role_leads.PARTNERS_BEFORE``): "The unit, which works on behalf of Kent Police and Essex
Police, made 300 arrests" counts the unit's arrests, in the issuer's area. Only forces
are partners: a council a body works on behalf of is the area it serves. Every sentence is
invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The North West Regional Organised Crime Unit published its results. The unit, "
            "which works on behalf of Cumbria Constabulary and Lancashire Constabulary, "
            "made 410 arrests.",
            [(410, "North West")],
            id="works-on-behalf-of-forces",
        ),
        pytest.param(
            "The South West Regional Organised Crime Unit, which works on behalf of Devon "
            "and Cornwall Police and Dorset Police, seized £3m.",
            [(3000000, "South West")],
            id="unit-works-on-behalf-of-forces",
        ),
        pytest.param(  # near miss: a council it serves is its area
            "Thames Valley Police said the hub, which works on behalf of Oxfordshire County "
            "Council, handled 900 referrals.",
            [(900, "Oxfordshire")],
            id="works-on-behalf-of-a-council",
        ),
        pytest.param(  # near miss: where the operation ran is the figures' place
            "Avon and Somerset Police said the operation, which ran in Bristol and Bath, "
            "led to 44 arrests.",
            [(44, "Bristol and Bath")],
            id="relative-clause-of-the-event-place",
        ),
        pytest.param(  # near miss: where the body works is its figures' place
            "Avon and Somerset Police said the team, which works in Bristol, made 30 arrests.",
            [(30, "Bristol")],
            id="relative-clause-of-the-body-place",
        ),
        pytest.param(  # near miss: those it works with, placed, are no partner bodies
            "Avon and Somerset Police said the team, which works with schools in Bristol, "
            "made 30 visits.",
            [(30, "Bristol")],
            id="works-with-people-of-a-place",
        ),
    ],
)
def test_partners_named_in_a_relative_clause(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
