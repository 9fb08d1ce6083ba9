"""The one text normaliser: how quote texts and names are folded for comparison.

Two callers compare texts and must agree on what "the same words" means:

- the evaluation folds a quote sentence as the contract's Scoring section says
  (case-folded; quote marks, dashes, underscores and white space folded), then compares
  with ``fuzz.ratio``: :func:`fold_quote`;
- quote deduplication (``pressfacts.knowledge.quote_merge``) folds further, to word
  level, before it hashes shingles and the quote id: :func:`quote_key` is
  :func:`fold_quote` of the NFKC form, then apostrophes, asterisks and every other
  punctuation mark dropped or spaced, then British/American spelling folded
  (:data:`SPELLING_RULES`).

Names are folded by :func:`fold_name` (the contract's entity matching).
The character classes are written once here; every step is a named entry.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Single quote marks and apostrophes, which fold to "'": "it’s" and "it's" agree.
SINGLE_MARKS = "'‘’‚‛`´"
# Double quote marks and guillemets, which are dropped.
DOUBLE_MARKS = '"“”„‟«»‹›'

_QUOTE_MARKS = re.compile(f"[{re.escape(SINGLE_MARKS + DOUBLE_MARKS)}]")
# A run of hyphens, dashes or minus signs ("—", "--", "−"), folded to one "-".
DASHES = "-‐‑‒–—―−"
_DASHES = re.compile(f"[{re.escape(DASHES)}]+")
# For names: apostrophes vanish ("Barnardo’s" -> "barnardos"), other marks space out.
_NAME_APOSTROPHES = re.compile(r"['’‘`]")
_NAME_PUNCT = re.compile(r"[^\w\s]|_")
# For quote keys: a word is a run of word characters (every other mark parts words);
# in ASCII text, each of those other marks a space then a split finds the same runs.
_KEY_WORD = re.compile(r"\w+")
_ASCII_WORD = {chr(code) for code in range(128) if chr(code).isalnum() or chr(code) == "_"}
_ASCII_WORD |= {chr(code) for code in range(128) if chr(code).isspace()}
# a bytes.translate table (a look-up per character; str.translate looks in a dict)
_ASCII_MARKS = bytes(
    code if code > 127 or chr(code) in _ASCII_WORD else ord(" ") for code in range(256)
)
# ASCII text from end to end: what fold_quote and quote_key drop ("_", quote marks and
# apostrophes, "*"), and the table that lower-cases and spaces out every other mark
_ASCII_DROPPED = b"_'`\"*"
_ASCII_KEY = bytes(code | 32 if 65 <= code <= 90 else code for code in range(256))
_ASCII_KEY = _ASCII_KEY.translate(_ASCII_MARKS)


@dataclass(frozen=True)
class SpellingRule:
    """One British/American spelling fold, applied to case-folded words.

    ``pattern`` matches the variant; ``replacement`` writes the folded form.
    """

    name: str
    pattern: re.Pattern[str]
    replacement: str


SPELLING_RULES: tuple[SpellingRule, ...] = (
    # "organized", "organizing" -> "organised"...; not "size" (stem under 2 letters)
    SpellingRule(
        "ize-ise", re.compile(r"(\w{2,})i([zs])(e|es|ed|ing|ation|ations|er|ers)\b"), r"\1is\3"
    ),
    # "analyze", "analyzed" -> "analyse"...; not "yes"
    SpellingRule("yze-yse", re.compile(r"(\w{2,})y([zs])(e|es|ed|ing)\b"), r"\1ys\3"),
    # "behaviour", "colours", "favourite" -> "behavior"...; not "our", "hour"
    SpellingRule(
        "our-or", re.compile(r"(\w{3,})our(s|ed|ing|ite|ites|able|ably|ful)?\b"), r"\1or\2"
    ),
    # "centre", "theatres" -> "center"...; not "tree"
    SpellingRule("tre-ter", re.compile(r"(\w{3,})tre(s)?\b"), r"\1ter\2"),
    # "offence", "licences" -> "offense"...; not "fence", "silence"
    SpellingRule("ence-ense", re.compile(r"\b(off|def|lic|pret)ence(s)?\b"), r"\1ense\2"),
    # "programme(s)" -> "program(s)"
    SpellingRule("programme-program", re.compile(r"\bprogramme(s)?\b"), r"program\1"),
)


def squash_spaces(text: str) -> str:
    """Every run of white space as one space, ends stripped.

    ``str.split`` and ``\\s`` agree on what white space is (every code point checked),
    so this is ``re.sub(r"\\s+", " ", text).strip()``, without a replacement per run."""
    return " ".join(text.split())


def fold_quote(text: str) -> str:
    """Fold a quote as the contract's Scoring says: case, quote marks, dashes,
    underscores and white space.

    >>> fold_quote("  “We’re   here — _always_.” ")
    "we're here - always."
    """
    text = text.casefold().replace("_", "")
    text = _QUOTE_MARKS.sub(lambda m: "'" if m.group() in SINGLE_MARKS else '"', text)
    if any(dash in text for dash in DASHES):  # a plain search is cheaper than a sub
        text = _DASHES.sub("-", text)
    return squash_spaces(text.replace('"', ""))  # marks out first: "0 « 0" is "0 0"


def fold_spelling(text: str) -> str:
    """Apply every :data:`SPELLING_RULES` entry in turn to case-folded text."""
    for rule in SPELLING_RULES:
        text = rule.pattern.sub(rule.replacement, text)
    return text


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """:func:`fold_spelling` of one word, cached: a corpus repeats a small vocabulary."""
    return fold_spelling(word)


def quote_key(text: str) -> str:
    """Fold a quote to its words for deduplication and the quote id.

    :func:`fold_quote` of the NFKC form, then apostrophes and asterisks dropped
    ("it’s" -> "its"), every other mark (dashes included) a space, spelling folded.

    >>> quote_key("“Behaviour” — it’s organized!")
    'behavior its organised'
    """
    return " ".join(quote_words(text))


def quote_words(text: str) -> list[str]:
    """The words :func:`quote_key` joins by spaces. Each is the object the fold's cache
    holds for that word, so a caller hashing them hashes each distinct word once."""
    # the runs of word characters are the words left when every other mark is a space
    # and white space splits them; every spelling rule matches inside one word (a run
    # of \w between \b) and keeps it one word: folding word by word is the same as
    # folding the text, and each distinct word is folded once
    if text.isascii():  # NFKC and fold_quote in one table: case, marks dropped or spaced
        ascii_text = text.encode("ascii").translate(_ASCII_KEY, _ASCII_DROPPED)
        return list(map(_fold_word, ascii_text.decode("ascii").split()))
    # what fold_quote leaves of apostrophes, and emphasis asterisks, are dropped
    folded = fold_quote(unicodedata.normalize("NFKC", text)).replace("'", "").replace("*", "")
    if folded.isascii():  # bytes.translate: a table look-up per character
        words = folded.encode("ascii").translate(_ASCII_MARKS).decode("ascii").split()
    else:
        words = _KEY_WORD.findall(folded)
    return list(map(_fold_word, words))


def fold_name(name: str) -> str:
    """Fold a name for comparison: case-folded, punctuation removed, leading "the" removed.

    Apostrophes vanish (``Barnardo's`` → ``barnardos``); other punctuation becomes a
    space, so ``North-West`` and ``North West`` fold alike.

    >>> fold_name("The Lucy Faithfull Foundation")
    'lucy faithfull foundation'
    """
    text = _NAME_APOSTROPHES.sub("", name.casefold())
    text = squash_spaces(_NAME_PUNCT.sub(" ", text))
    return text[4:] if text.startswith("the ") else text


_DIGIT_NEXT = re.compile(r"\s*\d")
"""A figure next, past white space: what "No." abbreviates before ("No. 10")."""
_SENTENCE_END = re.compile(
    r"""(?<=[.!?…])["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])|(?<![^\W_])(?<![ \t])\n+|\n(?:[ \t]*\n)+"""
)
"""Where a quote's sentence ends: a sentence mark before a capital or digit; a line break
after punctuation ("… this means,\\nSome of it …", a paragraph of the quote); a blank
line. Not a line break right after a word: a hard-wrapped line goes on ("… by the
National Crime\\nAgency and …")."""
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "prof", "rev", "sgt", "insp", "supt", "det"}
    | {"cllr", "co", "ltd", "inc", "vs", "etc", "e.g", "i.e"}
)
FIGURE_ABBREVIATIONS = frozenset({"no", "nos"})
"""Abbreviations that only hold before a figure ("No. 10", "Nos. 4 and 5"): before a
capital the word is the answer "no" ending its sentence ("… too scared to say no. A real
officer …")."""


def split_sentences(text: str) -> list[str]:
    """Split a quote into sentences: at . ! ? (and closing quotes) before a capital or
    digit, and at line breaks that do not wrap a line (:data:`_SENTENCE_END`); common
    abbreviations (Mr., Dr., St.) do not end one.

    >>> split_sentences("We acted. Mr. Day agreed!\\nIt works")
    ['We acted.', 'Mr. Day agreed!', 'It works']
    """
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        last_word = candidate.rstrip(".!?…\"”’')]").rsplit(maxsplit=1)[-1:] or [""]
        word = last_word[0].casefold().strip(".")
        if "\n" not in match.group() and (
            word in _ABBREVIATIONS
            or (word in FIGURE_ABBREVIATIONS and _DIGIT_NEXT.match(text, match.end()))
        ):
            continue
        pieces.append(candidate)
        start = match.end()
    pieces.append(text[start:])
    stripped = (piece.strip().strip("_").strip() for piece in pieces)
    return [piece for piece in stripped if any(ch.isalnum() for ch in piece)]
