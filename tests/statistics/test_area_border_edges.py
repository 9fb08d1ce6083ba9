"""A place between "to the" and a lower-case "border" or "boundary" names an edge a figure
reaches, not its area (rule ``border_edge`` of ``street_names.names_no_place``): the figure
takes another place of its sentence or the document's area. Every sentence is invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The team now has 15 vans and covers calls right up to the Somerset border.",
            [(15, None)],
            id="reach-to-the-border",
        ),
        pytest.param(
            "Officers in Carlisle made 31 arrests last month, some of them near the Scottish "
            "border.",
            [(31, "Carlisle")],
            id="town-and-a-border",
        ),
        pytest.param(
            "The unit flew 40 missions up to the Lancashire boundary in May.",
            [(40, None)],
            id="boundary",
        ),
        # near misses: a place's own border, a council area, no border word, no place before
        pytest.param(
            "Border Force officers seized 84 knives at the UK border in 2025.",
            [(84, "UK")],
            id="at-the-border",
        ),
        pytest.param(
            "Police made 23 arrests in the Scottish Borders in May.",
            [(23, "Scottish Borders")],
            id="borders-council-area",
        ),
        pytest.param(
            "The unit flew 40 missions in Lancashire in May.",
            [(40, "Lancashire")],
            id="place-alone",
        ),
        pytest.param(
            "The unit flew 40 missions across Somerset, right up to the border, in May.",
            [(40, "Somerset")],
            id="border-without-place",
        ),
    ],
)
def test_border_edges(areas: AreasOf, nlp: Language, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
