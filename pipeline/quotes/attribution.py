"""Who said a quote: the attribution rules, a module-level table tried in order.

The quote stage (:mod:`pressfacts.quotes.component`) finds the passages; this module
finds where the cue of saying stands (the rules below), then who the cue's clause
names (:mod:`pressfacts.quotes.speakers`). The first rule that finds a speaker
decides; the quote's ``attribution`` string is the rule's name and its cue, then how
the speaker was reached when not by name: ``speaker after quote: said``,
``speaker after quote: added; pronoun 'she'``.

| rule                  | text around the quote                                             |
|-----------------------|-------------------------------------------------------------------|
| split quote           | ``“…,” said X. “…”``: the cue between two runs of one passage      |
| speaker after quote   | ``“…,” said X.`` ``“…,” X says.`` ``“…,” added X`` ``according to X`` |
| speaker before quote  | ``X said: “…”`` ``X, Director of …, said, “…”`` ``According to X, “…”`` |
| speaker intro         | ``Unit lead Jane Doe: “…”``: a name and a colon, no verb          |
| lead-in line          | a paragraph of its own ending in ":" (``From Chief Constable X:``)  |
| lead-in intro line    | a paragraph of its own: a name and a colon, no verb               |
| partial quote         | ``X warned that offenders “will be caught”``: the verb before it   |
| attribution line      | the next paragraph starts with a dash and a name (``– Jane Smith``) |
| message paragraph after | the next paragraph opens ``That was the message from X …``      |
| reported speech before quote | ``X said the plan worked. “…”``: in the quote's paragraph    |
| reported speech paragraph before | the paragraph before ends on a person's reported speech |
| continuation          | a quote paragraph with no cue of its own: the last speaker's       |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pressfacts.quotes.cues import (
    LEAD_STRIP,
    Clause,
    Cues,
    head_clause,
    intro_clause,
    message_paragraph_clause,
    partial_clause,
    reported_clause,
    tail_clause,
    trailing_reported_clause,
)
from pressfacts.quotes.marks import MARK_CHARS
from pressfacts.quotes.speakers import SpeakerContext, SpeakerFound, speaker_in_clause
from pressfacts.quotes.unnamed import UNNAMED_SAYER_RULE, UNNAMED_SUBJECT_RULE

_ATTRIBUTION_LINE_REACH = 40
"""A name on an attribution line starts within this many characters of its dash."""


@dataclass(frozen=True)
class Attribution:
    """A speaker (entity id or None) and how it was found: the rule, the cue, the way."""

    speaker: str | None
    rule: str
    cue: str | None = None
    via: str | None = None
    """How the speaker was reached from the cue when not by name ("pronoun 'he'")."""
    names_nobody: bool = False
    """The cue's clause says the speaker is nobody single ("one victim said", "Kent Police
    and the NSPCC said"): no later rule may give the quote a speaker."""

    def describe(self) -> str:
        """The ``attribution`` string of a quote record: "speaker after quote: said"."""
        described = f"{self.rule}: {self.cue}" if self.cue else self.rule
        return f"{described}; {self.via}" if self.via else described


NO_SPEAKER = Attribution(None, "no speaker named")
NOBODY_NAMED = ""
"""The last speaker after a quote whose cue named nobody ('“…,” police said.'): a paragraph
going on after it continues that quote, still of nobody; None means no quote before."""


@dataclass(frozen=True)
class PassageContext:
    """The text around one quoted passage, as character spans of the document.

    Attributes:
        runs: the quoted words, one span per contiguous run.
        head: text of the first run's paragraph before its opening mark.
        tails: text after each closing mark to the end of its paragraph.
        previous_paragraph: the paragraph before the passage, if any.
        next_paragraph: the paragraph after the passage, if any.
    """

    runs: tuple[tuple[int, int], ...]
    head: tuple[int, int]
    tails: tuple[tuple[int, int], ...] = ()
    previous_paragraph: tuple[int, int] | None = None
    next_paragraph: tuple[int, int] | None = None


