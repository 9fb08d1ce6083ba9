""" "The county" after a county that shares a police area with others, or after a town in
one, is that county, not the joint police area (``place_wording.JOINT_AREA_COUNTIES``, rule
``county_in_joint_police_area``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 31 arrests in Oxfordshire. Across the county, 240 homes were "
         "visited.", [(31, "Oxfordshire"), (240, "Oxfordshire")]),
        ("Officers made 31 arrests in Oxford. Across the county, 240 homes were visited.",
         [(31, "Oxford"), (240, "Oxfordshire")]),
        ("Patrols in Devon stopped 18 vans. The county recorded 410 scams last year.",
         [(18, "Devon"), (410, "Devon")]),
        ("Trading standards in Somerset took 56 calls. Across the county, 12 traders were "
         "charged.", [(56, "Somerset"), (12, "Somerset")]),
        # near misses: a county with a police area of its own, and a joint area named itself
        ("Officers made 40 arrests in Maidstone. Across the county, 300 people were "
         "arrested.", [(40, "Maidstone"), (300, "Kent")]),
        ("Officers made 31 arrests in Thames Valley. Across the region, 240 homes were "
         "visited.", [(31, "Thames Valley"), (240, "Thames Valley")]),
    ],
)  # fmt: skip
def test_county_in_joint_police_area(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
