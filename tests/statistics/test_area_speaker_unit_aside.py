"""The body or place a speaker is "of", between commas before a verb of saying ("PC Ann
Lee, of Kent Police's roads policing unit, said one lorry stopped near Dover …"), is the
speaker's remit: it yields to any other place the figure's clause names (rule
``speaker-unit-aside`` of ``remit_places``, ranked last by ``figure_areas._rank``). Alone,
it is still the figure's place. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PC Ann Lee, of Kent Police's roads policing unit, said one lorry stopped near "
            "Dover in May had been 21% over its weight.",
            [(21, "Dover")],
            id="force-unit-then-near-town",
        ),
        pytest.param(
            "Sergeant Tom Price, of Devon and Cornwall Police, said 17 vans checked near "
            "Exeter last week had no insurance.",
            [(17, "Exeter")],
            id="force-then-near-city",
        ),
        pytest.param(
            "Inspector Ruth Ames, of West Mercia Police's commercial vehicle unit, told the "
            "hearing that 9 lorries stopped near Telford had faulty brakes.",
            [(9, "Telford")],
            id="told-then-near-town",
        ),
        # near miss: the speaker's body alone is still the area
        pytest.param(
            "Sergeant Tom Price, of Devon and Cornwall Police, said officers had checked 17 "
            "vans last week.",
            [(17, "Devon and Cornwall")],
            id="body-alone-is-still-the-area",
        ),
    ],
)
def test_speaker_unit_aside(areas: AreasOf, nlp: Language, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
