"""Who a cue clause names: the speaker rules, a module-level table tried in order.

A cue clause (``said DI Smith``, ``she added``, ``the charity said``) names its speaker
in one of these ways; the first rule that answers decides, and its name goes into the
quote's ``attribution`` string.

- unnamed person: ``A 15-year-old who rang the helpline said``, ``said one mother``: the
  clause's subject opens with "a", "an", "one" or "another" and is no spokesperson
  ("a spokesperson for Kent Police") and no apposition ("One officer, PC Jo Bell,"):
  the text names nobody, so nobody (not the person or organisation named nearby).
- relatives: ``her family said``, ``said the parents of Ellie Ward``: nobody single
  (``quotes/relatives.py``).
- unnamed definite person: ``the woman said``: nobody (``quotes/unnamed.py``).
- person named: ``said DI Jo Bell``: the person mention nearest the cue.
- surname: ``Horne said``, ``said Mr Horne``: the one person named before with that
  surname (a speaker string resolved to a person the entity stage found).
- pronoun past quoted names: ``“Kola lied,” … “…,” she said``: a person named inside
  quoted words is spoken about, not speaking: the nearest fitting person named outside them.
- pronoun: ``she added``: the nearest person named before of a fitting gender; when an
  unnamed spokesperson was spoken of since ("A spokesperson for Catch22 said … “…,” she
  said"), the organisation a spokesperson rule would give (``quotes/unnamed.py``).
- organisations jointly: ``Kent Police and the NSPCC said``: nobody (no single entity).
- spokesperson: ``a spokesperson for Kent Police``: the organisation, named there or last.
- reference: ``the charity said``, ``the officer said``: the last entity of that type
  named before (``organisation_references.txt``; PERSON for a person); ``the victim
  said``: the last person named who holds no title and is not the defendant, else nobody
  (``quotes/lay_references.py``).
- title: ``the Commissioner said``: the last person named before with that title.
- organisation named: ``Kent Police said``: the organisation mention nearest the cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise

from pressfacts.lexicon.stops import SENTENCE_BREAK
from pressfacts.quotes.conduits import voices
from pressfacts.quotes.cues import Clause, Cues
from pressfacts.quotes.lay_references import LAY_PERSON_NOUNS, is_defendant, lay_subject_at
from pressfacts.quotes.relatives import relatives_subject
from pressfacts.quotes.speaker_context import (
    ORGANISATION,
    EntityMention,
    SpeakerContext,
    SpeakerFound,
)
from pressfacts.quotes.unnamed import (
    spokesperson_between,
    unnamed_definite_subject,
    unnamed_pronoun_rule,
)

_PRONOUN_REACH = 12
"""A pronoun speaker stands within this many characters of the verb ("she added")."""
ADDRESSEE_VERBS = frozenset({"told", "tells", "telling"})
"""Verbs of saying whose object is the one spoken to ("she told DI Reed"), not the speaker."""
_REFERENCE_REACH = 60
"""A "the <noun>" reference stands within this many characters of the verb."""
# "the" and up to five words of one phrase (no punctuation): matches 'the chief constable'
# in 'added the chief constable.' and 'the officer' in 'The officer, who'; not 'there'
_DEFINITE = re.compile(r"\bthe\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4})", re.I)

# the subject phrase of a clause: up to a comma, bracket, dash or relative pronoun; matches
# 'A teenager' in 'A teenager who rang the line said'; not 'who' in 'A boy, who'
_SUBJECT = re.compile(r"[^,;:.!?()–—]{1,120}?(?=\s*[,;:.!?()–—]|\s+(?:who|whose|which|that)\b|$)")
# a relative clause opening: matches ' who met' in ', who met'; not ' Whoever'
_RELATIVE = re.compile(r"\s*(?:who|whose|which|that)\b", re.I)
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_SUBJECT_LEAD = " \t,_*”’\"'"


SpeakerFinder = Callable[[str, Clause, SpeakerContext, Cues], SpeakerFound | None]


@dataclass(frozen=True)
class SpeakerRule:
    """One way a clause names its speaker: ``name`` and the function that looks."""

    name: str
    find: SpeakerFinder


def _nearest(mentions: Sequence[EntityMention], clause: Clause) -> EntityMention:
    cue_start, cue_end = clause.cue_span
    return min(
        mentions, key=lambda m: cue_start - m.end if m.end <= cue_start else m.start - cue_end
    )


def _may_speak(mention: EntityMention, clause: Clause) -> bool:
    """Not the one spoken to: a person after "told" ("she told DI Reed") is its object."""
    return clause.cue not in ADDRESSEE_VERBS or mention.end <= clause.cue_span[0]


def _speakers_inside(context: SpeakerContext, clause: Clause) -> list[EntityMention]:
    """Mentions within the clause that may be its speaker (not the one told)."""
    return [m for m in context.inside(clause) if _may_speak(m, clause)]


def _unnamed_person(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """ "A mother who used the service said", "said one victim": the text names nobody."""
    cue_start, cue_end = clause.cue_span
    lead = clause.start
    while lead < cue_start and text[lead] in _SUBJECT_LEAD:
        lead += 1
    start, stop = (lead, cue_start) if lead < cue_start else (cue_end, clause.end)
    while start < stop and text[start].isspace():
        start += 1
    if lead < cue_start:  # "In a statement read to the court, one woman, aged 87, said"
        start = _subject_after_opening(text, start, stop, clause, context, cues)
    subject = _SUBJECT.match(text, start, stop)
    if subject is None:
        return None
    words = [w.group(0).lower() for w in cues.words_in(text, start, subject.end())]
    if not words or words[0] not in _INDEFINITE or set(words) & cues.spokesperson_nouns:
        return None
    if _apposition_names(text, subject.end(), stop, clause, context):
        return None  # "One officer, PC Jo Bell, said": named after all
    return SpeakerFound(None, "unnamed person", " ".join(text[start : subject.end()].split()[:4]))


def _subject_after_opening(
    text: str, start: int, stop: int, clause: Clause, context: SpeakerContext, cues: Cues
) -> int:
    """Where the subject before the cue starts when an opening phrase with no one named in
    it stands before it and a comma ("In a statement read to the court, one woman said";
    rule ``unnamed_after_opening``): the first word after a comma that is indefinite;
    ``start`` when there is none, or a person or body is named before it ("Inspector Jo
    Bell, one of the officers, said": named)."""
    for comma in re.finditer(r",\s*", text[start:stop]):
        at = start + comma.end()
        first = next(iter(cues.words_in(text, at, stop)), None)
        if first is None or first.start() != at or first.group(0).lower() not in _INDEFINITE:
            continue
        if any(m.start < at for m in _speakers_inside(context, clause)):
            return start
        return at
    return start


def _unnamed_definite(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """ "the woman said": the person before whose honorific tells that gender, else nobody."""
    found = unnamed_definite_subject(text, clause.start, *clause.cue_span, clause.end)
    if found is None:
        return None
    noun, gender = found
    known = next(
        (m for m in context.before(clause.start, "PERSON") if context.genders.get(m.id) == gender),
        None,
    )
    if gender is not None and known is not None:
        return SpeakerFound(known.id, "unnamed definite person of a known gender", f"the {noun}")
    return SpeakerFound(None, "unnamed person", f"the {noun}")


def _relatives(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """ "In a statement, her family said", "said the parents of Ellie Ward": nobody single."""
    subject = relatives_subject(text, clause.start, *clause.cue_span, clause.end)
    return None if subject is None else SpeakerFound(None, "relatives", subject)


def _apposition_names(
    text: str, start: int, stop: int, clause: Clause, context: SpeakerContext
) -> bool:
    """Whether the phrase after a subject's comma names a person (not a "who …" clause)."""
    if text[start:stop].lstrip()[:1] != ",":
        return False
    after = text.index(",", start) + 1
    relative = _RELATIVE.match(text, after, stop)
    if relative:
        return False
    end = text.find(",", after, stop)
    end = stop if end < 0 else end
    return any(after <= m.start < end and m.type == "PERSON" for m in context.inside(clause))


def _person_named(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    people = [m for m in _speakers_inside(context, clause) if m.type == "PERSON"]
    return SpeakerFound(_nearest(people, clause).id, "person named") if people else None


def _surname(text: str, clause: Clause, context: SpeakerContext, cues: Cues) -> SpeakerFound | None:
    """A capitalised word of the clause that is the surname of exactly one person named before."""
    if not context.surnames:
        return None
    taken = context.inside(clause)
    for word in cues.words_in(text, clause.start, clause.end):
        if not word.group(0)[0].isupper() or any(m.start <= word.start() < m.end for m in taken):
            continue
        if clause.cue in ADDRESSEE_VERBS and word.start() >= clause.cue_span[1]:
            break
        people = {
            ident
            for ident in context.surnames.get(word.group(0).lower(), frozenset())
            if context.named_before(ident, clause.start)
        }
        if len(people) == 1:
            return SpeakerFound(next(iter(people)), "surname", word.group(0))
    return None


def _pronoun_word(text: str, clause: Clause, cues: Cues) -> str | None:
    """The pronoun next to the clause's verb of saying ("she" of "she added"), if any."""
    cue_start, cue_end = clause.cue_span
    window_start = max(clause.start, cue_start - _PRONOUN_REACH)
    window_end = min(clause.end, cue_end + _PRONOUN_REACH)
    pronoun = next(
        (
            w.group(0)
            for w in cues.words_in(text, clause.start, clause.end)
            if window_start <= w.start()
            and w.end() <= window_end
            and w.group(0).lower() in cues.pronouns
        ),
        None,
    )
    return pronoun


def _pronoun_past_quoted(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """ "“Kola and Hoxha lied,” … “…,” she said": when the nearest person of a fitting
    gender is named inside quoted words (someone a speaker spoke about), the pronoun is the
    nearest fitting person named outside them; None when the nearest is not quoted."""
    pronoun = _pronoun_word(text, clause, cues)
    if pronoun is None:
        return None
    gender = cues.genders.get(pronoun.lower())
    fitting = (
        mention
        for mention in context.before(clause.start, "PERSON")
        if gender is None or context.genders.get(mention.id) in (None, gender)
    )
    nearest = next(fitting, None)
    if nearest is None or not context.in_quoted(nearest):
        return None
    outside = next((m for m in fitting if not context.in_quoted(m)), None)
    if outside is None or spokesperson_between(
        text, outside.end, clause.start, cues.spokesperson_nouns
    ):
        return None
    return SpeakerFound(outside.id, "pronoun past quoted names", pronoun)


def _pronoun(text: str, clause: Clause, context: SpeakerContext, cues: Cues) -> SpeakerFound | None:
    """ "he said" / "she added": the nearest person named before of a fitting gender."""
    pronoun = _pronoun_word(text, clause, cues)
    if pronoun is None:
        return None
    gender = cues.genders.get(pronoun.lower())
    known = _known_gender_near(text, clause.start, gender, context)
    if known is not None:  # "Ms Farrell … takes over from Simon Cole …" "…," she said
        return SpeakerFound(known.id, "pronoun of a known gender", pronoun)
    fitting = (
        mention
        for mention in context.before(clause.start, "PERSON")
        if gender is None or context.genders.get(mention.id) in (None, gender)
    )
    nearest = next(fitting, None)
    if nearest is None:
        return None
    if spokesperson_between(text, nearest.end, clause.start, cues.spokesperson_nouns):
        earlier = next(context.before(clause.start, ORGANISATION), None)  # "…," she said
        return SpeakerFound(earlier.id if earlier else None, "pronoun of a spokesperson")
    unnamed = unnamed_pronoun_rule(
        text, nearest.end, clause.start, gender, lambda a, b: bool(cues.verbs_in(text, a, b))
    )  # "One woman …, who asked not to be named, said she …" "…," she said
    if unnamed is not None:
        return SpeakerFound(None, unnamed, pronoun)
    sayer = next(fitting, None)
    if sayer is not None and sayer.id != nearest.id and _reported_by(text, sayer, nearest, cues):
        return SpeakerFound(sayer.id, "pronoun past reported speech", pronoun)
    return SpeakerFound(nearest.id, "pronoun", pronoun)


_KNOWN_GENDER_REACH = 300
"""How far before a gendered pronoun a person whose gender the text tells may stand to
be preferred to nearer people whose gender it does not tell."""


def _known_gender_near(
    text: str, position: int, gender: str | None, context: SpeakerContext
) -> EntityMention | None:
    """The nearest person named within :data:`_KNOWN_GENDER_REACH` before ``position``
    whose gender the text tells ("Ms Farrell") and fits ``gender``, when a nearer person
    of untold gender stands between in the same paragraph as that person (else the
    nearest fitting rule decides alone: "Ms Swann said … \n\n The force's lead,
    Superintendent Amy Leyland, agreed. "…," she told reporters" is Amy Leyland's, the
    paragraph's own subject); None when there is none, or a person of the other told
    gender is nearer."""
    if gender is None:
        return None
    untold: EntityMention | None = None
    for mention in context.before(position, "PERSON"):
        if position - mention.end > _KNOWN_GENDER_REACH:
            return None
        told = context.genders.get(mention.id)
        if told == gender:
            apart = untold is not None and "\n" in text[mention.end : untold.start]
            return mention if untold is not None and not apart else None
        if told is not None:
            return None
        untold = untold or mention
    return None


def _reported_by(text: str, sayer: EntityMention, named: EntityMention, cues: Cues) -> bool:
    """Whether ``named`` stands in what ``sayer`` is reported to have said: a verb of saying
    between them in one sentence ("Judge Ann Pike said Cole had shown no remorse", "DS Roy
    Hart told the court that Mr Lee ..."). A pronoun after it ("she told him") carries on
    with the sayer, the subject of the report, not the person the report is about."""
    if SENTENCE_BREAK.search(text, sayer.end, named.start):  # a sentence or paragraph ends
        return False
    return bool(cues.verbs_in(text, sayer.end, named.start))


def _organisations_jointly(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """Two organisations joined by "and" as the speaker: no single entity speaks."""
    organisations = [m for m in _speakers_inside(context, clause) if m.type != "PERSON"]
    for first, second in pairwise(organisations):
        between = text[first.end : second.start].strip().lower()
        if between in {"and", "and the"} and first.id != second.id:
            return SpeakerFound(None, "organisations jointly")
    return None


def _spokesperson(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    words = {w.group(0).lower() for w in cues.words_in(text, clause.start, clause.end)}
    if not words & cues.spokesperson_nouns:
        return None
    if words & cues.spokesperson_nouns == {"statement"} and lay_subject_at(
        text, clause.start, clause.cue_span[0]
    ):
        return None  # "In a statement, the victim said": a person, not an organisation
    organisations = voices(text, _speakers_inside(context, clause))  # not "through the Met"
    if organisations:
        return SpeakerFound(_nearest(organisations, clause).id, "spokesperson")
    referred = _referred_organisation(text, clause, context, cues)
    if referred is not None:
        return referred
    earlier = next(context.before(clause.start, ORGANISATION), None)
    if earlier:
        return SpeakerFound(earlier.id, "spokesperson of the last organisation named")
    return None


_REFERRED_REACH = 8
"""How many organisations of the kind back a spokesperson's "the council" may reach."""


def _references(text: str, clause: Clause, cues: Cues) -> Iterator[tuple[list[str], int, str]]:
    """The clause's "the <noun>" phrases whose noun refers back to an entity ("the charity",
    "the officer": ``cues.references``), with where each stands and the entity's kind."""
    for words, absolute in _definites(text, clause):
        kind = cues.references.get(words[-1]) if len(words) <= 2 else None
        if kind is not None:
            yield words, absolute, kind


def _referred_organisation(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """ "a spokesperson for the force said" -> the last force named, not the last
    organisation of any kind (a paper the force spoke to); an ORG noun ("for the council")
    is the last organisation whose name holds it."""
    for words, absolute, kind in _references(text, clause, cues):
        if kind == "PERSON":
            continue
        wanted = ORGANISATION if kind == "ANY" else kind
        for mention in islice(context.before(absolute, wanted), _REFERRED_REACH):
            if kind == "ORG" and words[-1] not in mention.id:
                continue
            detail = f"the {' '.join(words)}"
            return SpeakerFound(mention.id, "spokesperson of the organisation referred to", detail)
    return None


def _reference(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    """ "the charity said" -> the last charity named; "the officer said" -> the last person."""
    for words, absolute, kind in _references(text, clause, cues):
        wanted = ORGANISATION if kind == "ANY" else kind
        if kind == "PERSON" and words[-1] in LAY_PERSON_NOUNS:
            return _lay_reference(text, words, absolute, context)
        for mention in context.before(absolute, wanted):
            return SpeakerFound(mention.id, "reference", f"the {' '.join(words)}")
    return None


def _lay_reference(
    text: str, words: list[str], absolute: int, context: SpeakerContext
) -> SpeakerFound:
    """ "the victim said": the last person named before who holds no title and is not the
    defendant (``quotes/lay_references.py``), else nobody."""
    detail = f"the {' '.join(words)}"
    officials = {ident for ident, titles in context.titles.items() if titles}
    for mention in context.before(absolute, "PERSON"):
        if mention.id in officials or any(
            is_defendant(text, m.end) for m in context.by_id.get(mention.id, ())
        ):
            continue
        return SpeakerFound(mention.id, "reference", detail)
    return SpeakerFound(None, "lay reference with nobody fitting", detail)


def _title(text: str, clause: Clause, context: SpeakerContext, cues: Cues) -> SpeakerFound | None:
    """ "added the chief constable": the one person named before who holds that title."""
    for words, absolute in _definites(text, clause):
        phrase = " ".join(words)
        holders = {
            ident
            for ident in context.title_holders.get(phrase, frozenset())
            if context.named_before(ident, absolute)
        }
        if len(holders) == 1:
            return SpeakerFound(next(iter(holders)), "title", f"the {phrase}")
    return None


def _definites(text: str, clause: Clause) -> list[tuple[list[str], int]]:
    """ "the <words>" phrases that may be the subject of the cue, lower case, with positions.

    A phrase opening the clause comes first (``The officer, who leads …, said``), then
    the others nearest the cue first; each phrase in all its lengths, longest first
    (``the chief constable``, then ``the chief``).
    """
    cue_start = clause.cue_span[0]
    lead = clause.start
    while lead < clause.end and text[lead] in " \t,_*":
        lead += 1
    found: list[tuple[int, list[str], int]] = []
    for match in _DEFINITE.finditer(text, clause.start, clause.end):
        absolute = match.start()
        if absolute != lead and abs(absolute - cue_start) > _REFERENCE_REACH:
            continue
        words = match.group(1).lower().split()
        rank = -1 if absolute == lead else abs(absolute - cue_start)
        for size in range(len(words), 0, -1):
            if match.start(1) + len(" ".join(words[:size])) <= cue_start or absolute > cue_start:
                found.append((rank, words[:size], absolute))
    found.sort(key=lambda item: item[0])
    return [(words, absolute) for _, words, absolute in found]


def _organisation_named(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound | None:
    organisations = voices(text, _speakers_inside(context, clause))
    if not organisations:
        return None
    return SpeakerFound(_nearest(organisations, clause).id, "organisation named")


SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    SpeakerRule("unnamed person", _unnamed_person),
    SpeakerRule("relatives", _relatives),
    SpeakerRule("unnamed definite person", _unnamed_definite),
    SpeakerRule("person named", _person_named),
    SpeakerRule("surname", _surname),
    SpeakerRule("pronoun past quoted names", _pronoun_past_quoted),
    SpeakerRule("pronoun", _pronoun),
    SpeakerRule("organisations jointly", _organisations_jointly),
    SpeakerRule("spokesperson", _spokesperson),
    SpeakerRule("title", _title),
    SpeakerRule("reference", _reference),
    SpeakerRule("organisation named", _organisation_named),
)
"""The speaker rules, tried in this order."""

NOBODY = SpeakerFound(None, "nobody named")


def speaker_in_clause(
    text: str, clause: Clause, context: SpeakerContext, cues: Cues
) -> SpeakerFound:
    """The speaker a cue clause names, by the first rule of :data:`SPEAKER_RULES` that answers."""
    for rule in SPEAKER_RULES:
        found = rule.find(text, clause, context, cues)
        if found is not None:
            return found
    return NOBODY
