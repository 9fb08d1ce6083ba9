"""A coastal role's patch: a stretch of coast named by its places after the title ("senior
coastal operations officer on the Northumberland and Tyneside coast") goes, leaving the
role (``title_tails.COAST_TAIL``, rule ``coast_tail``). A coast with no place named, and a
title with no coast after it, keep their words. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "on_two_places_coast": (
        "Ben Tulloch, coastal operations officer for HM Coastguard on the Fife and Angus "
        "coast, said the tide turned quickly.",
        {"Ben Tulloch": ["Coastal Operations Officer"]},
    ),
    "along_one_place_coastline": (
        "Kerry Pascoe, station officer along the North Devon coastline, said crews were busy.",
        {"Kerry Pascoe": ["Station Officer"]},
    ),
    "for_place_coast": (
        "Amir Shah, senior coastal operations officer for the Suffolk coast, said so.",
        {"Amir Shah": ["Senior Coastal Operations Officer"]},
    ),
    # near misses: a title with no coast tail keeps its words
    "no_tail": (
        "Lucy Brannan, coastal operations officer, said the cliffs were unstable.",
        {"Lucy Brannan": ["Coastal Operations Officer"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_coast_title_tails(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
