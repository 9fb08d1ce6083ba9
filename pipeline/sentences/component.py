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
  an abbreviation ("Det. Insp.", "No. 4"; "no" before no figure is the answer ending
  its sentence, rule ``answer-no``) or an exclaimed name ("Stop It Now!");
- unspaced stop: a full stop a reprint printed with no space after it, between a
  lower-case word and a capitalised one ("were arrested.The raids"), ends a sentence,
  except after an abbreviation or inside a web or e-mail address ("www.Example.org").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from pressfacts.batching import BatchedStage
from pressfacts.doc_text import doc_text
from pressfacts.extensions import register_extensions
from pressfacts.lexicon.stops import is_initial, word_before_stop
from pressfacts.lexicon.text import FIGURE_ABBREVIATIONS

# a sentence mark and what closes with it, before space and a sentence opening: matches
# '.”' in 'act.” The' and '!' in 'Now! And'; not '.' in '£1.5m' or 'e.g. the'
# (a run of marks is tried from its first mark only: "......" is one try, not six; the
# pattern opens with the mark so that the scan skips to the next mark at C speed)
_TERMINAL = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"'”’)\]_*]*(?=\s+[\"'“‘(\[_*]*[A-Z0-9£])")
_LINE_BREAK = re.compile(r"\n")
# a full stop a reprint printed with no space after it: between a lower-case word and a
# capitalised one ("were arrested.The raids", "a dedicated team.We will")
# (the stop first, so the scan skips to each full stop at C speed)
_UNSPACED_STOP = re.compile(r"\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")
_NON_SPACE = re.compile(r"\S")
_START, _NOT_START = 1, -1
"""``SENT_START`` values: a token begins a sentence, or surely does not."""


@dataclass(frozen=True)
class Lists:
    """The word lists the keep rules read, compiled once."""

    abbreviations: frozenset[str] = frozenset()
    exclaimed_names: tuple[str, ...] = ()
    longest_name: int = 0


class Boundary:
    """A place a break rule would end a sentence: the mark at ``at``, the break at ``end``
    (one is made for every line break and sentence mark, so it has slots; the word
    before a full stop, read by two keep rules, is read once and kept)."""

    __slots__ = ("at", "end", "text", "word")

    def __init__(self, text: str, at: int, end: int) -> None:
        self.text, self.at, self.end = text, at, end
        self.word: str | bool | None = False  # False: not read yet


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
    if not text[after : after + 1].islower():
        return False  # most line breaks: a blank line or a capital next (no scan back)
    before = boundary.at
    while before > 0 and text[before - 1] in " \t\r":
        before -= 1
    if before > 0 and text[before - 1] == "\n":
        return False  # a blank line always ends the sentence (never scan back over it)
    last = text[before - 1] if before > 0 else ""
    return last not in '.!?:”"'


def _word_before_stop(boundary: Boundary) -> str | None:
    """:func:`~pressfacts.lexicon.stops.word_before_stop` of the boundary's full stop, read
    once per boundary (kept on it)."""
    if boundary.word is not False:
        return cast(str | None, boundary.word)
    boundary.word = word_before_stop(boundary.text, boundary.at)
    return cast(str | None, boundary.word)


def _unit_letter(boundary: Boundary) -> bool:
    """A single letter written against a number before the full stop ("passed 30C. Eight
    …", "a 10K. The", "30c. Then"): a figure's unit, not an initial nor an abbreviation
    ("c." for circa), so the stop ends the sentence (rule ``unit-letter-after-digit``)."""
    word = _word_before_stop(boundary)
    at = boundary.at - 1  # the letter
    return word is not None and len(word) == 1 and at > 0 and boundary.text[at - 1].isdigit()


def _initial(boundary: Boundary, lists: Lists) -> bool:
    """ "J. Smith": one capital letter before the full stop."""
    return is_initial(_word_before_stop(boundary)) and not _unit_letter(boundary)


def _abbreviation(boundary: Boundary, lists: Lists) -> bool:
    """ "Det. Insp.", "No. 4": a listed abbreviation before the full stop; "no" and "nos"
    only before a figure (:func:`_answer_no`)."""
    word = _word_before_stop(boundary)
    return (
        word is not None
        and word.lower() in lists.abbreviations
        and not _unit_letter(boundary)
        and not _answer_no(boundary, word)
    )


