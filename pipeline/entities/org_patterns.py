"""Open classes of organisation names, by named token rules (``organisation_patterns.jsonl``).

Councils, police and crime panels, PCC offices, regional organised crime units,
local action groups, newspapers, services a charity runs: names no list can hold. Each
rule is an :class:`~pressfacts.models.resources.OrganisationPattern` whose spaCy token
patterns are compiled once, in ``__init__``, and run in windows around the rules'
anchor words, each window by the rules that may match there
(:mod:`pressfacts.entities.rule_windows`; match id = rule id and lead length).

A match becomes a mention when:
- it does not begin inside a rank or job title, once a leading "the" is taken off;
- its words other than the rule's ``heads`` are not all stop words ("The Council");
- the rule's context holds (``preceded_by``, ``not_preceded_by``, ``followed_by``,
  ``not_followed_by``, ``place_led``, ``owner``);
- it swallows no gazetteer name, unless the rule says it may (``contains_known``).
A name that is a small misspelling of a gazetteer entry resolves to that entry.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pressfacts.doc_text import doc_text
from pressfacts.entities.appositive_lists import past_known_list
from pressfacts.entities.gazetteer import Gazetteer, OrganisationMention
from pressfacts.entities.joined_names import (
    SECOND_NAME_REACH,
    and_the_modifier_tail,
    cut_at_joined_names,
    second_start,
)
from pressfacts.entities.pattern_tokens import (
    TRAIL_WORD,
    anchor_literal,
    compile_pattern,
)
from pressfacts.entities.place_led_names import with_place_before
from pressfacts.entities.rule_windows import WindowedMatcher
from pressfacts.entities.service_owners import service_of_non_charity, uncharitable_possessive
from pressfacts.models.ids import entity_id
from pressfacts.models.resources import OrganisationPattern

# Words a name found by pattern never starts with: determiners, pronouns, conjunctions
# (with the paired ones a sentence opens on: "Both Everton FC and Liverpool FC have …",
# "Neither Kent County Council nor …"), and the prepositions a sentence opens on ("At
# Shrewsbury Crown Court on Tuesday, …")
_LEADING_NOISE = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its"}
    | {"and", "but", "or", "if", "when", "while", "yesterday", "today", "meanwhile"}
    | {"both", "either", "neither"}
    | {"at", "in", "on", "from", "to", "by", "with", "after", "before", "outside", "inside"}
)
WINDOW_BEFORE = 12
"""Tokens before an anchor word a match may start ("Office of the North Yorkshire …")."""
WINDOW_AFTER = 10
"""Tokens after an anchor word a match may end."""
_LINKS = frozenset({"of", "for", "and", "&", "the", "-", "'s", "'"})
_NOISE, _NAME_LINKS = _LEADING_NOISE | _LINKS, frozenset({"FOR", "OF", "AND"})
"""Rule ``capital_link_opening``: a link word in capitals opens a name ("FOR Cardiff")."""
_PERSON_LINKS = frozenset({"of", "from", "at"})
"""Words that join a person's name to the organisation after it ("Ann Ray of X")."""
_PERSON_WORDS = 3
"""The most words of a person's name a match may open on before its link."""
OWNER_REFERENCES: dict[str, str] = {"charity": "CHARITY", "force": "FORCE", "council": "ORG"}
"""Nouns that, after "the", refer back to an organisation of a type ("said Jo Bell, the
charity's head of policy"): said after the organisation named last, they tell the owner of
"its"/"our" (rule ``owner`` of a pattern) instead of that organisation."""
_OWNER_REFERENCE = re.compile(rf"\bthe\s+(?P<noun>{'|'.join(OWNER_REFERENCES)})\b", re.I)
LAW_TITLE_WORDS = frozenset({"Act", "Bill"})
"""Rule ``law_title_tail``: a name found by pattern right before one of these, as written,
is the opening of a law's title ("the British Transport Commission Act 1949", "a Health
Service Bill"), not an organisation; in lower case it is a verb or noun ("the Gambling
Commission act", "the Water Authority bill") and the name stands."""
PLACE_NAMED_RULES = frozenset({"place-named-bank"})
"""Pattern rules whose names may be listed places, told apart by the noun after them
(``followed_by``): "a Halifax branch" is the bank trading under a town's name (rule
``place-named-bank``), "a man from Halifax" the town; any other match that is a place is
none."""


