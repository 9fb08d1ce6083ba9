"""A token pattern's regular expression on a word's text, as a lexeme flag of the vocab.

spaCy's Matcher tests ``{"TEXT": {"REGEX": r}}`` by calling the regex from Python on
every token of a window, once per call. The answer depends on the word alone, so it can
be a flag of the word's lexeme instead (``Vocab.add_flag``): computed once per word the
vocabulary meets, and read by the Matcher in C. The flag is set by the same search on
the same text (a lexeme's text is its tokens' text), so a pattern matches exactly where
it did. Flags take bits ``FLAG19``… (spaCy's named flags end at 18).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.vocab import Vocab

_FIRST_FREE_FLAG = 19
"""The first bit spaCy names ``FLAG19``: none of its own lexical attributes use it."""


class RegexFlags:
    """Regex-on-text tokens rewritten as flag tokens, one flag per regex per vocab."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._flags: dict[str, str] = {}

    def token(self, token: dict[str, Any]) -> dict[str, Any]:
        """``token`` with a ``TEXT`` (or ``ORTH``) test that is a regex alone written as
        its flag (``{"FLAG19": True}``); any other token as it is."""
        for attr in ("TEXT", "ORTH"):
            test = token.get(attr)
            if isinstance(test, dict) and set(test) == {"REGEX"}:
                rewritten = {key: value for key, value in token.items() if key != attr}
                rewritten[self._flag(test["REGEX"])] = True
                return rewritten
        return token

    def _flag(self, regex: str) -> str:
        name = self._flags.get(regex)
        if name is None:
            taken = self._vocab.lex_attr_getters  # type: ignore[attr-defined]  # not in the stubs
            bit = next(bit for bit in range(_FIRST_FREE_FLAG, 64) if bit not in taken)
            search = re.compile(regex).search
            self._vocab.add_flag(lambda text: search(text) is not None, flag_id=bit)
            name = self._flags[regex] = f"FLAG{bit}"
        return name
