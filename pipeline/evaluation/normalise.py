"""Text folding and sentence splitting for the scorer, as the contract's Scoring defines.

Names are folded for entity matching (case, punctuation, a leading "the"); quote
sentences are folded for quote matching (case, quote marks, dashes, underscores, white
space). Quote texts are split into sentences by a small regex splitter of this module,
not by the pipeline's sentence stage, so the scorer measures that stage instead of
sharing its errors.
"""

from __future__ import annotations

import re

_PUNCT = re.compile(r"[^\w\s]|_")
_APOSTROPHES = re.compile(r"['’‘`]")
_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›'‘’‚‛`´]")
_DASHES = re.compile(r"[-‐‑‒–—―−]+")
_SENTENCE_END = re.compile(r"""(?<=[.!?…])["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n+""")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "rev", "sgt", "insp", "supt", "det"}
    | {"cllr", "co", "ltd", "inc", "vs", "etc", "e.g", "i.e"}
)


def squash_spaces(text: str) -> str:
    """Every run of white space as one space, ends stripped."""
    return _SPACES.sub(" ", text).strip()


def fold_name(name: str) -> str:
    """Fold a name for comparison: case-folded, punctuation removed, leading "the" removed.

    Apostrophes vanish (``Barnardo's`` → ``barnardos``); other punctuation becomes a
    space, so ``North-West`` and ``North West`` fold alike.

    >>> fold_name("The Lucy Faithfull Foundation")
    'lucy faithfull foundation'
    >>> fold_name("Stop it Now!")
    'stop it now'
    """
    text = _APOSTROPHES.sub("", name.casefold())
    text = _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def normalise_quote(text: str) -> str:
    """Fold a quote sentence: case, quote marks, dashes, underscores and white space.

    >>> normalise_quote("  “We’re   here — _always_.” ")
    "we're here - always."
    """
    text = text.casefold().replace("_", "")
    text = _QUOTE_MARKS.sub(lambda m: "'" if m.group() in "'‘’‚‛`´" else '"', text)
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip()
    return text.replace('"', "").strip()


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