def _anchors(rule: OrganisationPattern, pattern: Sequence[dict[str, Any]]) -> set[str] | None:
    """The words around which ``pattern`` (a rule's, its lead included) may match: the
    nouns it must be followed by, else its anchor words; None (anywhere) where the
    windows could miss them (a NORM literal other than a plain lower-case word may differ
    from the lower case the anchors are found by; a follow window longer than the window
    before an anchor)."""
    if rule.followed_by:
        return set(rule.followed_by) if rule.follow_window <= WINDOW_BEFORE + 1 else None
    attr, words = anchor_literal(pattern)
    if attr == "NORM" and not all(_PLAIN_WORD.fullmatch(word) for word in words):
        return None
    return words  # rule ``plain_lead_anchor``: a plain word's NORM is its lower case


_PLAIN_WORD = re.compile(r"[a-z]{4,}")
"""A lead word whose NORM is its lower case ("operator"), so the windows may be anchored on
it (rule ``plain_lead_anchor``): "train operator" matches around its own lead too."""


OFFICE_POSSESSORS = frozenset(
    {"mayor", "governor", "king", "queen", "prince", "princess", "president", "chancellor"}
    | {"children", "women", "victims", "people", "lord", "speaker", "students"}
)
"""First words whose possessive is part of a name ("the Mayor's Office for Policing and
Crime", "the Children's Society"), where a place's is not ("Suffolk's Police and …")."""


def canonical_name(span: Span) -> str:
    """The name a matched span stands for: its words without possessives ("Suffolk’s
    Police and Crime Panel" -> "Suffolk Police and Crime Panel"), but for the
    possessive of a word naming an office or people (``OFFICE_POSSESSORS``: "the
    Children's Society", "Wrexham Women's Centre")."""
    parts: list[str] = []
    for token in span:
        kept = token.i > span.start and token.doc[token.i - 1].lower_ in OFFICE_POSSESSORS
        if token.norm_ in {"'s", "'"} and token.i != span.start and not kept:
            if parts and token.whitespace_:
                parts[-1] = parts[-1].rstrip() + " "
            continue
        parts.append(token.text + token.whitespace_)
    return "".join(parts).strip()


def _held(rule: OrganisationPattern, anchors: set[str] | None) -> bool:
    """Every match of the rule holds one of ``anchors``, which trimming never takes off
    (no noise or link word), and a match over a gazetteer name is dropped (the rule may
    not contain a known name): so the windows need not match it where each of its
    anchor words stands inside a gazetteer name (:func:`_settled`)."""
    return (
        anchors is not None
        and not rule.followed_by
        and not rule.contains_known
        and not anchors & (_LEADING_NOISE | _LINKS)
    )


def _settled(
    doc: Doc,
    known: Sequence[tuple[Span, OrganisationMention]],
    title_spans: Sequence[tuple[int, int]],
) -> set[int]:
    """Tokens of gazetteer names outside any title: a match holding one is dropped by
    :meth:`PatternRules.find` (trimming keeps a token no title covers, and the match
    overlaps a known name) unless its rule may contain known names."""
    settled: set[int] = set()
    for span, _ in known:
        first, last = span.start_char, span.end_char
        if not any(start < last and first < end for start, end in title_spans):
            settled.update(range(span.start, span.end))  # no title reaches into the name
            continue
        for token in span:
            if not any(start <= token.idx < end for start, end in title_spans):
                settled.add(token.i)
    return settled


_PRECEDING_REACH = 80
"""How far before a match (characters) a ``not_preceded_by`` phrase is looked for: the
document's text is read once, never rebuilt for each match."""
_FOLLOW_BREAKS = frozenset({"is", "are", "was", "were", "in", "with"})
"""Words that end the noun phrase a ``followed_by`` noun is sought in: "the charity's
Trustees were in line with" names no line (guard ``follow_phrase_break``)."""


