"""The sentence splitter's scans equal the plain patterns they replace (written for speed:
the mark first so the scan skips to it; the word before a stop read backwards)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.sentences.component import _TERMINAL, Boundary, _word_before_stop

# the plain forms: a mark not after a mark, then the rest; the word as a search
PLAIN_TERMINAL = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]_*]*(?=\s+[\"'“‘(\[_*]*[A-Z0-9£])")
PLAIN_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _plain_word(text: str, at: int) -> str | None:
    if text[at] != ".":
        return None
    match = PLAIN_WORD_BEFORE.search(text, max(0, at - 60), at)
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("text", "at", "word"),
    [
        ("Det. Insp. Hale", 9, "Insp"),
        ("Det. Insp. Hale", 3, "Det"),
        ("said J. Hale", 6, "J"),
        ("e.g. the", 3, "e.g"),
        ("£1.5m. Then", 5, "m"),
        ("... . Then", 4, None),
        ("word! Then", 4, None),
        ("x" * 70 + ". Then", 70, "x" * 60),
    ],
)
def test_word_before_stop(text: str, at: int, word: str | None) -> None:
    """Each case: a text, the offset of a mark, the word the keep rules read before it."""
    assert _word_before_stop(Boundary(text, at, at + 1)) == word


@given(st.text(alphabet='aZ.!? \n"”_1', max_size=40))
def test_terminal_scan_equals_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in _TERMINAL.finditer(text)] == [
        m.span() for m in PLAIN_TERMINAL.finditer(text)
    ]


@given(st.text(alphabet="aZ. !1", min_size=1, max_size=80), st.integers(min_value=0))
def test_word_before_stop_equals_the_plain_search(text: str, seed: int) -> None:
    at = seed % len(text)
    assert _word_before_stop(Boundary(text, at, at + 1)) == _plain_word(text, at)
