"""Stadiums and football grounds as a figure's area, and parts of a total owned by a
season (``district_names`` rules ``named_venue`` and ``football_ground``,
``district_names.venue_scope``, ``own_places.OWN_PLACE`` with "at",
``units.TIME_OWNER``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue named right after the figure as its own place, in a breakdown
        ("Cleveland Police made 60 arrests in 2023. Of those, 25 were made at the "
         "Riverside Stadium, 12 at Ayresome Arena and 9 in Hartlepool.",
         [(60, "Cleveland"), (25, "Riverside Stadium"), (12, "Ayresome Arena"),
          (9, "Hartlepool")]),
        # a listed ground with no stadium word; parts of a season's total
        ("Merseyside Police made 90 arrests in 2023. Officers said 30 of this season's "
         "arrests were made in Wirral, 20 at Anfield and 11 in Sefton.",
         [(90, "Merseyside"), (30, "Wirral"), (20, "Anfield"), (11, "Sefton")]),
        # a venue a passive places the figure at, before places in the list after it
        ("Merseyside Police made 90 arrests in 2023. Officers said 30 of this season's "
         "arrests were made at Goodison Park, 20 in Wirral and 11 in Sefton.",
         [(90, "Merseyside"), (30, "Goodison Park"), (20, "Wirral"), (11, "Sefton")]),
        # a venue ending the opening phrase right before the figure
        ("At the derby at Villa Park, 17 people were arrested.", [(17, "Villa Park")]),
        ("Outside the Dragon Valley Arena, 8 fans were held after the match.",
         [(8, "Dragon Valley Arena")]),
        # near misses: a venue elsewhere in the sentence is no figure's area
        ("Merseyside Police recorded 57 incidents at or around matches at Anfield.",
         [(57, "Merseyside")]),
        ("After matches at the Riverside Stadium, Cleveland Police held 14 fans.",
         [(14, "Cleveland")]),
        # near miss: a stadium with no name
        ("Kent Police held 6 fans at the stadium.", [(6, "Kent")]),
    ],
)  # fmt: skip
def test_venue_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
