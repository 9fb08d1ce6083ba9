"""The places a stretch of road runs between ("on the stretch between Stafford and
Stoke-on-Trent", "the M6 between Stafford and Stoke-on-Trent", "a section of the A55
between Conwy and Bangor") are no area of what was counted on it (rule ``route_end`` of
``street_names.names_no_place``): the figure takes another place of its sentence or the
document's area. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers stopped 88 drivers on the stretch between Preston and Lancaster last week.",
            [(88, None)],
            id="stretch-between-towns",
        ),
        pytest.param(
            "Officers stopped 61 lorries on the M56 between Runcorn and Warrington in March.",
            [(61, None)],
            id="motorway-between-towns",
        ),
        pytest.param(
            "Examiners weighed 40 lorries on a section of the A55 between Conwy and Bangor.",
            [(40, None)],
            id="section-of-road-between-towns",
        ),
        # near misses: towns with no road before "between"; "between" with no road word
        pytest.param(
            "Lancashire Police made 88 arrests in Preston and Lancaster last week.",
            [(88, "Preston and Lancaster")],
            id="towns-no-road",
        ),
        pytest.param(
            "Lancashire Police made 88 arrests in Preston last week.",
            [(88, "Preston")],
            id="town-alone",
        ),
    ],
)
def test_route_ends(areas: AreasOf, nlp: Language, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
