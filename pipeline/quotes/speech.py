"""Speech or not: telling a quoted passage from a title, slogan or scare quote.

The rules are a module-level table (:data:`SPEECH_RULES`), tried in order; the first
that decides, decides:

- several paragraphs: a passage over several paragraphs is speech;
- no words: a passage of marks and punctuation is not;
- named by a cue: after "so-called", "called", "dubbed" … it is a name, not speech;
- urged to: after a verb of urging or aiming and "to" it is advice or an aim, not speech;
- title-cased phrase: a short, mostly capitalised phrase is a title or slogan (unless
  it follows a lead-in colon or comma);
- cue of saying: a passage an attribution rule found a cue for is speech (inside a
  sentence only from a few words up: a partial quote after a verb of saying);
- standalone sentence: otherwise a passage standing as its own sentence of
  ``min_speech_words`` words or more is speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain

from pressfacts.quotes.attribution import CUED_RULES, Attribution
from pressfacts.quotes.cues import CLAUSE_REACH
from pressfacts.quotes.marks import MARK_CHARS
from pressfacts.quotes.passages import Passage

# a word, apostrophes and hyphens inside: matches 'don’t', 'co-ordinated'; not '_'
_WORDS = re.compile(r"[^\W_][\w’'-]*")
_INLINE_MIN_WORDS = 3
_CLOSING_MIN_WORDS = 2
_TITLE_MAX_WORDS = 8
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def looks_like_title(words: Sequence[str]) -> bool:
    """A short phrase whose words are mostly capitalised: a title, name or slogan."""
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    if not content or len(words) > _TITLE_MAX_WORDS:
        return False
    capitalised = sum(word[0].isupper() or word[0].isdigit() for word in content)
    return capitalised / len(content) >= 0.6 and (len(content) > 1 or len(words) == 1)


def head_position(text: str, head: tuple[int, int]) -> str:
    """Where a passage opens: "paragraph", "lead" (after ":" or ","), "sentence" or "inline"."""
    start, stop = head
    while stop > start and text[stop - 1] in " \t_*":  # read back, never copy the paragraph
        stop -= 1
    if stop == start:
        return "paragraph"
    last = text[stop - 1]
    if last in ":,":
        return "lead"
    if last in ".!?" or last in MARK_CHARS:
        return "sentence"
    return "inline"


@dataclass(frozen=True)
class SpeechCase:
    """One passage as the speech rules see it."""

    text: str
    passage: Passage
    attribution: Attribution
    words: tuple[str, ...]
    head: str
    """The text before the opening mark (its last ``CLAUSE_REACH`` characters), lower case,
    emphasis stripped."""
    position: str
    non_speech_cues: tuple[str, ...]
    min_speech_words: int


@dataclass(frozen=True)
class SpeechRule:
    """One way to tell speech: ``decide`` gives True or False, or None to pass on."""

    name: str
    decide: Callable[[SpeechCase], bool | None]


def _several_paragraphs(case: SpeechCase) -> bool | None:
    return True if case.passage.last_paragraph > case.passage.first_paragraph else None


def _no_words(case: SpeechCase) -> bool | None:
    return False if not case.words else None


def _named_by_a_cue(case: SpeechCase) -> bool | None:
    """ "the so-called “dark web”", "a campaign called “Stop it Now”": a name."""
    for cue in case.non_speech_cues:
        if case.head.endswith(cue) and not case.head[: -len(cue)][-1:].isalnum():
            return False
    return None


_URGED_TO = re.compile(
    r"\b(?:urg|encourag|remind|advis|ask|invit|aim|agree|decid|call(?:s|ed|ing)?\s+on)[a-z]*"
    r"(?:\s+[\w’'-]+){0,8}?\s+to\s*$"
)
"""Before a mark (lower case): a verb of urging, asking, aiming or deciding, a few words,
then "to" ("urging anyone who falls into cold water to “float …”", "aimed to “ensure that
…”", "the council agreed to “review the policy”"): what someone is urged, aims or decides
to do, advice, an aim or a decision, not speech; not "vowed to “…”" or
"said the force would continue to “…”", the speaker's own words."""


def _urged_to(case: SpeechCase) -> bool | None:
    return False if _URGED_TO.search(case.head) else None


def _title_cased(case: SpeechCase) -> bool | None:
    return False if case.position != "lead" and looks_like_title(case.words) else None


def closes_its_sentence(text: str, passage: Passage) -> bool:
    """Whether the passage's last words end their sentence: a stop inside the closing
    mark or right after it ('said the shops had been “selling misery”.')."""
    start, end = passage.runs[-1]
    inside = text[start:end].rstrip(" _*”’\"'")
    after = text[end : end + 6].lstrip(" _*”’\"'")
    return inside[-1:] in {".", "!", "?"} or after[:1] in {".", "!", "?", ""}


COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|(?:had|has|have|would|will)\s+been?)\s*$")
"""Before a mark (lower case): the verb "be" whose complement the passage is ('said the
fall was “real progress”')."""
CLAUSE_AFTER = re.compile(r"(?:[,;]|(?:but|and|although|though|while|as)\b)")
"""Right after a passage's closing mark: the end of its clause."""


