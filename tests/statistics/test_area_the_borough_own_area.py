""" "In the borough", "across the borough" point back to the borough the release speaks for
(``region_areas.THE_BOROUGH``, rule ``the-borough-own-area``): "There were 300 thefts in
Swale in 2023. Around 40% of the thefts in the borough were from vans, Kent Police said."
gives Swale, where the force closing the sentence as its source had given Kent; a town of
the borough named last (Heywood) is not the borough. Sentences written for these tests; the
near misses are a sentence with no back-pointing words, "the borough council's" (a body,
not the place) and a release whose own area is a region or a county (no one borough to point
back to: a county force's "in the borough" is the council's it names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.region_areas import THE_BOROUGH
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were 300 thefts in Swale in 2023. Around 40% of the thefts in the borough were "
         "from vans, Kent Police said.", [(300, "Swale"), (40, "Swale")]),
        ("There were 900 burglaries in Sevenoaks in 2023. Nearly 30% of all burglaries across "
         "the borough were solved, Kent Police said.", [(900, "Sevenoaks"), (30, "Sevenoaks")]),
        ("Rochdale Borough Council said taxi checks had risen. Officers carried out 40 checks in "
         "Heywood. Nearly 30% of all drivers checked across the borough had a fault, Greater "
         "Manchester Police said.", [(40, "Heywood"), (30, "Rochdale")]),
        # near misses: no back-pointing words; the borough council's (a body); a region's
        # release (the force closing the sentence keeps it)
        ("There were 300 thefts in Swale in 2023. Around 40% of the thefts were from vans, "
         "Kent Police said.", [(300, "Swale"), (40, "Kent")]),
        ("There were 300 thefts in Swale in 2023. Around 40% of the thefts in the borough "
         "council's car parks were from vans, Kent Police said.", [(300, "Swale"), (40, "Kent")]),
        ("Thefts fell across the North West in 2023. Around 40% of the thefts in the borough "
         "were from vans, Lancashire Police said.", [(40, "Lancashire")]),
        # a county force's release: its "in the borough" is the council's, not the county
        ("Merseyside Police said thefts rose. Since May, Sefton Council has received 212 "
         "complaints about speeding in the borough.", [(212, "Sefton")]),
    ],
)  # fmt: skip
def test_the_borough_own_area(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("thefts in the borough were", True),
        ("across the borough", True),
        ("in the borough council's car parks", False),
        ("in the borough of Swale", False),
        ("the borough's schools", False),
    ],
)
def test_the_borough_words(words: str, found: bool) -> None:
    assert (THE_BOROUGH.search(words) is not None) == found
