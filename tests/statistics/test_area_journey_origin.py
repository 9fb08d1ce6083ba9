"""Where counted people (or their gang) travelled from, told in a relative clause ("who",
"that", "which") right before the place
(rule ``journey-origin`` of ``place_role_leads.LEAD_ROLES``, read by
``place_roles.PLACE_ROLE_RULES``), is their journey's start, not the figure's area: the
place they came to is. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two men who travelled from Kent to hunt deer with lamps near Thetford were "
            "convicted on Monday.",
            [(2, "Thetford")],
            id="travelled-from",
        ),
        pytest.param(
            "Four poachers who drove up from London were caught netting the river near Hexham.",
            [(4, "Hexham")],
            id="drove-up-from",
        ),
        pytest.param(
            "Four men charged on Friday belong to a gang that travelled from Merseyside to "
            "steal razor blades.",
            [(4, None)],
            id="gang-that-travelled-from",
        ),
        pytest.param(
            "Six shoplifters were part of a group which had driven down from Bristol.",
            [(6, None)],
            id="group-which-had-driven-from",
        ),
        # near misses: no relative clause; the place they came to; no journey
        pytest.param(
            "Police logged 40 calls that came from Essex.",
            [(40, "Essex")],
            id="near-miss-came-from",
        ),
        pytest.param(
            "Twelve coursers travelled from Essex on Sunday.",
            [(12, "Essex")],
            id="near-miss-no-relative-clause",
        ),
        pytest.param(
            "Five men who travelled to Norfolk were stopped.",
            [(5, "Norfolk")],
            id="near-miss-the-destination",
        ),
    ],
)
def test_a_journey_origin_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
