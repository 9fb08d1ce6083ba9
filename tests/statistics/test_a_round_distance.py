"""A long way said round with "a" ("drive a hundred miles overnight", "a million miles
away") is no measured distance (exclusion ``a-round-distance`` of
:data:`pressfacts.statistics.exclusions.EXCLUSIONS`); sentences written for these tests.
Near misses: digits, "one hundred", a qualified figure and an extent ("of roads") are
counted as before."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"They will drive a hundred miles overnight for a roof," he said.', []),
        ("Victims said the help felt a million miles away.", []),
        ("Thieves think nothing of travelling a thousand miles for a bronze plaque.", []),
        # near misses: digits; "one hundred"; a qualified figure; an extent
        ("The gang drove 140 miles to reach the chapel.", [(140, "miles")]),
        ("The gang drove one hundred miles to reach the chapel.", [(100, "miles")]),
        ("The gang drove more than a hundred miles to reach the chapel.", [(100, "miles")]),
        ("Officers patrolled a thousand miles of roads.", [(1000, "miles")]),
    ],
)  # fmt: skip
def test_a_round_distance(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
