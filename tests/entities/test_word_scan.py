"""The whole-word scan finds exactly what the alternation of the words finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.entities.word_scan import whole_words


def alternation(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """The pattern the scan stands for, compiled the slow way."""
    pattern = re.compile(
        r"(?<![\w’'])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w’])"
    )
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Okafor said Okafor.", ["Okafor"], [(0, 6, "Okafor"), (12, 18, "Okafor")]),
        ("Okafors and MOkafor", ["Okafor"], []),  # inside longer words: not whole
        ("Okafor's view", ["Okafor"], [(0, 6, "Okafor")]),  # an apostrophe s may follow
        ("Okafor’s view", ["Okafor"], []),  # a curly one joins the word
        ("O'Neill met Neill", ["Neill", "O'Neill"], [(0, 7, "O'Neill"), (12, 17, "Neill")]),
        ("Lee-Hart and Lee", ["Lee", "Lee-Hart"], [(0, 3, "Lee"), (13, 16, "Lee")]),
        ("met (Vance) Vance", ["(Vance"], [(4, 10, "(Vance")]),  # rare first character
        ("nobody here", ["Okafor"], []),
        ("empty set", [], []),
        ("Ann Annan Ann", ["Ann", "Annan"], [(0, 3, "Ann"), (4, 9, "Annan"), (10, 13, "Ann")]),
        ("Annan", ["Ann", "Annan", "Anna"], [(0, 5, "Annan")]),
    ],
)
def test_whole_words(text: str, words: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert list(whole_words(text, words)) == expected
    if words:
        assert expected == alternation(text, words)


_ALPHABET = "abAB '’-(_1 .é"


@given(
    st.text(alphabet=_ALPHABET, max_size=40),
    st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=4),
)
def test_same_as_the_alternation(text: str, words: list[str]) -> None:
    assert list(whole_words(text, words)) == alternation(text, words)
