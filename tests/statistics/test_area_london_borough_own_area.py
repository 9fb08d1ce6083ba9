""" "In the borough" in a London borough's release points back to that borough (rule
``london-borough-own-area``, ``region_areas.london_borough``): a London borough lies right
in the London region, with no county between, and was taken for a county, whose release
names no one borough. Near misses: a London-wide release, one of Greater London, and the
words "in the borough" absent. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.resources import load_word_list
from pressfacts.statistics.place_wording import PlaceTree
from pressfacts.statistics.region_areas import london_borough
from tests.statistics.conftest import AreasOf

TREE = PlaceTree(load_word_list("place_within"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hackney Council said thefts rose. Officers made 30 arrests in Dalston. Nearly 40% of "
         "all thefts across the borough were from cyclists, the Metropolitan Police said.",
         [(30, "Dalston"), (40, "Hackney")]),
        ("Croydon Council has put £200,000 into patrols. Sergeant Ana Reis said officers had "
         "made 52 arrests for robbery in the borough since May and that patrols in Thornton "
         "Heath would be stepped up.", [(200000, "Croydon"), (52, "Croydon")]),
        # near misses: a London-wide release, Greater London, no back-pointing words
        ("The Metropolitan Police said thefts rose in London. Nearly 40% of all thefts in the "
         "borough were from cyclists.", [(40, "London")]),
        ("Hackney Council said thefts rose. Officers made 30 arrests in Dalston. Nearly 40% of "
         "all thefts were from cyclists.", [(30, "Dalston"), (40, "Hackney")]),
    ],
)  # fmt: skip
def test_a_london_borough_is_the_borough(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("area", "found"),
    [("Lambeth", True), ("City of London", True), ("London", False), ("Greater London", False),
     ("Kent", False), ("Swale", False)],
)  # fmt: skip
def test_london_borough(area: str, found: bool) -> None:
    assert london_borough(area, TREE) == found
