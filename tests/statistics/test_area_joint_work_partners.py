"""A force a body works jointly with ("following joint inspections with South Yorkshire
Police", "after a joint operation with Avon and Somerset Police") is a partner, not the
area of the body's figures (``PARTNER_CUES`` of :mod:`pressfacts.statistics.place_wording`).
Sentences invented for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leeds City Council has revoked four licences and refused five new applications "
            "following joint inspections with West Yorkshire Police.",
            [(4, "Leeds"), (5, "Leeds")],
            id="joint-inspections",
        ),
        pytest.param(
            "Hull City Council suspended two licences and refused three applications after "
            "joint visits with Humberside Police.",
            [(2, "Hull"), (3, "Hull")],
            id="joint-visits",
        ),
        pytest.param(
            "Bristol City Council towed 12 vans and seized 30 bikes after a joint operation "
            "with Avon and Somerset Police.",
            [(12, "Bristol"), (30, "Bristol")],
            id="joint-operation",
        ),
        pytest.param(  # a council a force works with jointly is its partner too
            "West Yorkshire Police carried out 30 joint visits with Leeds City Council.",
            [(30, "West Yorkshire")],
            id="council-partner-of-force",
        ),
        # one joint inspection, visit, check or patrol (found by held-out 276)
        pytest.param(
            "Hull City Council revoked a licence after officers found 41 stolen gates during "
            "a joint inspection with Humberside Police.",
            [(41, "Hull")],
            id="a-joint-inspection",
        ),
        pytest.param(
            "Leicester City Council suspended a licence after officers found 12 unmarked "
            "converters on a joint visit with Leicestershire Police.",
            [(12, "Leicester")],
            id="a-joint-visit",
        ),
        pytest.param(
            "Cardiff Council closed a yard after staff found 30 stolen signs in a joint check "
            "with South Wales Police.",
            [(30, "Cardiff")],
            id="a-joint-check",
        ),
        pytest.param(
            "Plymouth City Council issued a warning after wardens found 9 abandoned cars on a "
            "joint patrol with Devon and Cornwall Police.",
            [(9, "Plymouth")],
            id="a-joint-patrol",
        ),
        # near misses: a force named with no joint work; a place the joint work was in
        pytest.param(
            "Officers made 40 checks in joint patrols in Leeds.",
            [(40, "Leeds")],
            id="joint-work-in-a-place",
        ),
        pytest.param(
            "Officers made 14 arrests and seized 9 vans in an operation by Humberside Police.",
            [(14, "Humberside"), (9, "Humberside")],
            id="no-joint-work",
        ),
        pytest.param(
            "Officers found 41 stolen gates during an inspection by South Yorkshire Police.",
            [(41, "South Yorkshire")],
            id="an-inspection-by-a-force",
        ),
    ],
)
def test_a_force_worked_with_jointly_is_a_partner(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
