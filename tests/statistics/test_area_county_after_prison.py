""" "The county" after a prison named last points past the prison to the county of the
release's own area (``PlaceTree.pointed_back``): a prison lies in no county the gazetteer
knows. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lancashire Police found 40 phones at HMP Garth and HMP Wymott. "
         "Officers recorded 52 assaults in the county last year.",
         [(40, "HMP Garth and HMP Wymott"), (52, "Lancashire")]),
        ("Kent Police said 19 drones were seized at HMP Maidstone. "
         "Officers investigated 286 assaults on prison staff in the county last year.",
         [(19, "HMP Maidstone"), (286, "Kent")]),
        ("Staff at HMP Leeds found 87 phones in cells. West Yorkshire Police said 30 people "
         "were charged across the county.",
         [(87, "HMP Leeds"), (30, "West Yorkshire")]),
        # near misses: a town named last keeps its county; no back-pointing words
        ("Kent Police made 12 arrests in Maidstone. Officers recorded 40 thefts in the "
         "county.", [(12, "Maidstone"), (40, "Kent")]),
    ],
)  # fmt: skip
def test_county_after_prison(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
