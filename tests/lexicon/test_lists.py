"""The one table of list markers (``pressfacts.lexicon.lists``): what opens a list line and
what does not; lines invented for these tests."""

from __future__ import annotations

import re

import pytest

from pressfacts.lexicon.lists import BULLET, LIST_MARKER

_ITEM = re.compile(rf"{LIST_MARKER}\s")
_BULLETED = re.compile(rf"{BULLET}\s")


@pytest.mark.parametrize(
    ("line", "item", "bulleted"),
    [
        ("- 40 arrests in Hull", True, True),
        ("• 12 charges", True, True),
        ("▪ Swindon: 67", True, True),
        ("● Wrexham – 19", True, True),
        ("◦ 3 seizures", True, True),
        ("– Bath: 210", True, True),
        ("* 5 warrants", True, True),
        ("1. 3 seizures", True, False),
        ("12) Stockport", True, False),
        ("(a) a new hub in Crewe", True, False),
        # near misses: a figure, a word, a date, a label
        ("2,104 people were stopped", False, False),
        ("-based officers", False, False),
        ("2025. The force", False, False),
        ("Note: 12 cases", False, False),
        ("(ab) not a marker", False, False),
    ],
)
def test_list_markers(line: str, item: bool, bulleted: bool) -> None:
    assert (bool(_ITEM.match(line)), bool(_BULLETED.match(line))) == (item, bulleted)
