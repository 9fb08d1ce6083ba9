"""The release's force training or hiring its own officers and staff counts its workforce,
kept force-wide, not the town of the release's lead (``force_subjects.FORCE_OWN_WORKFORCE``,
rule ``force-own-workforce``, one of the ways of area rule ``force-subject``). Sentences
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "A scheme in Grimsby helped 90 families, Humberside Police said. "

AREAS = [
    pytest.param(
        LEAD + "Inspector Joe Hart said the force had trained 210 officers and staff.",
        [(90, "Grimsby"), (210, "Humberside")],
        id="reported-trained-officers-and-staff",
    ),
    pytest.param(
        LEAD + "The force has recruited 45 new detectives.",
        [(90, "Grimsby"), (45, "Humberside")],
        id="recruited-new-detectives",
    ),
    pytest.param(
        LEAD + "The constabulary also trained more than 300 call handlers.",
        [(90, "Grimsby"), (300, "Humberside")],
        id="qualified-call-handlers",
    ),
    # near misses: others trained in the campaign; officers sent somewhere; a place named
    pytest.param(
        LEAD + "The force trained 380 door staff.",
        [(90, "Grimsby"), (380, "Grimsby")],
        id="door-staff-not-its-own",
    ),
    pytest.param(
        LEAD + "The force deployed 40 officers to the match.",
        [(90, "Grimsby"), (40, "Grimsby")],
        id="deployed-not-hired",
    ),
    pytest.param(
        LEAD + "The force trained 25 officers in Cleethorpes.",
        [(90, "Grimsby"), (25, "Cleethorpes")],
        id="place-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_force_own_workforce(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
