"""Towns whose full names are long or hyphenated are places under the short names local
outlets use (``places.txt``, with their police areas in ``place_within.txt``): "youth
violence in Barrow fell by a quarter" is Barrow's figure, not the force area's. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria Constabulary said reports of youth violence in Barrow fell by 24% last year.",
         [(24, "Barrow")]),
        ("Staffordshire Police recorded 310 burglaries in Stoke in 2024.", [(310, "Stoke")]),
        ("Officers in Berwick seized 14 bikes over the summer.", [(14, "Berwick")]),
        ("Hertfordshire Constabulary made 52 arrests in Hemel during the week of action.",
         [(52, "Hemel")]),
        # the longer name is the place, not its first word
        ("The Met made 30 arrests in Stoke Newington in June.", [(30, "Stoke Newington")]),
        ("Officers made 41 arrests in Barrow-in-Furness in May.", [(41, "Barrow-in-Furness")]),
        # near miss: a family name is no place
        ("Cumbria Constabulary's Inspector Jo Barrow said 19 bikes were seized.",
         [(19, "Cumbria")]),
    ],
)  # fmt: skip
def test_short_town_names(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
