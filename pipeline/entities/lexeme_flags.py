"""A token pattern's test on a word (a regex, a word list), read as a lexeme flag.

spaCy's Matcher runs ``{"TEXT": {"REGEX": r}}``, ``{"ORTH": {"IN": [...]}}`` and
``{"LOWER": {"NOT_IN": [...]}}`` as Python predicates, on every token of a window, for
every state of a match that reaches it: in the organisation rules they were most of the
entity stage's Matcher time. The answer depends on the word alone, so it can be a flag
of the word's lexeme instead (``Vocab.add_flag``): computed once per word the vocabulary
meets, and read by the Matcher in C. The flag is computed from the lexeme's text by the
same test the Matcher makes (``ORTH``/``TEXT`` the text, ``LOWER`` its lower case: a
token's ORTH and LOWER are its lexeme's), so a pattern matches exactly where it did.

Flags take free bits of ``FLAG19`` … ``FLAG63`` (spaCy's named flags end at 18), at
most :data:`MAX_FLAGS`: fewer than a rule table's distinct tests, so
:meth:`WordFlags.reserve` gives them to the tests the patterns use most; any other test
stays the Matcher's own predicate.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from spacy.vocab import Vocab

_FIRST_FREE_FLAG = 19
"""The first bit spaCy names ``FLAG19``: none of its own lexical attributes use it."""
_LAST_FLAG = 63
"""Lexeme flags are one 64-bit word."""
MAX_FLAGS = 16
"""Flags one :class:`WordFlags` takes at most. Each costs a Python call for every word the
vocabulary meets (about 12,500 at start, and each new word of a release): the 16 tests
used most gave nearly all the gain (entity stage CPU on the eval texts: no flags 7.96 s,
8 flags 7.23 s, 16 flags 7.10 s, 46 flags 7.05 s, the last costing 0.2 s more at start)."""
WORD_READINGS: dict[str, Callable[[str], str]] = {
    "TEXT": str,
    "ORTH": str,
    "LOWER": str.lower,
}
"""Token attributes a flag can stand for: how each reads the lexeme's text (NORM is left
to the Matcher: a tokenizer exception may give a token a norm its lexeme has not)."""
WORD_TESTS = frozenset({"REGEX", "IN", "NOT_IN"})
"""The Matcher's tests of a value that a flag can answer (all of those given must hold)."""

TestKey = tuple[str, str]
"""A test as (reading, its JSON): ``TEXT`` and ``ORTH`` read the same text."""


def test_key(attr: str, test: Any) -> TestKey | None:
    """The key of a token's test on ``attr`` that a flag can stand for, else None."""
    if attr not in WORD_READINGS or not isinstance(test, dict) or not test:
        return None
    if not set(test) <= WORD_TESTS:
        return None
    reading = "LOWER" if attr == "LOWER" else "ORTH"
    return reading, json.dumps(test, sort_keys=True, ensure_ascii=False)


def word_test(reading: str, test: dict[str, Any]) -> Callable[[str], bool]:
    """The test as a function of a lexeme's text: what the Matcher's predicates answer."""
    read = WORD_READINGS[reading]
    search = re.compile(test["REGEX"]).search if "REGEX" in test else None
    inside = frozenset(test["IN"]) if "IN" in test else None
    outside = frozenset(test.get("NOT_IN", ()))

    def holds(text: str) -> bool:
        value = read(text)
        if inside is not None and value not in inside:
            return False
        if value in outside:
            return False
        return search is None or search(value) is not None

    return holds


class WordFlags:
    """Word tests of token patterns rewritten as flag tokens, one flag per test per vocab."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._flags: dict[TestKey, str] = {}

    def reserve(self, tokens: Iterable[dict[str, Any]]) -> None:
        """Give the free flags to the word tests of ``tokens`` (every token of every
        pattern to come), the most used first (ties: the first met); the rest stay
        predicates."""
        uses: Counter[TestKey] = Counter()
        for token in tokens:
            uses.update(key for attr, test in token.items() if (key := test_key(attr, test)))
        for key, _ in uses.most_common():
            if key not in self._flags and not self._add_flag(key):
                return

    def token(self, token: dict[str, Any]) -> dict[str, Any]:
        """``token`` with each reserved word test written as its flag (``{"FLAG19":
        True}``); other tests and attributes as they are."""
        rewritten: dict[str, Any] = {}
        for attr, test in token.items():
            key = test_key(attr, test)
            flag = self._flags.get(key) if key else None
            if flag is None:
                rewritten[attr] = test
            else:
                rewritten[flag] = True
        return rewritten

    def _add_flag(self, key: TestKey) -> bool:
        """A flag for ``key`` on the first free bit; False past :data:`MAX_FLAGS` or
        when no bit is free."""
        if len(self._flags) >= MAX_FLAGS:
            return False
        taken = self._vocab.lex_attr_getters  # type: ignore[attr-defined]  # not in the stubs
        bit = next((b for b in range(_FIRST_FREE_FLAG, _LAST_FLAG + 1) if b not in taken), None)
        if bit is None:
            return False
        reading, test = key
        self._vocab.add_flag(word_test(reading, json.loads(test)), flag_id=bit)
        self._flags[key] = f"FLAG{bit}"
        return True
