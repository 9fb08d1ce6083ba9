"""Word lists ordered for a regular expression's alternation, the same in every process.

Why: an alternation tries its words in order, so a word that starts a longer one must
come after it ("increase" after "increased by"): the words go longest first. Among words
of one length the order changes no match, but a set's own order changes with Python's
hash seed from one process to the next, and a pattern written differently is another key
of the regex cache (:mod:`pressfacts.regex_cache`): compiled again and the cache file
written again at every start. So ties go alphabetically.
"""

from __future__ import annotations

from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> list[str]:
    """``words``, each once, longest first and alphabetically among equals."""
    return sorted(set(words), key=lambda word: (-len(word), word))
