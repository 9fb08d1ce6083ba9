"""Ferry and freight port towns are places (``places.txt``, with their police areas in
``place_within.txt``): "the ports of Hull, Immingham and Grimsby" is the area of the
figures found there. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border Force officers at the ports of Hull, Immingham and Grimsby found 96 people "
         "in lorries.", [(96, "Hull, Immingham and Grimsby")]),
        ("Officers found 40 people in containers at Tilbury and Purfleet.",
         [(40, "Tilbury and Purfleet")]),
        ("Officers stopped 12 lorries at Cairnryan.", [(12, "Cairnryan")]),
        ("Lancashire Police checked 300 vehicles at Heysham.", [(300, "Heysham")]),
        # near miss: a port named by the body's own area only
        ("Humberside Police stopped 14 lorries at the docks.", [(14, "Humberside")]),
    ],
)  # fmt: skip
def test_area_port_towns(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
