"""Scottish islands and island towns as a figure's area (``places.txt``, with
``place_within.txt`` placing them in the Western Isles, Orkney, Shetland, Highland or
Argyll and Bute). "Lewis", "Harris" and "Barra" are first names, so they are listed only
in their "Isle of" and joined forms ("Lewis and Harris", "Uist and Barra"), as the
gazetteer leaves out other districts named like people. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Scotland said 41 crimes were recorded in Stornoway in 2024.",
         [(41, "Stornoway")]),
        ("In Uist and Barra, 17 thefts were reported last year.", [(17, "Uist and Barra")]),
        ("The council will fund 3 wardens for Lewis and Harris.", [(3, "Lewis and Harris")]),
        ("Officers in Kirkwall made 12 arrests over the summer.", [(12, "Kirkwall")]),
        ("In Lerwick, 26 drivers were stopped during the operation.", [(26, "Lerwick")]),
        ("On the Outer Hebrides, 58 incidents were logged in 2023.",
         [(58, "Outer Hebrides")]),
        ("Police Scotland said 8 people were charged in Fort William.", [(8, "Fort William")]),
        # near misses: a person named Lewis or Harris is no place
        ("Sergeant Lewis Grant said 14 cars were checked in Inverness.", [(14, "Inverness")]),
        ("Mr Harris said 9 bikes were stolen in Portree.", [(9, "Portree")]),
    ],
)  # fmt: skip
def test_scottish_island_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
