"""Stage 1: sentence splitting robust to press-release layout.

Press releases mix headlines and list items without final punctuation, quotes whose
closing mark follows the full stop, abbreviated ranks ("Det. Insp."), markdown
underscores and brand names that end in "!" ("Stop it Now!"). The splitter works on
characters, so its rules read like the text, then marks the tokens.

| Requires | Assigns                      | Config                                               |
|----------|------------------------------|------------------------------------------------------|
| tokens   | ``Token.is_sent_start``      | ``abbreviations``: words a full stop does not end    |
|          |                              | ``exclaimed_names``: names whose "!" ends nothing   |

Rules, in order:
1. A blank line (paragraph break) always ends a sentence.
2. A single line break ends a sentence unless the next line starts in lower case
   (a hard-wrapped line goes on).
3. Inside a line, ``.``, ``!`` or ``?`` (with any closing quotes, brackets or
   underscores after it) followed by space and a capital, digit, opening quote,
   underscore or bracket ends a sentence, except after an abbreviation, an initial
   or a name that ends in the mark itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.extensions import register_extensions

_TERMINAL = re.compile(r"[.!?]+[\"'”’)\]_*]*(?=\s+[\"'“‘(\[_*]*[A-Z0-9£])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LINE_BREAK = re.compile(r"\n")


def _is_abbreviation(text: str, mark_at: int, abbreviations: frozenset[str]) -> bool:
    if text[mark_at] != ".":
        return False
    match = _WORD_BEFORE.search(text, 0, mark_at)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    return word.lower() in abbreviations


def _ends_with_name(text: str, mark_end: int, names: Iterable[str]) -> bool:
    return any(text.lower().endswith(name.lower(), 0, mark_end) for name in names)


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
    breaks: set[int] = set()
    for line_break in _LINE_BREAK.finditer(text):
        after = line_break.end()
        next_text = text[after:].lstrip(" \t")
        if next_text[:1].islower() and text[: line_break.start()].rstrip()[-1:] not in '.!?:”"':
            continue  # a hard-wrapped line goes on
        breaks.add(after)
    for terminal in _TERMINAL.finditer(text):
        mark_at = terminal.start()
        if _is_abbreviation(text, mark_at, abbreviations):
            continue
        if text[mark_at] in "!?" and _ends_with_name(text, mark_at + 1, exclaimed_names):
            continue
        breaks.add(terminal.end())
    starts: list[int] = []
    for position in sorted({0, *breaks}):
        while position < len(text) and text[position].isspace():
            position += 1
        if position < len(text) and (not starts or starts[-1] != position):
            starts.append(position)
    return starts


def sentence_spans(starts: list[int], text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` from start offsets, trailing white space trimmed."""
    if not starts:
        return []
    ends = [*starts[1:], len(text)]
    return [
        (start, start + len(text[start:end].rstrip()))
        for start, end in zip(starts, ends, strict=True)
    ]


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
        """Set ``is_sent_start`` on every token of ``doc`` (one pass over tokens and starts)."""
        starts = sentence_starts(doc.text, self.abbreviations, self.exclaimed_names)
        next_start = 0
        for index, token in enumerate(doc):
            token_end = token.idx + len(token)
            begins = False
            while next_start < len(starts) and starts[next_start] < token_end:
                begins = begins or starts[next_start] >= token.idx or index == 0
                next_start += 1
            token.is_sent_start = index == 0 or (begins and not token.is_space)
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
