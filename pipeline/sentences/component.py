"""Stage 1: sentence splitting robust to press-release layout.

Press releases mix headlines and list items without final punctuation, quotes whose
closing mark follows the full stop, abbreviated ranks ("Det. Insp."), markdown
underscores and brand names that end in "!" ("Stop it Now!"). The splitter works on
characters, so its rules read like the text, then marks the tokens.

| Requires | Assigns                      | Config                                               |
|----------|------------------------------|------------------------------------------------------|
| tokens   | ``Token.is_sent_start``      | ``abbreviations``: words a full stop does not end    |
|          |                              | ``exclaimed_names``: names whose "!" ends nothing   |

Rules as named data (:data:`BREAK_RULES`), each break rule with the keep rules that
are its exceptions:
- line break: a line break ends a sentence (a blank line always does), except a
  hard-wrapped line: the next line starts in lower case and the line before ends
  with no sentence mark;
- sentence mark: inside a line, ``.``, ``!`` or ``?`` (with any closing quotes,
  brackets or underscores after it) followed by space and a capital, digit, opening
  quote, underscore or bracket ends a sentence, except after an initial ("J. Smith"),
  an abbreviation ("Det. Insp.") or an exclaimed name ("Stop It Now!").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from pressfacts.extensions import register_extensions

# a sentence mark and what closes with it, before space and a sentence opening: matches
# '.”' in 'act.” The' and '!' in 'Now! And'; not '.' in '£1.5m' or 'e.g. the'
# (a run of marks is tried from its first mark only: "......" is one try, not six)
_TERMINAL = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]_*]*(?=\s+[\"'“‘(\[_*]*[A-Z0-9£])")
# the word before a full stop, dots included: matches 'Insp' in 'Det. Insp.', 'J' in 'J.'
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LINE_BREAK = re.compile(r"\n")
_WORD_REACH = 60
_START, _NOT_START = 1, -1
"""``SENT_START`` values: a token begins a sentence, or surely does not."""
"""Characters looked back for the word before a full stop (no abbreviation is longer)."""


@dataclass(frozen=True)
class Lists:
    """The word lists the keep rules read, compiled once."""

    abbreviations: frozenset[str] = frozenset()
    exclaimed_names: tuple[str, ...] = ()
    longest_name: int = 0


@dataclass(frozen=True)
class Boundary:
    """A place a break rule would end a sentence: the mark at ``at``, the break at ``end``."""

    text: str
    at: int
    end: int


@dataclass(frozen=True)
class KeepRule:
    """An exception: where ``keeps`` is true, the break rule does not end the sentence."""

    name: str
    keeps: Callable[[Boundary, Lists], bool]


@dataclass(frozen=True)
class BreakRule:
    """Where a sentence ends (``pattern``), unless one of its ``exceptions`` keeps it going."""

    name: str
    pattern: re.Pattern[str]
    exceptions: tuple[KeepRule, ...]


def _hard_wrapped(boundary: Boundary, lists: Lists) -> bool:
    """The next line starts in lower case and the line before ends with no sentence mark."""
    text, after = boundary.text, boundary.end
    while after < len(text) and text[after] in " \t":
        after += 1
    before = boundary.at
    while before > 0 and text[before - 1] in " \t\r":
        before -= 1
    if before > 0 and text[before - 1] == "\n":
        return False  # a blank line always ends the sentence (never scan back over it)
    last = text[before - 1] if before > 0 else ""
    return text[after : after + 1].islower() and last not in '.!?:”"'


def _word_before_stop(boundary: Boundary) -> str | None:
    if boundary.text[boundary.at] != ".":
        return None
    match = _WORD_BEFORE.search(boundary.text, max(0, boundary.at - _WORD_REACH), boundary.at)
    return match.group(1) if match else None


def _initial(boundary: Boundary, lists: Lists) -> bool:
    """ "J. Smith": one capital letter before the full stop."""
    word = _word_before_stop(boundary)
    return word is not None and len(word) == 1 and word.isupper()


def _abbreviation(boundary: Boundary, lists: Lists) -> bool:
    """ "Det. Insp.", "No. 4": a listed abbreviation before the full stop."""
    word = _word_before_stop(boundary)
    return word is not None and word.lower() in lists.abbreviations


def _exclaimed_name(boundary: Boundary, lists: Lists) -> bool:
    """ "Stop It Now! And": a name that ends in its own "!" or "?"."""
    text, at = boundary.text, boundary.at
    if text[at] not in "!?":
        return False
    tail = text[max(0, at + 1 - lists.longest_name) : at + 1].lower()
    return any(tail.endswith(name.lower()) for name in lists.exclaimed_names)


HARD_WRAPPED_LINE = KeepRule("hard-wrapped line", _hard_wrapped)
INITIAL = KeepRule("initial", _initial)
ABBREVIATION = KeepRule("abbreviation", _abbreviation)
EXCLAIMED_NAME = KeepRule("exclaimed name", _exclaimed_name)

BREAK_RULES: tuple[BreakRule, ...] = (
    BreakRule("line break", _LINE_BREAK, (HARD_WRAPPED_LINE,)),
    BreakRule("sentence mark", _TERMINAL, (INITIAL, ABBREVIATION, EXCLAIMED_NAME)),
)
"""Where sentences end, each with the exceptions that keep a sentence going."""


def sentence_starts(
    text: str,
    abbreviations: frozenset[str] = frozenset(),
    exclaimed_names: tuple[str, ...] = (),
) -> list[int]:
    """Character offsets where sentences start (the first non-space character of each).

    Args:
        text: the document text.
        abbreviations: lower-case words (without final stop) that a "." does not end.
        exclaimed_names: names ending in "!" or "?" whose mark does not end a sentence.
    """
    lists = Lists(
        abbreviations, exclaimed_names, max((len(name) for name in exclaimed_names), default=0)
    )
    breaks: set[int] = set()
    for rule in BREAK_RULES:
        for match in rule.pattern.finditer(text):
            boundary = Boundary(text, match.start(), match.end())
            if not any(keep.keeps(boundary, lists) for keep in rule.exceptions):
                breaks.add(match.end())
    starts: list[int] = []
    scanned = -1  # white space before here was skipped already: each character once
    for position in sorted({0, *breaks}):
        if position <= scanned:
            continue  # inside a run of white space already skipped: the same start
        while position < len(text) and text[position].isspace():
            position += 1
        scanned = position
        if position < len(text) and (not starts or starts[-1] != position):
            starts.append(position)
    return starts


def sentence_spans(starts: list[int], text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` from start offsets, white space trimmed at both ends.

    A stretch of white space alone (a part of a long document that is only blank
    lines) is no sentence.
    """
    if not starts:
        return []
    ends = [*starts[1:], len(text)]
    spans = []
    for start, end in zip(starts, ends, strict=True):
        sentence = text[start:end]
        stripped = sentence.strip()
        if stripped:
            start += len(sentence) - len(sentence.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


class SentenceSplitter:
    """Marks sentence starts on tokens from :func:`sentence_starts`."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        abbreviations: list[str],
        exclaimed_names: list[str],
    ) -> None:
        register_extensions()
        self.name = name
        self.abbreviations = frozenset(word.lower() for word in abbreviations)
        self.exclaimed_names = tuple(sorted(set(exclaimed_names), key=len, reverse=True))

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token of ``doc`` (one pass over tokens and starts).

        The values go in with one ``Doc.from_array``: setting ``token.is_sent_start``
        token by token makes spaCy check the whole Doc's annotation each time
        (quadratic in the length of the document).
        """
        starts = sentence_starts(doc.text, self.abbreviations, self.exclaimed_names)
        values = numpy.full(len(doc), _NOT_START, dtype=numpy.int64)
        next_start = 0
        for index, token in enumerate(doc):
            token_end = token.idx + len(token)
            begins = False
            while next_start < len(starts) and starts[next_start] < token_end:
                begins = begins or starts[next_start] >= token.idx or index == 0
                next_start += 1
            if index == 0 or (begins and not token.is_space):
                values[index] = _START
        if len(doc):
            column = cast(Ints2d, values.astype(numpy.uint64).reshape(-1, 1))
            doc.from_array([SENT_START], column)
        return doc


@Language.factory(
    "pressfacts_sentences",
    default_config={
        "abbreviations": {"@misc": "pressfacts.word_list.v1", "name": "abbreviations"},
        "exclaimed_names": {
            "@misc": "pressfacts.exclaimed_names.v1",
            "names": ["forces", "charities", "organisations"],
        },
    },
    assigns=["token.is_sent_start"],
)
def make_sentences(
    nlp: Language, name: str, abbreviations: list[str], exclaimed_names: list[str]
) -> SentenceSplitter:
    """Factory of the ``pressfacts_sentences`` component."""
    return SentenceSplitter(nlp, name, abbreviations=abbreviations, exclaimed_names=exclaimed_names)
