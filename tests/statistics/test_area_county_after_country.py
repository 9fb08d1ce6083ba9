""" "The county" after a country named last takes the release's own area when that is no
country: a county is never a nation (``place_wording.PlaceTree.pointed_back``; sentences
invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria recorded more dog thefts than any other county in England last year. "
         "The charity counted 48 thefts in the county in 2024.", [(48, "Cumbria")]),
        ("Suffolk had more hare coursing reports than anywhere in England, police said. "
         "Officers dealt with 77 reports in the county in 2024.", [(77, "Suffolk")]),
        # near misses: after a district, its county; a national release keeps its country
        ("Kent Police made 12 arrests in Maidstone. Across the county, 300 people were "
         "arrested.", [(12, "Maidstone"), (300, "Kent")]),
        ("Thefts rose across England last year, the charity said. It counted 52 thefts in "
         "the county of its head office.", [(52, "England")]),
    ],
)  # fmt: skip
def test_county_after_a_country(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
