"""Who said a quote: attribution rules over the text around a quoted passage.

Plain functions and one small class, so tests call the rules directly. The quote
stage (:mod:`pressfacts.quotes.component`) finds the passages; this module finds their speakers
among the entities the entity stage found. Rules, tried in this order:

| rule                  | text around the quote                                             |
|-----------------------|-------------------------------------------------------------------|
| speaker after quote   | ``“…,” said X.`` ``“…,” X said.`` ``“…,” added X`` ``according to X`` |
| split quote           | ``“…,” said X. “…”``: the cue between two runs of one passage      |
| speaker before quote  | ``X said: “…”`` ``X, Director of …, said, “…”`` ``According to X, “…”`` |
| lead-in line          | a paragraph of its own ending in ":" (``From Chief Constable X:``)  |
| attribution line      | the next paragraph starts with a dash and a name (``– Jane Smith``) |
| continuation          | a quote paragraph with no cue of its own: the last speaker's       |

Inside a cue the speaker is, in order: the person named nearest the verb (full name
or short form, "DI Ashcroft"); a pronoun ("he said") resolved to the nearest person
named before whose gender does not conflict; a spokesperson for an organisation; "the
<title>" ("the Commissioner") resolved to the last person named before with that
title; "the charity" / "the force" resolved to the last organisation of that type;
an organisation named as the subject ("Kent Police said").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"[.!?][\"'”’_*)]*(?:\s+|$)")
_QUOTE_CHARS = "“”\"‘’'„"
_LEAD_STRIP = " \t\n_*"
_DASH_LINE = re.compile(r"[_*\s]*[–—-]+\s*")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MAX_CUE_WORDS = 8
"""A verb of saying after a quote must come within this many words of its close."""


@dataclass(frozen=True)
class EntityMention:
    """An entity named at ``[start, end)`` (from ``doc.spans["entities"]``)."""

    start: int
    end: int
    id: str
    type: str


@dataclass(frozen=True)
class Attribution:
    """A speaker (entity id or None) and how it was found: the rule and the cue."""

    speaker: str | None
    rule: str
    cue: str | None = None
    via: str | None = None
    """How the speaker was reached from the cue when not by name ("pronoun 'he'")."""

    def describe(self) -> str:
        """The ``attribution`` string of a quote record: "speaker after quote, cue 'said'"."""
        described = f"{self.rule}, cue '{self.cue}'" if self.cue else self.rule
        return f"{described}, via {self.via}" if self.via else described


NO_SPEAKER = Attribution(None, "no speaker named")

CUED_RULES = frozenset(
    {
        "speaker after quote",
        "split quote",
        "speaker before quote",
        "lead-in line",
        "attribution line",
    }
)
"""Rules that rest on a cue next to the quote (what makes a short phrase speech)."""


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


@dataclass
class Cues:
    """The word lists attribution needs, compiled once.

    Args:
        speech_verbs: verbs of saying ("said", "added", "warned").
        gendered_words: "<word> <male|female>" lines: pronouns and honorifics.
        speaker_nouns: nouns for an organisation's voice ("spokesperson").
        organisation_references: "<noun> <TYPE>" lines ("charity CHARITY").
    """

    speech_verbs: Iterable[str]
    gendered_words: Iterable[str] = ()
    speaker_nouns: Iterable[str] = ()
    organisation_references: Iterable[str] = ()
    verb: re.Pattern[str] = field(init=False)
    genders: dict[str, str] = field(init=False)
    pronoun: re.Pattern[str] = field(init=False)
    references: dict[str, str] = field(init=False)
    spokesperson: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        verbs = sorted({v.lower() for v in self.speech_verbs}, key=len, reverse=True)
        self.verb = re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs))})\b", re.I)
        self.genders = dict(_pairs(self.gendered_words))
        pronouns = sorted(w for w in self.genders if w in {"he", "she", "they"})
        self.pronoun = re.compile(rf"\b(?:{'|'.join(pronouns) or '(?!)'})\b", re.I)
        self.references = {
            noun: kind.upper() for noun, kind in _pairs(self.organisation_references)
        }
        nouns = "|".join(map(re.escape, sorted(self.speaker_nouns))) or "(?!)"
        self.spokesperson = re.compile(rf"\b(?:{nouns})\b", re.I)


def _pairs(lines: Iterable[str]) -> Iterable[tuple[str, str]]:
    for line in lines:
        parts = line.lower().split()
        if len(parts) >= 2:
            yield " ".join(parts[:-1]), parts[-1]


@dataclass(frozen=True)
class Clause:
    """A stretch of text holding a cue: ``[start, end)`` and the cue at ``cue_span``."""

    start: int
    end: int
    cue_span: tuple[int, int]
    cue: str


# -- clauses ---------------------------------------------------------------------------


def tail_clause(text: str, start: int, end: int, cues: Cues) -> Clause | None:
    """The cue clause right after a closing mark: ``, said X.`` ``, X added`` ``, according to X``.

    The clause runs to the sentence end or the next opening mark; its verb of saying
    must come within a few words of its start.
    """
    stop = _clause_end(text, start, end)
    clause = text[start:stop]
    if not clause.strip(" ,\t_*"):
        return None
    according = re.match(r"[\s,_*]*(according to)\b", clause, re.I)
    if according:
        return Clause(
            start, stop, (start + according.start(1), start + according.end(1)), "according to"
        )
    verb = cues.verb.search(clause)
    if not verb or len(_WORD.findall(clause[: verb.start()])) >= _MAX_CUE_WORDS:
        return None
    if not re.match(r"[\s,_*–—-]*[\w(]", clause) or clause.lstrip(" _*")[:1] in ".!?":
        return None
    return Clause(start, stop, (start + verb.start(), start + verb.end()), verb.group(0).lower())


def head_clause(
    text: str, start: int, end: int, cues: Cues, lead_line: bool = False
) -> Clause | None:
    """The cue clause before an opening mark: ``X said:`` ``X, …, said,`` ``According to X,``.

    ``[start, end)`` is the text from the paragraph start to the opening mark (or a
    whole lead-in paragraph when ``lead_line``). The clause is its last sentence; it
    must end with a colon, or end with a comma or a verb of saying.
    """
    body_end = end
    while body_end > start and text[body_end - 1] in _LEAD_STRIP:
        body_end -= 1
    if body_end <= start:
        return None
    clause_start = _last_sentence_start(text, start, body_end)
    clause = text[clause_start:body_end]
    last = clause[-1]
    if lead_line and last != ":":
        return None
    according = re.search(r"\b(according to)\b", clause, re.I)
    if according and last in ",:":
        span = (clause_start + according.start(1), clause_start + according.end(1))
        return Clause(clause_start, body_end, span, "according to")
    from_line = re.match(r"[\s_*]*(from)\b", clause, re.I)
    if from_line and last == ":":
        span = (clause_start + from_line.start(1), clause_start + from_line.end(1))
        return Clause(clause_start, body_end, span, "from")
    verbs = list(cues.verb.finditer(clause))
    if not verbs:
        return None
    verb = verbs[-1]
    after_verb = clause[verb.end() :].strip()
    if last != ":" and after_verb not in {"", ","}:
        return None
    span = (clause_start + verb.start(), clause_start + verb.end())
    return Clause(clause_start, body_end, span, verb.group(0).lower())


def _clause_end(text: str, start: int, end: int) -> int:
    """End of a tail clause: the sentence end, a line break or the next quote mark."""
    stop = end
    sentence = _SENTENCE_END.search(text, start, end)
    if sentence and sentence.start() > start:
        stop = min(stop, sentence.start())
    for index in range(start, stop):
        char = text[index]
        if char == "\n" or (char in '“‘"' and index > start):
            return index
    return stop


def _last_sentence_start(text: str, start: int, end: int) -> int:
    last = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.end() < end and text[match.end() : match.end() + 1].isupper():
            last = match.end()
    return last


# -- speakers --------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerContext:
    """What the speaker rules look at besides the clause: every entity of the document.

    Attributes:
        mentions: entity mentions sorted by start.
        titles: person id -> titles (for "the Commissioner said").
        genders: person id -> "male" / "female" when an honorific tells.
        excluded: spans whose mentions do not count as antecedents (quoted words).
    """

    mentions: Sequence[EntityMention]
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    excluded: tuple[tuple[int, int], ...] = ()

    def before(self, position: int) -> list[EntityMention]:
        """Mentions ending before ``position`` outside quoted words, nearest first."""
        found = [
            m
            for m in self.mentions
            if m.end <= position and not any(s <= m.start and m.end <= e for s, e in self.excluded)
        ]
        return found[::-1]


def speaker_in_clause(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> tuple[str | None, str]:
    """The speaker a cue clause names, and the kind of reference ("person", "pronoun" …)."""
    inside = [m for m in context.mentions if m.start >= clause.start and m.end <= clause.end]
    cue_start, cue_end = clause.cue_span
    people = [m for m in inside if m.type == "PERSON"]
    if people:
        nearest = min(people, key=lambda m: _distance(m, cue_start, cue_end))
        return nearest.id, "person"
    pronoun = _pronoun_speaker(text, clause, context, cues)
    if pronoun:
        return pronoun
    organisations = [m for m in inside if m.type != "PERSON"]
    words = text[clause.start : clause.end]
    if cues.spokesperson.search(words):
        if organisations:
            nearest = min(organisations, key=lambda m: _distance(m, cue_start, cue_end))
            return nearest.id, "spokesperson"
        earlier = [m for m in context.before(clause.start) if m.type != "PERSON"]
        if earlier:
            return earlier[0].id, "spokesperson of the last organisation named"
    referred = _definite_reference(text, clause, context, cues)
    if referred:
        return referred
    if organisations:
        return min(organisations, key=lambda m: _distance(m, cue_start, cue_end)).id, "organisation"
    return None, "nobody named"


def _distance(mention: EntityMention, cue_start: int, cue_end: int) -> int:
    return cue_start - mention.end if mention.end <= cue_start else mention.start - cue_end


def _pronoun_speaker(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> tuple[str, str] | None:
    """ "he said" / "she added": the nearest person named before of a fitting gender."""
    cue_start, cue_end = clause.cue_span
    window = text[max(clause.start, cue_start - 12) : min(clause.end, cue_end + 12)]
    match = cues.pronoun.search(window)
    if not match:
        return None
    gender = cues.genders.get(match.group(0).lower())
    for mention in context.before(clause.start):
        if mention.type != "PERSON":
            continue
        known = context.genders.get(mention.id)
        if known is None or gender is None or known == gender:
            return mention.id, f"pronoun '{match.group(0)}'"
    return None


def _definite_reference(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> tuple[str, str] | None:
    """ "the charity said" -> the last charity named; "the Commissioner said" -> its holder."""
    words = text[clause.start : clause.end]
    for match in re.finditer(
        r"\bthe\s+((?:[\w-]+\s+){0,4}?[\w-]+)(?=\s*,?\s*$|\s+(?:has\s+)?\w+)", words, re.I
    ):
        phrase = match.group(1).lower()
        absolute = clause.start + match.start()
        if abs(absolute - clause.cue_span[0]) > 60:
            continue
        kind = cues.references.get(phrase.split()[-1])
        if kind and len(phrase.split()) <= 2:
            for mention in context.before(absolute):
                if mention.type != "PERSON" and kind in {"ANY", mention.type}:
                    return mention.id, f"reference 'the {phrase}'"
        holder = _title_holder(phrase, absolute, context)
        if holder:
            return holder, f"title 'the {phrase}'"
    return None


def _title_holder(phrase: str, position: int, context: SpeakerContext) -> str | None:
    for mention in context.before(position):
        if mention.type != "PERSON":
            continue
        for title in context.titles.get(mention.id, ()):
            folded = title.lower()
            if folded == phrase or folded.endswith(" " + phrase):
                return mention.id
    return None


# -- rules -----------------------------------------------------------------------------


def attribute(
    text: str,
    passage: PassageContext,
    context: SpeakerContext,
    cues: Cues,
    last_speaker: str | None = None,
) -> Attribution:
    """The speaker of one passage, by the first rule of the module table that applies.

    Args:
        text: the document text.
        passage: the passage and the text around it.
        context: the document's entities.
        cues: compiled word lists.
        last_speaker: speaker of the previous quote, for continuation paragraphs.
    """
    context = SpeakerContext(context.mentions, context.titles, context.genders, passage.runs)
    for index, (start, end) in enumerate(passage.tails):
        clause = tail_clause(text, start, end, cues)
        if clause:
            rule = "split quote" if index < len(passage.tails) - 1 else "speaker after quote"
            found = _from_clause(text, clause, context, cues, rule)
            if found.speaker:
                return found
    head_start, head_end = passage.head
    clause = head_clause(text, head_start, head_end, cues)
    if clause:
        return _from_clause(text, clause, context, cues, "speaker before quote")
    if _is_blank(text, head_start, head_end) and passage.previous_paragraph:
        clause = head_clause(text, *passage.previous_paragraph, cues, lead_line=True)
        if clause:
            return _from_clause(text, clause, context, cues, "lead-in line")
    line = _attribution_line(text, passage.next_paragraph, context)
    if line:
        return line
    if last_speaker and _is_blank(text, head_start, head_end):
        return Attribution(last_speaker, "continuation of the previous quote")
    return NO_SPEAKER


def _from_clause(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues, rule: str
) -> Attribution:
    speaker, how = speaker_in_clause(text, clause, context, cues)
    via = None if how in {"person", "organisation"} else how
    return Attribution(speaker, rule, clause.cue, via)


def _attribution_line(
    text: str, paragraph: tuple[int, int] | None, context: SpeakerContext
) -> Attribution | None:
    """ "– Jane Smith, Chief Executive" on the line after a quote."""
    if paragraph is None:
        return None
    start, end = paragraph
    dash = _DASH_LINE.match(text, start, end)
    if not dash:
        return None
    for mention in context.mentions:
        if dash.end() <= mention.start <= dash.end() + 40 and mention.end <= end:
            if text[dash.end() : mention.start].strip(" ,") and mention.type != "PERSON":
                continue
            return Attribution(
                mention.id, "attribution line", text[start : dash.end()].strip(" _*")
            )
    return None


def _is_blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip(_LEAD_STRIP)


def person_genders(aliases: Mapping[str, Sequence[str]], cues: Cues) -> dict[str, str]:
    """Person id -> gender, from honorifics in the forms the text uses ("Mr Findlater")."""
    genders: dict[str, str] = {}
    for ident, forms in aliases.items():
        for form in forms:
            first = form.split()[0].lower().rstrip(".") if form.split() else ""
            if first in cues.genders and first not in {"he", "she", "they"}:
                genders[ident] = cues.genders[first]
    return genders


def has_cue_after(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether a verb of saying (or "according to") follows a closing mark closely."""
    return tail_clause(text, start, end, cues) is not None


def ends_with_lead(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether ``text[start:end]`` (before an opening mark) introduces speech.

    True for nothing (a paragraph start), a colon, a comma, a sentence end or a verb of
    saying: the places a quotation may open without a closing mark on its line.
    """
    head = text[start:end].rstrip(_LEAD_STRIP)
    if not head.strip(_LEAD_STRIP):
        return True
    if head[-1] in ":,.!?" or head[-1] in _QUOTE_CHARS:
        return True
    last = _WORD.findall(head[-20:])
    return bool(last) and bool(cues.verb.fullmatch(last[-1]))
