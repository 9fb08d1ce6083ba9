"""Stage 3: quotes, found by their marks, told apart from scare quotes, attributed.

Press releases quote people at length, and real pages break the markup: quotes run
over several paragraphs where each paragraph opens with a mark and only the last
closes; markdown italics wrap them in underscores (``_“…”_``); straight and curly
marks mix; a closing or opening mark goes missing. The algorithm works per paragraph
so that one unbalanced mark never swallows the rest of the document.

| Requires                  | Assigns                     | Config                               |
|---------------------------|-----------------------------|--------------------------------------|
| ``doc.spans["entities"]`` | ``doc._.quotes``: a list of | ``speech_verbs``, ``gendered_words``, |
| ``doc._.entity_info``     | :class:`QuoteFinding`       | ``speaker_nouns``, ``end_markers``,  |
|                           |                             | ``organisation_references``,         |
|                           |                             | ``non_speech_cues``: word lists;     |
|                           |                             | ``min_speech_words``: int            |

Extraction, in order:
1. Paragraphs are lines (a line starting in lower case goes on the one before); the
   text stops at an end marker ("ENDS", "Notes to editors").
2. Marks: curly and straight double quotes; single quotes unless they are apostrophes
   (a mark between letters, "don’t", "Constabulary’s"); a straight mark opens after
   space or punctuation and closes after a word.
3. Pairing per paragraph. A paragraph that ends inside a quote leaves the passage
   open; the next paragraph continues it only if it opens with a mark (or closes one
   it never opened); otherwise the passage ended with its paragraph. An unclosed mark
   in the middle of a sentence (not after "said:", a comma or a sentence end) is a
   stray and is dropped. A closing mark with no opening one, followed by a verb of
   saying, quotes its paragraph from the start.
4. Split quotes (``“…,” said X. “…”``) join into one passage.
5. Runs are trimmed of white space, underscores, asterisks and marks.
6. Speech or not: a passage of several paragraphs is speech; a title-cased phrase or
   one after "so-called"/"called" is not; otherwise a passage with a cue of saying
   next to it is speech (inside a sentence only from four words up), and so is a
   passage standing as its own sentence of ``min_speech_words`` words or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.extensions import ENTITY_SPAN_GROUP, register_extensions
from pressfacts.findings import QuoteFinding
from pressfacts.quotes.attribution import (
    CUED_RULES,
    Attribution,
    Cues,
    EntityMention,
    PassageContext,
    SpeakerContext,
    attribute,
    ends_with_lead,
    has_cue_after,
    person_genders,
)

_OPEN_DOUBLE = "“„"
_CLOSE_DOUBLE = "”"
_MARK_CHARS = "“”„\"‘’'"
_TRIM = " \t\n_*" + _MARK_CHARS
_LEFT_CONTEXT = " \t\n([_*—–-/" + _MARK_CHARS
_LINE = re.compile(r"[^\n]+")
_WORDS = re.compile(r"[^\W_][\w’'-]*")
_INLINE_MIN_WORDS = 4
_TITLE_MAX_WORDS = 8
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


@dataclass(frozen=True)
class Mark:
    """A quote mark at ``at``: ``role`` "open" or "close", ``kind`` "double" or "single"."""

    at: int
    role: str
    kind: str


@dataclass
class _Run:
    start: int
    end: int
    open_at: int | None
    close_end: int | None
    paragraph: int


@dataclass
class Passage:
    """One quoted passage: its runs of words and the paragraphs around it."""

    runs: list[tuple[int, int]]
    first_paragraph: int
    last_paragraph: int
    head: tuple[int, int]
    tails: list[tuple[int, int]] = field(default_factory=list)
    previous_paragraph: tuple[int, int] | None = None
    next_paragraph: tuple[int, int] | None = None

    def context(self) -> PassageContext:
        """The passage as the attribution rules see it."""
        return PassageContext(
            tuple(self.runs),
            self.head,
            tuple(self.tails),
            self.previous_paragraph,
            self.next_paragraph,
        )


# -- paragraphs and marks --------------------------------------------------------------


def paragraphs(text: str, end_markers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Paragraph spans: lines, a line starting in lower case joined to the one before.

    Stops before the first line that is an end marker ("ENDS", "Notes to editors").
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if is_end_marker(text[start:end], end_markers):
            break
        if spans and text[start].islower() and text.count("\n", spans[-1][1], start) == 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def is_end_marker(line: str, end_markers: frozenset[str]) -> bool:
    """Whether ``line`` ends the release ("ENDS", "- ends -", "Notes to editors: …")."""
    words = re.sub(r"[^a-z ]+", " ", line.lower().replace("’", "").replace("'", "")).split()
    key = " ".join(words)
    if key in end_markers:
        return True
    return any(" " in marker and key.startswith(marker + " ") for marker in end_markers)


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """Quote marks in ``text[start:end]``, apostrophes left out."""
    marks: list[Mark] = []
    single_open = False
    for index in range(start, end):
        char = text[index]
        if char not in _MARK_CHARS:
            continue
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < end else " "
        if char in "’'" and not single_open and _plural_possessive(text, index, end):
            continue  # "the Chiefs' Council", "parents’ group": no single quote is open
        mark = _classify_mark(index, char, before, after)
        if mark:
            marks.append(mark)
            if mark.kind == "single":
                single_open = mark.role == "open"
    return marks


def _plural_possessive(text: str, index: int, end: int) -> bool:
    """A mark after a plural "s" and before another word ("Chiefs' Council")."""
    following = text[index + 1 : min(end, index + 3)]
    return (
        index > 0
        and text[index - 1] == "s"
        and len(following) == 2
        and following[0] == " "
        and following[1].isalnum()
    )


def _classify_mark(index: int, char: str, before: str, after: str) -> Mark | None:
    if char in _OPEN_DOUBLE:
        return Mark(index, "open", "double")
    if char == _CLOSE_DOUBLE:
        return Mark(index, "close", "double")
    if char == '"':
        if before in _LEFT_CONTEXT and not after.isspace():
            return Mark(index, "open", "double")
        if not before.isspace():
            return Mark(index, "close", "double")
        return None
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don’t, Constabulary’s
    if char in "‘'" and before in _LEFT_CONTEXT and (after.isalnum() or after in "_*"):
        return Mark(index, "open", "single")
    if char in "’'" and (before.isalnum() or before in ".,!?_*") and not after.isalnum():
        return Mark(index, "close", "single")
    return None


# -- pairing ---------------------------------------------------------------------------


@dataclass
class _ParagraphResult:
    runs: list[_Run]
    still_open: bool
    continued: bool
    """Whether the paragraph went on with a passage left open by the one before."""


def _pair_paragraph(
    text: str,
    index: int,
    span: tuple[int, int],
    continuing: bool,
    cues: Cues,
) -> _ParagraphResult | None:
    """Runs of one paragraph; None when an open passage does not go on here."""
    start, end = span
    marks = find_marks(text, start, end)
    lead = start
    while lead < end and text[lead] in " \t_*":
        lead += 1
    first = marks[0] if marks else None
    opens_here = first is not None and first.role == "open" and first.at == lead
    missing_open = first is not None and first.role == "close"
    if continuing and not (opens_here or missing_open):
        return None
    dropped: set[int] = set()
    while True:
        result = _pair_marks(text, index, span, lead, marks, dropped, continuing, cues)
        if isinstance(result, _ParagraphResult):
            return result
        dropped.add(result)


def _pair_marks(
    text: str,
    index: int,
    span: tuple[int, int],
    lead: int,
    marks: Sequence[Mark],
    dropped: set[int],
    continuing: bool,
    cues: Cues,
) -> _ParagraphResult | int:
    """Pair marks left to right; return the position of a stray unclosed mark to drop."""
    start, end = span
    runs: list[_Run] = []
    inside: str | None = None
    run_start, open_at = lead, None
    live = [mark for mark in marks if mark.at not in dropped]
    opens_missing = live and live[0].role == "close"
    if opens_missing and (continuing or has_cue_after(text, live[0].at + 1, end, cues)):
        inside = live[0].kind  # the opening mark went missing: quote from the start
    continued = continuing
    for mark in live:
        if inside is None and mark.role == "open":
            inside, open_at, run_start = mark.kind, mark.at, mark.at + 1
        elif inside == mark.kind and mark.role == "close":
            runs.append(_Run(run_start, mark.at, open_at, mark.at + 1, index))
            inside = None
    if inside is None:
        return _ParagraphResult(runs, False, continued)
    if open_at is None or open_at == lead or ends_with_lead(text, start, open_at, cues):
        runs.append(_Run(run_start, end, open_at, None, index))
        return _ParagraphResult(runs, True, continued)
    return open_at


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Run bounds without white space, underscores, asterisks, marks or a final comma."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
    return start, end


def find_passages(
    text: str, cues: Cues, end_markers: frozenset[str] = frozenset()
) -> list[Passage]:
    """Every quoted passage of ``text``, before telling speech from scare quotes.

    Args:
        text: the document text.
        cues: compiled word lists (verbs of saying decide stray and split marks).
        end_markers: lines that end the release.
    """
    spans = paragraphs(text, end_markers)
    groups: list[list[_Run]] = []
    open_group = False
    for index, span in enumerate(spans):
        result = _pair_paragraph(text, index, span, open_group, cues)
        if result is None:  # the open passage ended with the paragraph before
            open_group = False
            result = _pair_paragraph(text, index, span, False, cues)
        assert result is not None
        for position, run in enumerate(result.runs):
            joins = position == 0 and result.continued
            if not joins and groups and groups[-1][-1].paragraph == index:
                joins = _is_split(text, groups[-1][-1], run, cues)
            if joins and groups:
                groups[-1].append(run)
            else:
                groups.append([run])
        open_group = result.still_open
    return [_passage(text, group, spans) for group in groups if _has_words(text, group)]


def _is_split(text: str, before: _Run, after: _Run, cues: Cues) -> bool:
    """``“…,” said X. “…”``: only a cue of saying between two runs of one paragraph."""
    if before.close_end is None or after.open_at is None:
        return False
    gap = text[before.close_end : after.open_at]
    return len(gap) < 120 and has_cue_after(text, before.close_end, after.open_at, cues)


def _has_words(text: str, group: list[_Run]) -> bool:
    return any(
        _trim(text, run.start, run.end)[1] > _trim(text, run.start, run.end)[0] for run in group
    )


def _passage(text: str, group: list[_Run], spans: list[tuple[int, int]]) -> Passage:
    first, last = group[0], group[-1]
    runs = [_trim(text, run.start, run.end) for run in group]
    head_end = first.open_at if first.open_at is not None else first.start
    tails = [(run.close_end, spans[run.paragraph][1]) for run in group if run.close_end is not None]
    return Passage(
        runs=[run for run in runs if run[1] > run[0]],
        first_paragraph=first.paragraph,
        last_paragraph=last.paragraph,
        head=(spans[first.paragraph][0], head_end),
        tails=tails,
        previous_paragraph=spans[first.paragraph - 1] if first.paragraph > 0 else None,
        next_paragraph=spans[last.paragraph + 1] if last.paragraph + 1 < len(spans) else None,
    )


# -- speech or not ---------------------------------------------------------------------


def looks_like_title(words: Sequence[str]) -> bool:
    """A short phrase whose words are mostly capitalised: a title, name or slogan."""
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    if not content or len(words) > _TITLE_MAX_WORDS:
        return False
    capitalised = sum(word[0].isupper() or word[0].isdigit() for word in content)
    return capitalised / len(content) >= 0.6 and (len(content) > 1 or len(words) == 1)


def head_position(text: str, head: tuple[int, int]) -> str:
    """Where a passage opens: "paragraph", "lead" (after ":" or ","), "sentence" or "inline"."""
    before = text[head[0] : head[1]].rstrip(" \t_*")
    if not before.strip(" \t_*"):
        return "paragraph"
    if before[-1] in ":,":
        return "lead"
    if before[-1] in ".!?" or before[-1] in _MARK_CHARS:
        return "sentence"
    return "inline"


def is_speech(
    text: str,
    passage: Passage,
    attribution: Attribution,
    non_speech_cues: Sequence[str] = (),
    min_speech_words: int = 6,
) -> bool:
    """Whether a passage is speech rather than a title, slogan or scare quote.

    Args:
        text: the document text.
        passage: the passage.
        attribution: what the attribution rules found for it.
        non_speech_cues: words before a mark that make a name of it ("so-called").
        min_speech_words: words a passage with no cue of saying needs to be speech.
    """
    if passage.last_paragraph > passage.first_paragraph:
        return True
    words = [word for start, end in passage.runs for word in _WORDS.findall(text[start:end])]
    if not words:
        return False
    head = text[passage.head[0] : passage.head[1]].rstrip(" \t_*").lower()
    if any(re.search(rf"(?:^|\W){re.escape(cue)}$", head) for cue in non_speech_cues):
        return False
    position = head_position(text, passage.head)
    if looks_like_title(words) and position != "lead":
        return False
    if attribution.rule in CUED_RULES:
        return position != "inline" or len(words) >= _INLINE_MIN_WORDS
    last = text[passage.runs[-1][0] : passage.runs[-1][1]].rstrip(" _*”’\"'")
    standalone = position != "inline" and last[-1:] in {".", "!", "?"}
    return standalone and len(words) >= min_speech_words


# -- the component ---------------------------------------------------------------------


def speaker_context(doc: Doc, cues: Cues) -> SpeakerContext:
    """The entities of ``doc`` as the attribution rules need them."""
    mentions = [
        EntityMention(span.start_char, span.end_char, span.id_, span.label_)
        for span in doc.spans.get(ENTITY_SPAN_GROUP, [])
    ]
    info = doc._.entity_info or {}
    people = {ident: item for ident, item in info.items() if item.type == "PERSON"}
    titles = {ident: tuple(item.titles) for ident, item in people.items()}
    forms: dict[str, list[str]] = {ident: list(item.aliases) for ident, item in people.items()}
    for mention in mentions:
        if mention.id in forms:  # with the word before it: "Mrs Cole" tells a gender
            before = doc.text[max(0, mention.start - 6) : mention.start].split()
            forms[mention.id].append(
                " ".join([*before[-1:], doc.text[mention.start : mention.end]])
            )
    return SpeakerContext(
        sorted(mentions, key=lambda m: (m.start, m.end)), titles, person_genders(forms, cues)
    )


class QuoteExtractor:
    """Finds quoted speech and its speakers; word lists compiled once."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        speech_verbs: list[str],
        gendered_words: list[str],
        speaker_nouns: list[str],
        organisation_references: list[str],
        end_markers: list[str],
        non_speech_cues: list[str],
        min_speech_words: int = 6,
    ) -> None:
        register_extensions()
        self.name = name
        self.cues = Cues(speech_verbs, gendered_words, speaker_nouns, organisation_references)
        self.end_markers = frozenset(marker.lower() for marker in end_markers)
        self.non_speech_cues = tuple(sorted({cue.lower() for cue in non_speech_cues}))
        self.min_speech_words = min_speech_words

    def find(self, doc: Doc) -> list[QuoteFinding]:
        """The quotes of ``doc``, in text order."""
        text = doc.text
        context = speaker_context(doc, self.cues)
        findings: list[QuoteFinding] = []
        last_speaker: str | None = None
        last_paragraph = -2
        for passage in find_passages(text, self.cues, self.end_markers):
            adjacent = passage.first_paragraph == last_paragraph + 1
            found = attribute(
                text, passage.context(), context, self.cues, last_speaker if adjacent else None
            )
            if not is_speech(text, passage, found, self.non_speech_cues, self.min_speech_words):
                continue
            findings.append(QuoteFinding(tuple(passage.runs), found.speaker, found.describe()))
            last_speaker = found.speaker or last_speaker
            last_paragraph = passage.last_paragraph
        return findings

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.quotes``."""
        doc._.quotes = self.find(doc)
        return doc


@Language.factory(
    "pressfacts_quotes",
    default_config={
        "speech_verbs": {"@misc": "pressfacts.word_list.v1", "name": "speech_verbs"},
        "gendered_words": {"@misc": "pressfacts.word_list.v1", "name": "gendered_words"},
        "speaker_nouns": {"@misc": "pressfacts.word_list.v1", "name": "speaker_nouns"},
        "organisation_references": {
            "@misc": "pressfacts.word_list.v1",
            "name": "organisation_references",
        },
        "end_markers": {"@misc": "pressfacts.word_list.v1", "name": "end_markers"},
        "non_speech_cues": {"@misc": "pressfacts.word_list.v1", "name": "non_speech_cues"},
        "min_speech_words": 6,
    },
    assigns=["doc._.quotes"],
    requires=["doc.spans", "doc._.entity_info"],
)
def make_quotes(
    nlp: Language,
    name: str,
    speech_verbs: list[str],
    gendered_words: list[str],
    speaker_nouns: list[str],
    organisation_references: list[str],
    end_markers: list[str],
    non_speech_cues: list[str],
    min_speech_words: int,
) -> QuoteExtractor:
    """Factory of the ``pressfacts_quotes`` component."""
    return QuoteExtractor(
        nlp,
        name,
        speech_verbs=speech_verbs,
        gendered_words=gendered_words,
        speaker_nouns=speaker_nouns,
        organisation_references=organisation_references,
        end_markers=end_markers,
        non_speech_cues=non_speech_cues,
        min_speech_words=min_speech_words,
    )
