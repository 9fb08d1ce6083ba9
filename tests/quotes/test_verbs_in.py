"""Verbs of saying found in a stretch of text, entries of several words included.

The words are read from the lower-cased stretch; where they stand is read from the
text: the spans are those of the words in the text, whatever lower-casing does to its
other letters ("İ", the Kelvin sign).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.quotes.cues import Cues


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Inspector Ravi Kale went on to thank the crew.", ["went on"]),
        ("She pointed out the risks and added a caution.", ["pointed out", "added"]),
        ("He went home and said little.", ["said"]),  # "went" alone is no entry
        ("They Said so. SAYS who?", ["said", "says"]),
        ("Nobody spoke of it on the day.", []),
    ],
)
def test_verbs_in(nlp: Language, text: str, verbs: list[str]) -> None:
    """Each case: a text and the entries found in it, in order."""
    cues = nlp.get_pipe("pressfacts_quotes").cues
    assert [key for _, _, key in cues.verbs_in(text, 0, len(text))] == verbs


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("“Go,” SAID Ana Kale, who went on.", [(6, 10), (25, 32)]),
        ("\u0130nspector \u212aale said it.", [(15, 19)]),  # letters lower() lengthens or folds
        ("Léa’s team said: “Stop.”", [(11, 15)]),
    ],
)
def test_verbs_in_spans(nlp: Language, text: str, spans: list[tuple[int, int]]) -> None:
    cues = nlp.get_pipe("pressfacts_quotes").cues
    assert [(start, end) for start, end, _ in cues.verbs_in(text, 0, len(text))] == spans


_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _reference(cues: Cues, text: str) -> list[tuple[int, int, str]]:
    """Verbs of saying read word by word, each word lower-cased on its own."""
    words = list(_WORD.finditer(text))
    lowered = [word.group().lower() for word in words]
    found, index = [], 0
    while index < len(words):
        longest = cues.longest_verb if lowered[index] in cues.first_words else 1
        for size in range(min(longest, len(words) - index), 0, -1):
            key = " ".join(lowered[index : index + size])
            if key in cues.verbs:
                found.append((words[index].start(), words[index + size - 1].end(), key))
                index += size - 1
                break
        index += 1
    return found


_PIECES = ["said", "SAID", "went", "on", "pointed", "out", "added", " ", "\n", ", ", "’", "-",
           "\u0130", "\u212a", "\u00e9", "x", "2", "told", "reporters", "Says"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_verbs_in_reads_every_word_as_on_its_own(pieces: list[str]) -> None:
    cues = Cues(["said", "says", "went on", "pointed out", "added", "told reporters", "told"])
    text = "".join(pieces)
    assert cues.verbs_in(text, 0, len(text)) == _reference(cues, text)
