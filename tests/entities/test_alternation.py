"""The trie alternation matches exactly what the longest-first plain alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.entities.alternation import trie_alternation


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    bounded = re.compile(rf"(?<![\w’'])(?:{pattern})(?![\w’])")
    return [match.span() for match in bounded.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["chief", "chief inspector"], "Chief Inspector Lee", ["chief inspector"]),
        (["chief", "chief inspector"], "chief inspectors", ["chief"]),  # the longer one fails
        (["dc", "dci", "dcs"], "dci dcs dc dcx", ["dci", "dcs", "dc"]),
        (["head of", "head"], "the head of unit", ["head of"]),
        (["a.b", "a"], "a.b a-b", ["a.b", "a"]),
        ([], "anything", []),
    ],
)
def test_trie_alternation_finds_the_longest_word(
    words: list[str], text: str, expected: list[str]
) -> None:
    """Each case: the words, a text, the words found (case-insensitively)."""
    pattern = trie_alternation(words)
    found = [text[start:end].lower() for start, end in _spans(f"(?i:{pattern})", text)]
    assert found == expected


@given(
    st.lists(st.text(alphabet="ab .", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="ab .x", max_size=30),
)
def test_trie_alternation_equals_the_plain_alternation(words: list[str], text: str) -> None:
    """Any words, any text: the same matches, in the same places."""
    assert _spans(trie_alternation(words), text) == _spans(_plain(words), text)


def test_the_title_pattern_matches_as_before(nlp: Language) -> None:
    """The real title table: its trie finds what the plain alternation finds."""
    table = nlp.get_pipe("pressfacts_entities").people.table
    folded = _plain(list(table.folded))
    plain = f"(?:(?i:{folded})|{_plain(list(table.exact))})"
    text = (
        "Det Supt Ana Ruiz, the Acting Chief Constable and DCI Bo Lim met the chief "
        "executive, a PCSO, the Police and Crime Commissioner's deputy and Insp. Kay Oduya."
    )
    assert _spans(table.pattern, text) == _spans(plain, text)
    assert len(_spans(plain, text)) >= 5


@given(
    st.lists(st.text(alphabet="ab .", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="aAbB .x", max_size=30),
)
def test_trie_backtracks_like_the_plain_alternation(words: list[str], text: str) -> None:
    """Case-insensitive and followed by more pattern (a shorter word must be tried when
    the longer one leaves nothing for the rest): still the same matches."""
    trie, plain = (rf"(?i:{p})[ ]?b\." for p in (trie_alternation(words), _plain(words)))
    assert [m.span() for m in re.finditer(trie, text)] == [
        m.span() for m in re.finditer(plain, text)
    ]
