""" "Across all regions" / "in every region" after a sentence naming some regions points to
the whole country the release speaks for (:data:`.areas.REGION_WORDS`,
:data:`.place_wording.THE_COUNTRY`), not to the regions named last; "across the region"
still takes the region named last. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Santander said its customers across the UK lost £5m to scams in 2023. Customers "
            "in the North East lost the most. Across all regions, 300 victims were over 70.",
            [(5000000.0, "UK"), (300.0, "UK")],
            id="across-all-regions",
        ),
        pytest.param(
            "NatWest customers across the UK reported 900 scams in 2023. Losses in Yorkshire "
            "and Wales were the highest. In every region, 40% of victims were men.",
            [(900.0, "UK"), (40.0, "UK")],
            id="in-every-region",
        ),
        # near miss: "across the region" points back to the region named last
        pytest.param(
            "Santander said its customers across the UK lost £5m to scams in 2023. Customers "
            "in the North East lost the most. Across the region, 300 victims were over 70.",
            [(5000000.0, "UK"), (300.0, "North East")],
            id="across-the-region",
        ),
    ],
)
def test_area_all_regions(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
