""" "In the city" and "across the town" point back to the town named last when it lies
within the release's own area (``place_wording.THE_CITY``; sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lancashire Police charged a man from Blackburn with 9 offences. Officers said 31 "
         "shops in the city had been targeted since May.", [(9, "Blackburn"), (31, "Blackburn")]),
        ("The PSNI recorded 2,100 hate crimes in Northern Ireland last year. In Belfast, 980 of "
         "them were racist. Across the city, 40 more patrols ran in May.",
         [(2100, "Northern Ireland"), (980, "Belfast"), (40, "Belfast")]),
        # near misses: the town named last is the release's own area, or lies outside it
        ("Police Scotland recorded 612 thefts in Glasgow. The rate in the city was 1.8 per "
         "1,000 people.", [(612, "Glasgow"), (1.8, "Glasgow")]),
        ("Kent Police arrested 12 men from Croydon. Officers said 40 homes in the town had "
         "been searched.", [(12, "Kent"), (40, "Kent")]),
    ],
)  # fmt: skip
def test_the_city_is_the_town_named_last(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