def complement_clause(case: SpeechCase) -> bool:
    """Rule ``copula_complement``: two quoted words that are the whole complement of "be"
    in the reported clause, which ends right after them, are a partial quote ('said the
    fall in attacks was “real progress” but warned …', '… was “a disgrace”, and …'); not
    'felt “too ashamed” to call' (no "be" before), nor 'was “county lines” work' (the
    clause goes on)."""
    _start, end = case.passage.runs[-1]
    after = case.text[end : end + 12].lstrip(" _*”’\"'")
    return bool(COPULA_BEFORE.search(case.head)) and bool(CLAUSE_AFTER.match(after))


def _cued(case: SpeechCase) -> bool | None:
    """A passage after a verb of saying is speech, unless it is a phrase of fewer than
    :data:`_INLINE_MIN_WORDS` words inside a sentence; two words that end the sentence
    are a partial quote ('said the shops had been “selling misery”.'), as are two that
    end the complement of "be" (:func:`complement_clause`); two inside it otherwise are
    a phrase ('felt “too embarrassed” to come')."""
    if case.attribution.rule not in CUED_RULES:
        return None
    if case.position != "inline" or len(case.words) >= _INLINE_MIN_WORDS:
        return True
    return len(case.words) >= _CLOSING_MIN_WORDS and (
        closes_its_sentence(case.text, case.passage) or complement_clause(case)
    )


def _standalone_sentence(case: SpeechCase) -> bool | None:
    start, end = case.passage.runs[-1]
    last = case.text[start:end].rstrip(" _*”’\"'")
    standalone = case.position != "inline" and last[-1:] in {".", "!", "?"}
    return standalone and len(case.words) >= case.min_speech_words


SPEECH_RULES: tuple[SpeechRule, ...] = (
    SpeechRule("several paragraphs", _several_paragraphs),
    SpeechRule("no words", _no_words),
    SpeechRule("named by a cue", _named_by_a_cue),
    SpeechRule("urged to", _urged_to),
    SpeechRule("title-cased phrase", _title_cased),
    SpeechRule("cue of saying", _cued),
    SpeechRule("standalone sentence", _standalone_sentence),
)
"""The speech rules, tried in this order; the first that decides, decides."""


def speech_rule(
    text: str,
    passage: Passage,
    attribution: Attribution,
    non_speech_cues: Sequence[str] = (),
    min_speech_words: int = 6,
) -> tuple[bool, str]:
    """Whether a passage is speech, and the name of the rule that decided.

    Args:
        text: the document text.
        passage: the passage.
        attribution: what the attribution rules found for it.
        non_speech_cues: words before a mark that make a name of it ("so-called").
        min_speech_words: words a passage with no cue of saying needs to be speech.
    """
    case = SpeechCase(
        text,
        passage,
        attribution,
        tuple(chain.from_iterable(_WORDS.findall(text, start, end) for start, end in passage.runs)),
        text[max(passage.head[0], passage.head[1] - CLAUSE_REACH) : passage.head[1]]
        .rstrip(" \t_*")
        .lower(),
        head_position(text, passage.head),
        tuple(non_speech_cues),
        min_speech_words,
    )
    for rule in SPEECH_RULES:
        decided = rule.decide(case)
        if decided is not None:
            return decided, rule.name
    return False, "no rule"


def is_speech(
    text: str,
    passage: Passage,
    attribution: Attribution,
    non_speech_cues: Sequence[str] = (),
    min_speech_words: int = 6,
) -> bool:
    """Whether a passage is speech rather than a title, slogan or scare quote."""
    return speech_rule(text, passage, attribution, non_speech_cues, min_speech_words)[0]