@dataclass(frozen=True)
class Situation:
    """Everything an attribution rule looks at for one passage."""

    text: str
    passage: PassageContext
    context: SpeakerContext
    cues: Cues
    last_speaker: str | None

    @property
    def head_is_blank(self) -> bool:
        """Whether the passage opens its paragraph."""
        start, end = self.passage.head
        while start < end and self.text[start] in LEAD_STRIP:  # no copy of the paragraph
            start += 1
        return start == end

    def from_clause(self, clause: Clause, rule: str) -> Attribution:
        """The attribution a cue clause gives under ``rule``."""
        found = speaker_in_clause(self.text, clause, self.context, self.cues)
        return attribution_of(found, rule, clause.cue)


NOBODY_RULES = frozenset(
    {
        "unnamed person",
        "organisations jointly",
        UNNAMED_SAYER_RULE,
        UNNAMED_SUBJECT_RULE,
    }
)
"""Speaker rules whose answer of nobody is an answer ("said one mother"): a continuation
paragraph's last speaker never overrides it."""


def attribution_of(found: SpeakerFound, rule: str, cue: str | None) -> Attribution:
    """An attribution from a speaker rule's answer; naming a person or organisation is plain."""
    via = None if found.rule in {"person named", "organisation named"} else found.describe()
    return Attribution(found.speaker, rule, cue, via, found.rule in NOBODY_RULES)


@dataclass(frozen=True)
class AttributionRule:
    """One place a cue of saying can stand relative to a quote.

    Attributes:
        name: what ``quote.attribution`` reports.
        find: the attribution, or None when the rule does not apply.
        cued: whether the rule rests on a cue next to the quote (what makes a short
            phrase speech rather than a scare quote).
        final: whether an applying rule decides even when it finds nobody (a cue before
            the quote names its speaker or nobody: later rules are not tried).
        uncued_only: whether the rule is tried only when no rule before it found a cue
            (a continuation is a quote with no cue of its own: '“…,” police said.' after
            a council's quote is no more the council's).
    """

    name: str
    find: Callable[[Situation], Attribution | None]
    cued: bool = True
    final: bool = False
    uncued_only: bool = False


def _split_quote(s: Situation) -> Attribution | None:
    for start, end in s.passage.tails[:-1]:
        clause = tail_clause(s.text, start, end, s.cues)
        if clause:
            found = s.from_clause(clause, "split quote")
            if found.speaker:
                return found
    return None


def _speaker_after(s: Situation) -> Attribution | None:
    if not s.passage.tails:
        return None
    clause = tail_clause(s.text, *s.passage.tails[-1], s.cues)
    if clause is None:
        return None
    found = s.from_clause(clause, "speaker after quote")
    pronoun = bool(found.via and found.via.startswith("pronoun"))
    if (pronoun or _new_sentence_after(s, clause)) and _names_speaker_before(s):
        # 'X said: “…” He added …', 'X said: “….” Y said …': the cue before the quote
        # names its speaker; a sentence after it is about something else
        return None
    return found


def _new_sentence_after(s: Situation, clause: Clause) -> bool:
    """Whether the clause after the quote opens a sentence of its own: the quote closes on
    a full stop ("“… now.” Jo Bell said …"), or the clause on a colon (it opens the next
    quote: "“…” Jo Bell said: “…”"); not "“…,” said Jo Bell."."""
    closed = s.text[max(0, clause.start - 4) : clause.start].rstrip(MARK_CHARS + " \t")
    colon = s.text[clause.start : clause.end].rstrip().endswith(":")
    return closed[-1:] in (".", "!", "?") or colon


def _names_speaker_before(s: Situation) -> bool:
    """Whether a cue before the quote names its speaker outright (no pronoun)."""
    before = _speaker_before(s)
    return before is not None and before.speaker is not None and before.via is None


