"""Text folding and sentence splitting for the scorer, as the contract's Scoring defines.

Names are folded for entity matching (case, punctuation, a leading "the"); quote
sentences are folded for quote matching (case, quote marks, dashes, underscores, white
space): both by the one text normaliser, ``pressfacts.lexicon.text``. Quote texts are
split into sentences by a small regex splitter of this module, not by the pipeline's
sentence stage, so the scorer measures that stage instead of sharing its errors.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.text import fold_name, fold_quote, squash_spaces

_SENTENCE_END = re.compile(r"""(?<=[.!?…])["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n+""")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "rev", "sgt", "insp", "supt", "det"}
    | {"cllr", "co", "ltd", "inc", "vs", "etc", "e.g", "i.e"}
)

# The folding is the one text normaliser's (pressfacts.lexicon.text); the contract's
# name for the quote folding is kept for callers of the evaluation API.
normalise_quote = fold_quote


def split_sentences(text: str) -> list[str]:
    """Split a quote into sentences: at . ! ? (and closing quotes) before a capital or
    digit, and at line breaks; common abbreviations (Mr., Dr., St.) do not end one.

    >>> split_sentences("We acted. Mr. Day agreed!\\nIt works")
    ['We acted.', 'Mr. Day agreed!', 'It works']
    """
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        last_word = candidate.rstrip(".!?…\"”’')]").rsplit(maxsplit=1)[-1:] or [""]
        if "\n" not in match.group() and last_word[0].casefold().strip(".") in _ABBREVIATIONS:
            continue
        pieces.append(candidate)
        start = match.end()
    pieces.append(text[start:])
    stripped = (piece.strip().strip("_").strip() for piece in pieces)
    return [piece for piece in stripped if any(ch.isalnum() for ch in piece)]


__all__ = ["fold_name", "normalise_quote", "split_sentences", "squash_spaces"]
