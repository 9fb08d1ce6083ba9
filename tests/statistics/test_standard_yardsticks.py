"""Rule ``standard-yardstick`` (``standard_yardsticks.py``): a place in the words of a
standard or target a figure is held up to is the standard's, not the figure's. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Cumbria Constabulary answered 84% of 999 calls within 10 seconds, below the 90% "
        "standard for forces in England and Wales.",
        [(84.0, "Cumbria"), (90.0, "England and Wales")],
        id="below-the-standard",
    ),
    pytest.param(
        "Dyfed-Powys Police reached 71% of rural calls in time, short of its 80 per cent "
        "target for Wales.",
        [(71.0, "Dyfed-Powys"), (80.0, "Wales")],
        id="short-of-its-target",
    ),
    pytest.param(
        "Hampshire Constabulary answered 93% of calls quickly, above the national benchmark "
        "set for England.",
        [(93.0, "Hampshire")],
        id="above-the-benchmark",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_standard_s_place_is_not_the_figure_s(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


NEAR_MISSES = [
    pytest.param(
        "Officers made 14 arrests, below the bridge in Truro.",
        [(14.0, "Truro")],
        id="no-standard-noun",
    ),
    pytest.param(
        "The charity helped 230 families, under the scheme run in Kent.",
        [(230.0, "Kent")],
        id="under-a-scheme",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_other_words_after_a_comma_keep_their_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
