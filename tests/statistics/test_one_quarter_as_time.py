"""One quarter of a year as time, not a share (exclusion ``one-quarter-as-time``): "a drop of
this size over one quarter is welcome", "in a single quarter"; a share stays a figure ("over
one quarter were children", "rose by over one quarter", "in one quarter of cases"). Every
sentence is invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures

CASES: list[tuple[str, list[float]]] = [
    ("A drop of this size over one quarter is welcome, the inspector said.", []),
    ("A rise like that across one quarter would worry any force.", []),
    ("Thefts of tractors in a single quarter reached 40.", [40]),
    ("Plant thefts within a single quarter had never been so high.", []),
    ("The fall during one quarter alone was striking.", []),
    # near misses: a share of a whole stays a figure
    ("Over one quarter were children, Kent Police said.", [25]),
    ("The charity said over one quarter of calls were about scams.", [25]),
    ("Calls rose by over one quarter last year.", [25]),
    ("Victims in one quarter of cases were over 70.", [25]),
    ("Thefts fell, and over one quarter were from lay-bys.", [25]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_quarter_as_time(text: str, expected: list[float]) -> None:
    assert [round(value, 1) for _, _, value, _, _ in candidate_figures(text)] == expected
