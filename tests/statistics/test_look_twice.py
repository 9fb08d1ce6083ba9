"""The road safety idiom "look twice" / "check twice" is no multiple (exclusion
``look-twice``, :data:`pressfacts.statistics.thresholds.LOOK_TWICE`); sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Our message to every driver is simple: look twice for bikes," she said.', []),
        ("The sergeant urged motorists to look twice at junctions this summer.", []),
        ("Riders should always check twice before pulling out, the council said.", []),
        ("He said he had looked twice and still did not see the cyclist.", []),
        # near misses: a multiple that is a figure
        ("Officers checked twice as many vans as in 2024.", [(2, "times")]),
        (
            "Examiners looked at 60 lorries, twice as many as last year.",
            [(60, "lorries"), (2, "times")],
        ),
    ],
)
def test_look_twice(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