def _answer_no(boundary: Boundary, word: str) -> bool:
    """Rule ``answer-no``: "no." before a capital is the answer ending its sentence ("told
    to say no. A total of …"), not "No." (:data:`~pressfacts.lexicon.text.FIGURE_ABBREVIATIONS`,
    which only hold before a figure: "No. 10", "Nos. 4 and 5")."""
    if word.lower() not in FIGURE_ABBREVIATIONS:
        return False
    after = _NON_SPACE.search(boundary.text, boundary.end)
    return after is None or not after.group().isdigit()


def _exclaimed_name(boundary: Boundary, lists: Lists) -> bool:
    """ "Stop It Now! And": a name that ends in its own "!" or "?"."""
    text, at = boundary.text, boundary.at
    if text[at] not in "!?":
        return False
    tail = text[max(0, at + 1 - lists.longest_name) : at + 1].lower()
    return any(tail.endswith(name.lower()) for name in lists.exclaimed_names)


_ADDRESS_REACH = 80
"""How far back (characters) the word of a web address before a stop is read."""


def _web_address(boundary: Boundary, lists: Lists) -> bool:
    """ "www.Example.org", "gov.uk/Report": the stop is inside a web or e-mail address,
    whose word before it holds "/", "@", "www" or another full stop."""
    text, at = boundary.text, boundary.at
    start, floor = at, max(0, at - _ADDRESS_REACH)  # never a scan back over a long run
    while start > floor and not text[start - 1].isspace():
        start -= 1
    word = text[start:at]
    return "/" in word or "@" in word or "." in word or word.lower().startswith("www")


HARD_WRAPPED_LINE = KeepRule("hard-wrapped line", _hard_wrapped)
WEB_ADDRESS = KeepRule("web address", _web_address)
INITIAL = KeepRule("initial", _initial)
ABBREVIATION = KeepRule("abbreviation", _abbreviation)
EXCLAIMED_NAME = KeepRule("exclaimed name", _exclaimed_name)

BREAK_RULES: tuple[BreakRule, ...] = (
    BreakRule("line break", _LINE_BREAK, (HARD_WRAPPED_LINE,)),
    BreakRule("sentence mark", _TERMINAL, (INITIAL, ABBREVIATION, EXCLAIMED_NAME)),
    BreakRule("unspaced stop", _UNSPACED_STOP, (ABBREVIATION, WEB_ADDRESS)),
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
    return starts_with_lists(text, make_lists(abbreviations, exclaimed_names))


def make_lists(abbreviations: frozenset[str], exclaimed_names: tuple[str, ...]) -> Lists:
    """The word lists of the keep rules, built once (by the component, not per text)."""
    return Lists(
        abbreviations, exclaimed_names, max((len(name) for name in exclaimed_names), default=0)
    )


def starts_with_lists(text: str, lists: Lists) -> list[int]:
    """:func:`sentence_starts` with the word lists built already."""
    breaks: set[int] = set()
    for rule in BREAK_RULES:
        keeps = [keep.keeps for keep in rule.exceptions]
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            boundary = Boundary(text, start, end)
            for keep in keeps:
                if keep(boundary, lists):
                    break
            else:
                breaks.add(end)
    starts: list[int] = []
    scanned = -1  # white space before here was skipped already: each character once
    for position in sorted({0, *breaks}):
        if position <= scanned:
            continue  # inside a run of white space already skipped: the same start
        found = _NON_SPACE.search(text, position)  # \s is str.isspace, skipped in C
        position = found.start() if found else len(text)
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


class SentenceSplitter(BatchedStage):
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
        self.lists = make_lists(self.abbreviations, self.exclaimed_names)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token of ``doc``: each start marks the token it
        falls in, unless that token is white space; the first token always starts one.

        Each start finds its token by bisection over the token offsets (one
        ``Doc.to_array``), so no Token is made but for the starts; the values go in with
        one ``Doc.from_array`` (setting ``token.is_sent_start`` token by token makes
        spaCy check the whole Doc's annotation each time, quadratic in its length).
        """
        if not len(doc):
            return doc
        offsets = doc.to_array(IDX).tolist()
        values = numpy.full((len(doc), 1), _NOT_START, dtype=numpy.int64)
        values[0] = _START
        for start in starts_with_lists(doc_text(doc), self.lists):
            index = bisect_right(offsets, start) - 1  # the last token starting at or before
            token = doc[index]
            if start < offsets[index] + len(token) and not token.is_space:
                values[index] = _START
        doc.from_array([SENT_START], cast(Ints2d, values.astype(numpy.uint64)))
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
