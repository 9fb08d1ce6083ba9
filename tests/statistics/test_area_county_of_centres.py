""" "The county" after a town or city centre named last takes the county the town lies in
(``place_wording.PlaceTree.county_of`` through ``_base``; sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 40 arrests in Maidstone town centre. Across the county, 300 people "
         "were arrested.", [(40, "Maidstone town centre"), (300, "Kent")]),
        ("Patrols in Basingstoke town centre and Winchester city centre stopped 22 fights. "
         "Across the county, 90 venues joined the scheme.",
         [(22, "Basingstoke town centre and Winchester city centre"), (90, "Hampshire")]),
        # near miss: a town named with no centre keeps its reading
        ("Officers made 40 arrests in Maidstone. Across the county, 300 people were "
         "arrested.", [(40, "Maidstone"), (300, "Kent")]),
    ],
)  # fmt: skip
def test_county_after_a_centre(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
