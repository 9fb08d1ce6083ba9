""" "The county" after a region named last points to the release's own county, never to the
region ("… for Barnardo's in the East Midlands. … every school in the county":
Derbyshire; ``PlaceTree.pointed_back``); after a district it is still the district's
county. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Derbyshire Constabulary recorded 97 offences last year.\n\nSophie Hale, services "
        'manager for Barnardo\'s in the East Midlands, said: "It matters."\n\nThe force '
        "will add two officers to every school in the county.",
        [(97, "Derbyshire"), (2, "Derbyshire")],
        id="the-county-after-a-region",
    ),
    pytest.param(
        "Kent Police made 400 arrests last year.\n\nThe charity works across the South "
        "East.\n\nOfficers visited 60 schools across the county.",
        [(400, "Kent"), (60, "Kent")],
        id="across-the-county-after-a-region",
    ),
    # near misses: after a district, its county
    pytest.param(
        "Cumbria Police made 400 arrests last year.\n\nOfficers in Kendal made 40 arrests. "
        "Across the county, 300 drivers were stopped.",
        [(400, "Cumbria"), (40, "Kendal"), (300, "Cumbria")],
        id="near-miss-the-county-after-a-district",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_county_after_a_region(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