class PatternRules:
    """Finds open-class organisation names; the Matcher is built once."""

    def __init__(
        self,
        nlp: Language,
        rules: Sequence[OrganisationPattern],
        gazetteer: Gazetteer,
        stop_words: Iterable[str] = (),
        places: Iterable[str] = (),
    ) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self.gazetteer = gazetteer
        self._stop = {word.lower() for word in stop_words}
        self._places = {place.lower() for place in places}
        """A name found by pattern is never just a place ("opened in Basildon, run by …")."""
        self._matcher = WindowedMatcher(nlp, WINDOW_BEFORE, WINDOW_AFTER)
        self._keys: dict[str, tuple[OrganisationPattern, int, int]] = {}
        for rule in rules:
            patterns = [compile_pattern(p) for p in rule.patterns]
            # a phrase the name must follow leads the pattern (few partial matches) and
            # is cut off the match again: the key says how many tokens it has
            leads = [
                [{"NORM": token.norm_} for token in nlp.make_doc(phrase)]
                for phrase in rule.preceded_by
            ] or [[]]
            # a phrase the name must be followed by ends the pattern and is cut off likewise
            trails = [
                [
                    TRAIL_WORD if token.text == "*" else {"LOWER": token.lower_}
                    for token in nlp.make_doc(phrase)
                ]
                for phrase in rule.trailed_by
            ] or [[]]
            for lead, trail in ((lead, trail) for lead in leads for trail in trails):
                key = f"{rule.id}|{len(lead)}" + (f"|{len(trail)}" if trail else "")
                self._keys[key] = (rule, len(lead), len(trail))
                # a noun the name must be followed by is rarer than "our" or "its"
                found = [_anchors(rule, lead + p + trail) for p in patterns]
                anchors = None if None in found else {w for words in found for w in words or ()}
                compiled = [lead + p + trail for p in patterns]
                self._matcher.add(key, compiled, anchors, "LONGEST", _held(rule, anchors))
        self._matcher.seal()  # the rules' word tests become lexeme flags

    def find(
        self,
        doc: Doc,
        known: Sequence[tuple[Span, OrganisationMention]],
        title_spans: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[Span, OrganisationMention]]:
        """Mentions by pattern, each winning over the gazetteer names it swallows when its
        rule allows; returns the merged list (gazetteer and pattern), in text order."""
        strings = doc.vocab.strings
        candidates: list[tuple[Span, OrganisationPattern]] = []
        for match_id, start, end in self._matcher(doc, _settled(doc, known, title_spans)):
            key = strings[match_id]
            rule, lead, trail = self._keys[key]
            span = self._trim(doc[start + lead : end - trail], rule, title_spans)
            if span is not None and trail:  # rule appositive_ends_a_list
                span = past_known_list(span, [known_span for known_span, _ in known])
            span = with_place_before(span, self._places) if span is not None and not lead else span
            if span is not None and self._context_holds(doc, span, rule):
                candidates.append((span, rule))
            while span is not None and not lead and not trail:  # rule second_joined_name
                at = second_start(span, end, set(rule.heads))
                found = self._matcher.match_at(doc, key, at, SECOND_NAME_REACH) if at else None
                span = self._trim(doc[found[0] : found[1]], rule, title_spans) if found else None
                if span is not None and self._context_holds(doc, span, rule):
                    candidates.append((span, rule))
                end = found[1] if found else end
        candidates = cut_at_joined_names(candidates)
        candidates.sort(key=lambda c: (c[0].start - c[0].end, -c[1].priority, c[0].start))
        known_tokens = {i: mention for span, mention in known for i in range(span.start, span.end)}
        known_spans = {(span.start, span.end) for span, _ in known}
        # known names a pattern swallows are dropped at the end, found by their tokens
        known_at = {
            i: index for index, (span, _) in enumerate(known) for i in range(span.start, span.end)
        }
        swallowed: set[int] = set()
        chosen: list[tuple[Span, OrganisationMention]] = []
        taken_by_rule: set[int] = set()
        known_starts = sorted(span.start_char for span, _ in known)
        known_by_start = sorted(known, key=lambda k: k[0].start_char)
        for span, rule in candidates:
            tokens = set(range(span.start, span.end))
            if tokens & taken_by_rule or (span.start, span.end) in known_spans:
                continue
            if any(i in known_tokens for i in tokens) and not (
                rule.contains_known and self._covers_whole(span, known)
            ):
                continue  # a gazetteer name stands, and is never cut in two
            if rule.owner and self._owner(span, known_starts, known_by_start, rule) != rule.owner:
                continue
            if service_of_non_charity(span, rule.type, known) or uncharitable_possessive(
                span, rule, known
            ):
                continue
            mention = self._mention(span, rule)
            if mention is None:
                if rule.unnamed_claims and not self._has_name(span, rule):
                    taken_by_rule |= tokens  # an unnamed body: no entity, nor its parts
                continue
            swallowed.update(known_at[i] for i in tokens if i in known_at)
            chosen.append((span, mention))
            taken_by_rule |= tokens
        kept = [name for index, name in enumerate(known) if index not in swallowed]
        return sorted(kept + chosen, key=lambda c: c[0].start)

    @staticmethod
    def _covers_whole(span: Span, known: Sequence[tuple[Span, OrganisationMention]]) -> bool:
        return all(
            span.start <= other.start and other.end <= span.end
            for other, _ in known
            if other.start < span.end and span.start < other.end
        )

    def _trim(
        self, span: Span, rule: OrganisationPattern, title_spans: Sequence[tuple[int, int]]
    ) -> Span | None:
        """The span without leading noise, a title it starts with, or trailing links."""
        doc, start, end = span.doc, span.start, span.end
        while start < end and doc[start].lower_ in _NOISE and doc[start].text not in _NAME_LINKS:
            start += 1
        for title_start, title_end in title_spans:
            if start < end and title_start <= doc[start].idx < title_end:
                while start < end and doc[start].idx < title_end:
                    start += 1
                while start < end and doc[start].lower_ in _LINKS | _LEADING_NOISE:
                    start += 1
        before = doc[start - 1] if start > 0 else None  # a title or given name it follows
        led = before is not None and (
            (before.text in self.gazetteer.given_names and not before.is_stop)
            or any(title_start <= before.idx < title_end for title_start, title_end in title_spans)
        )
        start = self._past_person(doc, start, end, led)
        while end > start and doc[end - 1].lower_ in _LINKS:
            end -= 1
        end = and_the_modifier_tail(doc, start, _first_of_joined(doc, start, end, rule))
        if start >= end:
            return None
        trimmed = doc[start:end]
        for token in trimmed:
            if token.text == "-" and (token.whitespace_ or doc[token.i - 1].whitespace_):
                return None  # a spaced dash separates, it does not join ("Kent - Council")
        return trimmed

    def _past_person(self, doc: Doc, start: int, end: int, led: bool) -> int:
        """``start`` moved past a person's name and the word linking it to the name after
        it, where the match opens on one: a few capitalised words, then "of"/"from"/"at",
        ``led`` by a title or a given name right before them ("Sergeant Ann Ray of West
        Yorkshire Trading Standards", "Ann Ray of the Kirklees …": the match opened on
        "Ray") or opening on a known given name ("Ann Ray of West Yorkshire Trading
        Standards"); else ``start``."""
        for link in range(start + 1, min(end, start + _PERSON_WORDS + 1)):
            if doc[link].lower_ in _PERSON_LINKS:
                names = doc[start:link]
                given = len(names) > 1 and names[0].text in self.gazetteer.given_names
                given = given and not names[0].is_stop  # "The" is a given name too
                if (led or given) and all(token.is_title for token in names):
                    start = link + 1
                    while start < end and doc[start].lower_ in _LINKS | _LEADING_NOISE:
                        start += 1
                return start
            if not doc[link].is_title:
                return start
        return start

    def _place_before_heads(self, doc: Doc, span: Span, rule: OrganisationPattern) -> bool:
        """The words before the last (and before any head words right before it) are a place.

        "Leeds United" ("Leeds"), "Leeds Cycling Campaign" ("Leeds": "Cycling" is a head too).
        """
        end = span.end - 1
        while end > span.start + 1 and doc[end - 1].lower_ in rule.heads:
            end -= 1
        return doc[span.start : end].text.lower() in self._places

    def _place_before_last(self, doc: Doc, span: Span) -> bool:
        """The words before the last are a listed place or end on one ("Lisburn NI",
        "Across Belfast NI"): rule field ``place_not_name``."""
        return any(
            doc[at : span.end - 1].text.lower() in self._places
            for at in range(span.start, span.end - 1)
        )

    def _context_holds(self, doc: Doc, span: Span, rule: OrganisationPattern) -> bool:
        if "\n" in span.text:
            return False  # a name never runs over a line break
        if hyphen_compound_head(doc, span):
            return False
        if span.end < len(doc) and doc[span.end].lower_ in rule.not_followed_by:
            return False
        if span.end < len(doc) and doc[span.end].text in LAW_TITLE_WORDS:
            return False  # rule law_title_tail
        if rule.not_preceded_by:  # "the team's Quick Response Service": the team's own
            window = doc_text(doc)[max(0, span.start_char - _PRECEDING_REACH) : span.start_char]
            before = window.rstrip().lower().replace("’", "'")
            if any(before.endswith(phrase) for phrase in rule.not_preceded_by):
                return False
        if rule.place_led and not self._place_before_heads(doc, span, rule):
            return False
        if rule.place_not_name and self._place_before_last(doc, span):
            return False  # "Lisburn NI", "Across Belfast NI": a place and its nation
        if any(token.lower_ in rule.excluded_words for token in span):
            return False  # "Power NI", "Retail NI": a business, a trade body
        if rule.followed_by:
            after = doc[span.end : span.end + rule.follow_window]
            found = False
            for token in after:
                if token.lower_ in rule.followed_by:
                    found = True
                    break
                if token.lower_ in _FOLLOW_BREAKS:
                    break  # guard ``follow_phrase_break``
                if not (token.is_lower or token.norm_ in {"'s", "'"}):
                    break
            if not found:
                return False
        return True

    def _has_name(self, span: Span, rule: OrganisationPattern) -> bool:
        """Some word besides the rule's heads that is not a stop word ("This Council") nor
        one of the rule's ``generic_words`` ("the charity's Live Chat service")."""
        heads = {head.lower() for head in rule.heads}
        modifiers = [
            token.lower_
            for token in span
            if token.lower_ not in heads and token.lower_ not in _LINKS and _name_word(token.text)
        ]
        generic = self._stop | set(rule.generic_words)  # "Live Chat", "Online Support"
        return bool(modifiers) and not all(word in generic for word in modifiers)

    @staticmethod
    def _owner(
        span: Span,
        starts: list[int],
        known: Sequence[tuple[Span, OrganisationMention]],
        rule: OrganisationPattern,
    ) -> str | None:
        """The type of the nearest organisation named before ``span``, or of a reference
        to one said after it (:data:`OWNER_REFERENCES`: "the charity"); for a rule the
        name must be trailed by ("X, run by …"), of the one named next after it."""
        if rule.trailed_by:
            index = bisect.bisect_left(starts, span.end_char)
            return known[index][1].type if index < len(known) else None
        index = bisect.bisect_left(starts, span.start_char) - 1
        after = known[index][0].end_char if index >= 0 else 0
        references = _OWNER_REFERENCE.findall(doc_text(span.doc), after, span.start_char)
        if references:  # "…, the charity's head of behaviour. Its Pet Smart programme"
            return OWNER_REFERENCES[references[-1].lower()]
        return known[index][1].type if index >= 0 else None

    def _mention(self, span: Span, rule: OrganisationPattern) -> OrganisationMention | None:
        name = canonical_name(span)
        typo = self.gazetteer.resolve_typo(name)
        if typo is not None:
            return OrganisationMention(
                span.start_char, span.end_char, typo.id, typo.type, typo.name, rule="typo"
            )
        if not self._has_name(span, rule) or (
            name.lower() in self._places and rule.id not in PLACE_NAMED_RULES
        ):
            return None
        return OrganisationMention(
            span.start_char,
            span.end_char,
            entity_id(rule.type, name),
            rule.type,
            name,
            rule=rule.id,
        )


