"""Qualifiers written after a figure (``qualifiers_after``; sentences invented)."""

from __future__ import annotations

import pytest

from pressfacts.statistics.qualifiers_after import QUALIFIERS_AFTER, qualifier_after

ROWS = [
    pytest.param(" a year or so.", ("approximately", 0), id="approximately"),
    pytest.param("-plus in cash", ("more than", 5), id="more than"),
    pytest.param("+ calls a week", ("more than", 1), id="more-than-sign"),
    pytest.param(" or more arrests", ("at least", 8), id="at least"),
    pytest.param(" arrests or more", ("at least", 0), id="at-least-after-noun"),
    # near misses: a second figure, a sum, "or more often"
    pytest.param(" or 60 arrests", (None, 0), id="two-figures"),
    pytest.param(" + 20 more", (None, 0), id="a-sum"),
    pytest.param(" calls or more often", (None, 0), id="or-more-often"),
]


def test_every_qualifier_after_has_a_row() -> None:
    assert {name for name, _ in QUALIFIERS_AFTER} <= {row.id for row in ROWS}


@pytest.mark.parametrize(("tail", "expected"), ROWS)
def test_qualifier_after(tail: str, expected: tuple[str | None, int]) -> None:
    assert qualifier_after(tail) == expected
