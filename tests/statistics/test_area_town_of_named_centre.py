""" "In the town" or "across the city" after a centre named with its town ("… in Keighley
town centre. … 412 reports in the town") points back to the town, not to its centre (rule
``town-of-named-centre``, ``place_wording.TOWN_OF_CENTRE``); "in the town centre" still
takes the centre. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A dispersal order was authorised in Keighley town centre. In 2023, officers "
         "recorded 412 reports of anti-social behaviour in the town.", [(412, "Keighley")]),
        ("Shops in Skipton town centre were targeted. In 2023, 40 thefts were reported "
         "across the town.", [(40, "Skipton")]),
        ("Bars in Leeds city centre were checked. In 2023, 40 thefts were reported in the "
         "city.", [(40, "Leeds")]),
        # near misses: the centre itself, or no centre named before
        ("Shops in Skipton town centre were targeted. In 2023, 40 thefts were reported in "
         "the town centre.", [(40, "Skipton town centre")]),
        ("Bars in Leeds were checked. In 2023, 40 thefts were reported in the city.",
         [(40, "Leeds")]),
    ],
)  # fmt: skip
def test_the_town_after_a_named_centre(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