def _speaker_before(s: Situation) -> Attribution | None:
    clause = head_clause(s.text, *s.passage.head, s.cues)
    return s.from_clause(clause, "speaker before quote") if clause else None


def _speaker_intro(s: Situation) -> Attribution | None:
    clause = intro_clause(s.text, *s.passage.head, s.cues)
    return _person_before_colon(s, clause, "speaker intro")


def _lead_in_line(s: Situation) -> Attribution | None:
    if not (s.head_is_blank and s.passage.previous_paragraph):
        return None
    clause = head_clause(s.text, *s.passage.previous_paragraph, s.cues, lead_line=True)
    return s.from_clause(clause, "lead-in line") if clause else None


def _lead_in_intro_line(s: Situation) -> Attribution | None:
    if not (s.head_is_blank and s.passage.previous_paragraph):
        return None
    clause = intro_clause(s.text, *s.passage.previous_paragraph, s.cues)
    return _person_before_colon(s, clause, "lead-in intro line")


def _person_before_colon(s: Situation, clause: Clause | None, rule: str) -> Attribution | None:
    """The person named last in an introduction with no verb, ending at its colon."""
    if clause is None:
        return None
    people = [m for m in s.context.inside(clause) if m.type == "PERSON"]
    if not people:
        return None
    last = max(people, key=lambda m: m.end)
    if s.text[last.end : clause.cue_span[0]].strip(" ,_*)"):
        return None  # words after the name: "Jane Doe said the plan was:"
    return Attribution(last.id, rule, ":")


def _partial_quote(s: Situation) -> Attribution | None:
    if s.head_is_blank:
        return None
    clause = partial_clause(s.text, *s.passage.head, s.cues)
    return s.from_clause(clause, "partial quote") if clause else None


def _attribution_line(s: Situation) -> Attribution | None:
    """ "– Jane Smith, Chief Executive" on the line after a quote."""
    paragraph = s.passage.next_paragraph
    if paragraph is None:
        return None
    start, end = paragraph
    dash = start
    while dash < end and s.text[dash] in LEAD_STRIP:
        dash += 1
    if dash >= end or s.text[dash] not in "–—-":
        return None
    while dash < end and (s.text[dash] in "–—-" or s.text[dash].isspace()):
        dash += 1
    # a name and its title after the dash; never the whole (maybe long) paragraph
    reach = Clause(dash, min(end, dash + _ATTRIBUTION_LINE_REACH + 200), (dash, dash), "")
    for mention in s.context.inside(reach):
        if mention.start <= dash + _ATTRIBUTION_LINE_REACH:
            if s.text[dash : mention.start].strip(" ,") and mention.type != "PERSON":
                continue
            return Attribution(mention.id, "attribution line", s.text[start:dash].strip(" _*"))
    return None


def _message_paragraph(s: Situation) -> Attribution | None:
    """ "That was the message from Supt Jo Bell as …" opening the paragraph after a quote
    that fills its own paragraph names the quote's speaker."""
    paragraph = s.passage.next_paragraph
    if paragraph is None or not s.head_is_blank:
        return None
    if s.passage.tails and s.text[slice(*s.passage.tails[-1])].strip(LEAD_STRIP):
        return None  # words after the close: the quote's own paragraph goes on
    clause = message_paragraph_clause(s.text, *paragraph)
    return s.from_clause(clause, "message paragraph after") if clause else None


def _person_reporting(
    s: Situation,
    span: tuple[int, int],
    rule: str,
    read: Callable[[str, int, int, Cues], Clause | None] = reported_clause,
) -> Attribution | None:
    """The person whose reported speech ends ``span`` of the text, its clause found by
    ``read``, by ``rule``; None when the span ends on no reported speech or its speaker is
    no person."""
    clause = read(s.text, *span, s.cues)
    if clause is None:
        return None
    found = s.from_clause(clause, rule)
    return found if found.speaker and found.speaker.startswith("person:") else None


