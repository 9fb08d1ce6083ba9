"""Text ends read from the end give what the end-anchored patterns they replace give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.entities.text_ends import without_possessive_tail

POSSESSIVE_TAIL = re.compile(r"\s*(?:[’']s?)?\s*$")
"""The pattern :func:`without_possessive_tail` stands for."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police’s ", "Kent Police"),
        ("Barnardo's\n", "Barnardo"),
        ("the Harbour Trust' ", "the Harbour Trust"),
        ("said Detective ", "said Detective"),
        ("\n\n", ""),
        ("Jones’s’", "Jones’s"),
        ("Kent ’ s", "Kent ’ s"),
        ("", ""),
    ],
)
def test_possessive_tail_cut(text: str, expected: str) -> None:
    """Each text: the words left before its possessive ending."""
    assert without_possessive_tail(text) == expected == POSSESSIVE_TAIL.sub("", text)


@given(st.text(alphabet=" \t\n\r\x0b\x1c\u00a0\u2028’'sSa.", max_size=12))
def test_possessive_tail_as_the_pattern(text: str) -> None:
    """Any text of spaces, apostrophes and letters: as the pattern's substitution."""
    assert without_possessive_tail(text) == POSSESSIVE_TAIL.sub("", text)
