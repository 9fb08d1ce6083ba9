"""Towns of the Black Country boroughs and the South Wales Valleys are places of their own
(``places.txt``, ``place_within.txt``): a figure "in Tipton" takes the town, not its
borough or force area, and "the South Wales Valleys" is not cut to "South Wales".
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("West Midlands Police seized 31 cars in Tipton.", [(31, "Tipton")]),
        ("Officers arrested 12 people in Brierley Hill.", [(12, "Brierley Hill")]),
        (
            "The council received 88 complaints from residents in Aldridge and Brownhills.",
            [(88, "Aldridge and Brownhills")],
        ),
        (
            "The charity helped 140 families in the South Wales Valleys in 2025.",
            [(140, "South Wales Valleys")],
        ),
        # near misses: no town named takes the force area; South Wales alone stays itself
        ("West Midlands Police seized 27 cars.", [(27, "West Midlands")]),
        ("South Wales Police made 64 arrests in South Wales.", [(64, "South Wales")]),
    ],
)
def test_area_black_country_towns(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
