"""A town the gazetteer lacks, named as where a premises is ("27 converters in a garage in
Atherton"), as a figure's area (``district_names`` rule ``premises_in_town``; sentences
invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greater Manchester Police found 27 catalytic converters in a garage in Tyldesley.",
         [(27, "Tyldesley")]),
        ("Cheshire Police seized £8,400 in cash at an address in Winsford.",
         [(8400, "Winsford")]),
        ("West Mercia Police recovered 14 stolen quad bikes from a rented barn in Tenbury.",
         [(14, "Tenbury")]),
        ("Durham Constabulary said 9 engines were found inside a lock-up in Spennymoor.",
         [(9, "Spennymoor")]),
        # near misses: a street (a capital after), a month, "the" premises, no premises
        ("Greater Manchester Police found 27 converters in a garage in Mill Lane.",
         [(27, "Greater Manchester")]),
        ("Cheshire Police said 12 bikes were taken from a house in May.",
         [(12, "Cheshire")]),
        ("Greater Manchester Police found 31 converters in the garage in Boothstown.",
         [(31, "Greater Manchester")]),
        ("Cheshire Police said 5 people met Winsford officers.", [(5, "Cheshire")]),
    ],
)  # fmt: skip
def test_premises_town_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
