""" "The region" after towns that lie within the region named before them points back to
that region (rule ``region-named-before``, ``region_areas.region_area``), not to the towns
named last. Sentences invented for the test; near misses name no region before, or a region
the towns do not lie in, or a region in the sentence itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    (
        "Officers marked 600 bikes in Essex, Suffolk and Cambridgeshire. Thefts in the East of "
        "England fell by 11% last year. The operator spent £180,000 on hubs at Chelmsford and "
        "Colchester. Across the region, 310 vans were stolen.",
        [
            (600.0, "Essex, Suffolk and Cambridgeshire"),
            (11.0, "East of England"),
            (180000.0, "Chelmsford and Colchester"),
            (310.0, "East of England"),
        ],
    ),
    (
        "Kent Police made 40 arrests last year. Thefts in the South East fell by 4%. The "
        "council spent £90,000 on cameras in Maidstone. Across the region, 310 vans were stolen.",
        [(40.0, "Kent"), (4.0, "South East"), (90000.0, "Maidstone"), (310.0, "South East")],
    ),
    (
        "Lancashire Police seized 80 bikes. Burglaries in the North West fell by 4% last year. "
        "Officers in Preston made 42 arrests. In the region, 1,150 bikes were reported stolen.",
        [(80.0, "Lancashire"), (4.0, "North West"), (42.0, "Preston"), (1150.0, "North West")],
    ),
    # near misses: the town lies in another region; no region named before
    (
        "Lancashire Police seized 80 bikes. Burglaries in the North East fell by 4% last year. "
        "Officers in Preston made 42 arrests. In the region, 1,150 bikes were reported stolen.",
        [(80.0, "Lancashire"), (4.0, "North East"), (42.0, "Preston"), (1150.0, "Lancashire")],
    ),
    (
        "Lancashire Police seized 80 bikes. Officers in Preston made 42 arrests. In the region, "
        "1,150 bikes were reported stolen.",
        [(80.0, "Lancashire"), (42.0, "Preston"), (1150.0, "Lancashire")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_region_named_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
