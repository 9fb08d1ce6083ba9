"""Words for the same kind of thing counted (read by the ``restated-noun`` merge)."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.count_synonyms import same_kind


@pytest.mark.parametrize(
    ("unit", "other", "expected"),
    [
        ("firearms", "guns", True),
        ("illegal firearms", "weapons", True),
        ("knives", "bladed articles", True),
        ("stolen vehicles", "cars", True),
        ("offences", "crimes", True),
        ("arrests", "arrests", True),
        # near misses: another thing, though a word is shared or close
        ("drones", "drone detection units", False),
        ("knives", "knife crime offences", False),
        ("guns", "people", False),
        ("calls", "officers", False),
    ],
)
def test_same_kind(unit: str, other: str, expected: bool) -> None:
    assert same_kind(unit, other) is expected
