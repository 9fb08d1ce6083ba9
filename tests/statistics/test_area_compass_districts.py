""" "The county" after a district or town whose own name opens on a compass word ("South
Kesteven", "North Norfolk", "East Grinstead") takes the county that place lies in, not the
county of a place named by the rest of its name; a compass word written in lower case
("north Hampshire", "east Kent") still words a part of the place after it
(``place_wording.PlaceTree._node``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers recovered 30 stolen bikes in South Kesteven. Across the county, 210 "
         "bikes were stolen.", [(30, "South Kesteven"), (210, "Lincolnshire")]),
        ("Thieves took 12 quad bikes in North Norfolk. Replacing stolen machinery cost "
         "farms in the county more than £90,000 last year.",
         [(12, "North Norfolk"), (90000, "Norfolk")]),
        ("Volunteers ran 15 street patrols in East Grinstead. Across the county, 140 "
         "patrols were held.", [(15, "East Grinstead"), (140, "Sussex")]),
        # near miss: a compass word in lower case is a part of the county named after it
        ("Officers seized 14 vehicles in east Kent. Across the county, 96 were seized.",
         [(14, "east Kent"), (96, "Kent")]),
        ("Officers made 40 arrests in north Hampshire. Across the county, 300 people "
         "were arrested.", [(40, "north Hampshire"), (300, "Hampshire")]),
    ],
)  # fmt: skip
def test_county_after_a_compass_named_district(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
