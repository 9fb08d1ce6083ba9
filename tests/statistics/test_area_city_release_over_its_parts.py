""" "In the city" in a city's own release, after neighbourhoods or towns of its county named
last, is the release's city (``region_areas.THE_CITY_ITSELF``, rule
``city-release-over-its-parts``): "Derby City Council said … Most of the young people lived
in Normanton or Alvaston. Derbyshire Constabulary said it had safeguarded 33 children across
the city last year." gives Derby, where the neighbourhoods (a list, no one area) had left the
force's Derbyshire. Sentences written for these tests; the near misses are "in the town"
(not the word "city"), a county force's release (no one city of its own) and a town named
last that lies outside the release's county (Nottingham in Derby's release)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.region_areas import THE_CITY_ITSELF
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Derby City Council said mentors had been recruited. Most of the young people lived "
         "in Normanton or Alvaston. Derbyshire Constabulary said it had safeguarded 33 children "
         "across the city last year.", [(33, "Derby")]),
        ("Leicester City Council said outreach had been stepped up. Many of the families lived "
         "in Braunstone or Beaumont Leys. Leicestershire Police said 52 referrals had been made "
         "in the city in 2024.", [(52, "Leicester")]),
        ("Liverpool City Council said the scheme had been extended. Outreach workers met "
         "families in Knowsley and Huyton. Merseyside Police said 23 children had been "
         "referred across the city this year.", [(23, "Liverpool")]),
        # near misses: "in the town"; a county force's release; a town outside the county
        ("Leicester City Council said outreach had been stepped up. Many of the families lived "
         "in Braunstone or Beaumont Leys. Leicestershire Police said 52 referrals had been made "
         "in the town in 2024.", [(52, "Leicestershire")]),
        ("Leicestershire Police said outreach had been stepped up. Many of the families lived "
         "in Braunstone or Beaumont Leys. The force said 52 referrals had been made in the city "
         "in 2024.", [(52, "Leicestershire")]),
        ("Derby City Council said mentors had been recruited. Most of the young people had "
         "travelled from Nottingham. Derbyshire Constabulary said it had safeguarded 33 "
         "children across the city last year.", [(33, "Derbyshire")]),
    ],
)  # fmt: skip
def test_city_release_over_its_parts(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("lines operating in the city since April", True),
        ("across the city", True),
        ("in the town", False),
        ("in the city centre", False),
        ("in the city council's schools", False),
    ],
)
def test_the_city_itself_words(words: str, found: bool) -> None:
    assert (THE_CITY_ITSELF.search(words) is not None) == found
