"""The idiom "think twice" is no multiple (exclusion ``think-twice``,
:data:`pressfacts.statistics.thresholds.THINK_TWICE`); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I want every driver to think twice," she added.', []),
        ("The sergeant urged riders to think twice before drinking at the festival.", []),
        ("He said he never thought twice about getting a taxi home.", []),
        ("Nobody thinks twice about it, the inspector said.", []),
        # near misses: a multiple that is a figure
        ("Drug-drive arrests doubled in Wiltshire last year.", [(2, "times")]),
        ("Officers made 40 arrests, twice as many as in 2024.", [(40, "arrests"), (2, "times")]),
    ],
)
def test_think_twice(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
