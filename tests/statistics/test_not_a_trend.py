"""A stretch of time said to be too short to judge by ("one quarter is not a trend") is no
proportion or count (exclusion ``not-a-trend`` of
:data:`pressfacts.statistics.idiom_exclusions.IDIOM_EXCLUSIONS`). Every sentence is
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The drop is welcome, but one quarter is not a trend," she said.', []),
        ('"A single month doesn\'t make a trend," the inspector said.', []),
        ("Two good years do not make a trend, the chief constable warned.", []),
        ("One quarter's figures are not a trend, the council said.", []),
        # near misses: a share with "of", a share as the subject of another verb
        (
            "A quarter of reports involved children in care.",
            [(25, "percent")],
        ),
        (
            "One quarter of the 80 calls were about a trend in thefts.",
            [(25, "percent"), (80, "calls")],
        ),
    ],
)
def test_not_a_trend(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
