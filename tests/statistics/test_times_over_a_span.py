""" "N times over" a span is a count of occasions in that span ("deployed 115 times over
the same period"), not the idiom of a multiple ("paid back ten times over", "four times
over the speed limit"): figure rule ``occasions`` with ``figures.OVER_A_SPAN`` (rule
``times_over_a_span``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in nlp(text)._.statistics]


ROWS = [
    pytest.param(
        "The drone team in Kent was deployed 115 times over the same period.",
        [(115, "occasions")],
        id="over-the-same-period",
    ),
    pytest.param(
        "Crews in Hull were called out 40 times over the summer.",
        [(40, "occasions")],
        id="over-the-summer",
    ),
    pytest.param(
        "Officers in Leeds were called to the house 30 times over the past year.",
        [(30, "occasions")],
        id="over-the-past-year",
    ),
    # near misses: the idiom of a multiple, a limit
    pytest.param(
        "The council said the scheme in Hull paid for itself 10 times over.", [], id="idiom"
    ),
    pytest.param("One driver in Leeds was 14 times over the legal limit.", [], id="limit"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_times_over_a_span(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected
