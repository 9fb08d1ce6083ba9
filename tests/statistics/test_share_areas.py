"""A count that states a place's share or rank after a comma is that place's
(:data:`pressfacts.statistics.share_areas.SHARE_THEN_COUNT`); a count with a place of its
own after it stays that place's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Scotland recorded 3,100 thefts in Lothian last year. Edinburgh accounted for "
         "almost half of the Lothian total, with 1,480 thefts.",
         [(3100, "Lothian"), (50, "Edinburgh"), (1480, "Edinburgh")]),
        ("West Yorkshire Police recorded 900 burglaries in 2025. Leeds had the most "
         "burglaries, with 410, while Bradford recorded 220.",
         [(900, "West Yorkshire"), (410, "Leeds"), (220, "Bradford")]),
        # near miss: a place of its own after the count
        ("Merseyside Police made 120 arrests in May. Liverpool accounted for 70 of them, "
         "with 31 in Sefton.",
         [(120, "Merseyside"), (70, "Liverpool"), (31, "Sefton")]),
    ],
)  # fmt: skip
def test_a_count_after_a_share_is_the_place_s(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