def hyphen_compound_head(doc: Doc, span: Span) -> bool:
    """Whether the match ends on the second half of a hyphenated word that a capitalised
    word follows: the head word is then a modifier inside a longer name ("the
    Multi-Agency Safeguarding Hub", "Inter-Agency Liaison Group"), not the head of a name
    of its own (rule ``hyphen_compound_head``); not "the Anglo-Irish Agency said"."""
    end = span.end
    if end - span.start < 3 or end >= len(doc) or doc[end - 2].text != "-":
        return False
    if doc[end - 3].whitespace_ or doc[end - 2].whitespace_:
        return False
    return doc[end].is_title and doc[end].is_alpha


def _name_word(text: str) -> bool:
    """A word that can name: letters ("Safeline"), or letters with digits after the first
    letter ("SV2", "Voice4Victims"); not a number ("2024"), a road ("M6", "A127": one
    letter) nor a token with punctuation."""
    letters = sum(c.isalpha() for c in text)
    return text.isalpha() or (text[:1].isalpha() and text.isalnum() and letters > 1)


def _first_of_joined(doc: Doc, start: int, end: int, rule: OrganisationPattern) -> int:
    """The end of the first of two names joined by "and" that share one of the rule's head
    words ("University of Bradford and Bath Spa University": two universities, where
    :func:`~.joined_names.cut_at_joined_names` finds no second name running past the
    first); else ``end`` ("Department of Health and Social Care", "Kent Fire and Rescue
    Service": one name)."""
    heads = {head.lower() for head in rule.heads} - _LINKS
    for join in range(start + 1, end - 1):
        if doc[join].lower_ not in ("and", "&"):
            continue
        before = {t.lower_ for t in doc[start:join] if t.text[:1].isupper()} & heads
        after = {t.lower_ for t in doc[join + 1 : end] if t.text[:1].isupper()} & heads
        if before & after:
            return join
    return end