def _reported_speech(s: Situation) -> Attribution | None:
    """ "Jo Bell said the force was ready. “…”": a person's reported speech ending right
    before the quote in its paragraph names its speaker (a person only)."""
    if s.head_is_blank:
        return None
    return _person_reporting(s, s.passage.head, "reported speech before quote")


def _trailing_speaker(s: Situation) -> Attribution | None:
    """ "Most calls came from schools, Jo Bell said. “…”": reported speech closed by a
    person and a verb of saying after a comma, ending right before the quote in its
    paragraph, names its speaker (a person only; "…, the charity said." does not)."""
    if s.head_is_blank:
        return None
    rule = "trailing speaker before quote"
    return _person_reporting(s, s.passage.head, rule, trailing_reported_clause)


def _reported_speech_paragraph(s: Situation) -> Attribution | None:
    """ "Jo Bell, head of X, said the rise reflected more patrols." then a quote opening the
    next paragraph with no cue of its own: the person whose reported speech ends the
    paragraph before names its speaker (a person only; an organisation's "the force said"
    does not)."""
    if not (s.head_is_blank and s.passage.previous_paragraph):
        return None
    return _person_reporting(s, s.passage.previous_paragraph, "reported speech paragraph before")


def _continuation(s: Situation) -> Attribution | None:
    if s.last_speaker is not None and s.head_is_blank:
        return Attribution(s.last_speaker or None, "continuation")  # or NOBODY_NAMED's
    return None


ATTRIBUTION_RULES: tuple[AttributionRule, ...] = (
    AttributionRule("split quote", _split_quote),
    AttributionRule("speaker after quote", _speaker_after),
    AttributionRule("speaker before quote", _speaker_before, final=True),
    AttributionRule("speaker intro", _speaker_intro),
    AttributionRule("lead-in line", _lead_in_line, final=True),
    AttributionRule("lead-in intro line", _lead_in_intro_line),
    AttributionRule("partial quote", _partial_quote, final=True),
    AttributionRule("attribution line", _attribution_line),
    AttributionRule("message paragraph after", _message_paragraph),
    AttributionRule("reported speech before quote", _reported_speech),
    AttributionRule("trailing speaker before quote", _trailing_speaker),
    AttributionRule(
        "reported speech paragraph before", _reported_speech_paragraph, uncued_only=True
    ),
    AttributionRule("continuation", _continuation, uncued_only=True),
)
"""The attribution rules, tried in this order."""

CUED_RULES = frozenset(rule.name for rule in ATTRIBUTION_RULES if rule.cued)
"""Rules that rest on a cue next to the quote (what makes a short phrase speech)."""


def attribute(
    text: str,
    passage: PassageContext,
    context: SpeakerContext,
    cues: Cues,
    last_speaker: str | None = None,
) -> Attribution:
    """The speaker of one passage, by the first rule of :data:`ATTRIBUTION_RULES` that applies.

    A rule applies when it finds a speaker, or when it is ``final`` and finds its cue
    (a cue before the quote that names nobody leaves the quote with no speaker). When
    no rule finds a speaker, the first cue found still stands (``“…,” she said.`` with
    nobody to resolve "she" to is speech with no speaker).

    Args:
        text: the document text.
        passage: the passage and the text around it.
        context: the document's entities.
        cues: compiled word lists.
        last_speaker: speaker of the previous quote, for continuation paragraphs ("" when
            that quote's cue named nobody; None when there is no previous quote).
    """
    situation = Situation(text, passage, context.for_passage(passage.runs), cues, last_speaker)
    cue_only: Attribution | None = None
    for rule in ATTRIBUTION_RULES:
        if rule.uncued_only and cue_only is not None:
            continue
        found = rule.find(situation)
        if found is not None and (found.speaker or rule.final or found.names_nobody):
            return found
        cue_only = cue_only or found
    return cue_only or NO_SPEAKER
