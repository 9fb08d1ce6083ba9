"""A part of a total owned by a possessive determiner ("412 of its 1,870 arrests", "96 of
our 120 calls") counts the noun after the total, as "8 of the 10 targets" does; "their own"
counts nothing ("lost three of their own": no noun). Phrases invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.units import noun_after


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" of its 1,870 arrests in 2024", "arrests"),
        (" of our 120 calls were answered", "calls"),
        (" of their 45 cases", "cases"),
        (" of his victims came forward", "victims"),
        (" of her patients", "patients"),
        # near misses: the determiner's own noun is no unit; "of the" as before
        (" of their own.", None),
        (" of the 10 targets", "targets"),
        (" officers had their own cars", "officers"),
    ],
)
def test_possessive_partitive_counts_the_noun_after(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit
