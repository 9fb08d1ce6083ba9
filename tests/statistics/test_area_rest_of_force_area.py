"""Places listed only as parts of the force area that ends their list ("across Newcastle,
Sunderland and the rest of the force area") leave the figure to the force area
(:data:`pressfacts.statistics.place_phrases.WHOLE_AFTER_PARTS`, rule
``rest-of-force-area``); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cleveland Police arrested 90 drivers across Middlesbrough, Stockton and the rest "
            "of the force area. Officers carried out 388 drug wipes.",
            [(90, "Cleveland"), (388, "Cleveland")],
        ),
        (
            "Officers from Kent Police seized 214 vehicles in Medway, Maidstone, Thanet and "
            "the rest of the force area during the operation.",
            [(214, "Kent")],
        ),
        (
            "Essex Police made 61 arrests throughout Basildon and the rest of the whole "
            "force area last month.",
            [(61, "Essex")],
        ),
        # near misses: a list of places with no "rest of" keeps its places
        (
            "Cleveland Police arrested 90 drivers across Middlesbrough and Stockton. Officers "
            "carried out 388 drug wipes.",
            [(90, "Middlesbrough and Stockton"), (388, "Middlesbrough and Stockton")],
        ),
        (
            "Kent Police seized 214 vehicles in Medway. Across the force area, officers made "
            "40 arrests.",
            [(214, "Medway"), (40, "Kent")],
        ),
    ],
)
def test_rest_of_force_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
