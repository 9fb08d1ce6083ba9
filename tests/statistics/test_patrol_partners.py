"""Partner cue ``patrols_with`` (``partner_cues``): the forces patrols were run with ("ran 11
patrols with Durham Constabulary") are partners, not the figure's area; not a place the
patrols were in. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Durham Constabulary said so.\n\nOfficers ran nine overnight patrols with "
            "Cleveland Police and North Yorkshire Police along the border.",
            [(9, "Durham")],
            id="patrols-with-forces",
        ),
        pytest.param(
            "Dorset Police said so.\n\nIn May, officers ran 14 patrols with Wiltshire Police.",
            [(14, "Dorset")],
            id="patrols-with-one-force",
        ),
        # near miss: patrols in a place
        pytest.param(
            "Durham Constabulary said so.\n\nOfficers ran nine patrols with dog handlers "
            "in Darlington.",
            [(9, "Darlington")],
            id="patrols-in-a-place",
        ),
    ],
)
def test_patrol_partners(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
