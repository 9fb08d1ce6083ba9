"""Titles: recognising ranks and job titles, expanding them, and pairing each with the
organisation and area the text gives it.

A title phrase is cleaned by named steps, in order (``TITLE_CLEANING``); each step takes
the place or organisation parts out, because those belong to the role, not the title:
"the director of Barnardo's Cymru" -> Director (organisation: the charity),
"Lancashire Police and Crime Commissioner" -> Police and Crime Commissioner (area:
Lancashire), "Head of the Kent Police's Public Protection Unit" -> Head of Public
Protection Unit. Portfolios stay whole ("Operational Drugs Lead").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pressfacts.entities import title_tails
from pressfacts.entities.acronyms import defined_acronyms
from pressfacts.entities.alternation import trie_alternation
from pressfacts.entities.organisations import OrganisationMention
from pressfacts.entities.text_ends import without_possessive_tail
from pressfacts.entities.title_words import (
    BODY_WORDS,
    CAPITALISED_RUN,
    NOT_PORTFOLIO_WORDS,
    POLITICAL_PARTY_WORDS,
    TITLE_QUALIFIERS,
)
from pressfacts.findings import RoleFinding
from pressfacts.models.resources import TitleEntry

__all__ = ["TITLE_CLEANING", "TitleTable", "defined_acronyms", "title_case"]

SMALL_WORDS = frozenset({"of", "for", "and", "the", "in", "at", "on", "to", "with", "a", "an"})
PORTFOLIO_WORDS = re.compile(
    r"\b(?:lead|head|director|manager|officer|chief|co-?ordinator|advis[eo]r|commissioner|"
    r"chair\w*|spokes\w+|secretary|minister|inspector|constable|superintendent|sergeant|"
    r"founder|executive|president|detective|councillor|mayor|specialist|reporter|editor|"
    r"correspondent|cabinet\s+member|portfolio\s+holder|commander|member|worker)\b",
    re.I,
)
"""A phrase with one of these words is a portfolio title ("national lead for X")."""
_CONNECTOR_TAIL = re.compile(r"\s*(?:\b(?:of|for|at|from|with|in)(?:\s+the)?)?\s*$", re.I)
_THE_TAIL = re.compile(r"\s*\bthe\s*$", re.I)
# "Barnardo's Head", "Crimestoppers' Head": the possessive left by an organisation
_POSSESSIVE_HEAD = re.compile(r"^[’'](?:s\b)?\s*")
# "regional " right before a title: a lower-case qualifier word (``TITLE_QUALIFIERS``)
_QUALIFIER_TAIL = re.compile(r"(?<![\w’'-])(?P<word>[a-z]+)[ \t]+$")
# "(CPAI)" after a portfolio: its acronym, not part of the title
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z]{2,10}\)\s*$")


_NATIONS_IN_OWN_LANGUAGE = frozenset({"cymru", "alba", "éire", "eire"})
"""Wales, Scotland and Ireland in their own languages, as branch names use them
("director Cymru"): places for titles only (statistics keep the English names)."""


def title_case(phrase: str) -> str:
    """Title-case a portfolio ("north west lead for crime" -> "North West Lead for Crime")."""
    words = phrase.split()
    return " ".join(
        word if (word.lower() in SMALL_WORDS and index) or word.isupper() else word.capitalize()
        for index, word in enumerate(words)
    )


@dataclass(frozen=True)
class Phrase:
    """A title phrase being cleaned, with what the cleaning has taken out of it."""

    text: str
    organisation: str | None = None
    area: str | None = None


class TitleTable:
    """The title table, built once: written forms -> entries, and the phrase cleaner."""

    def __init__(
        self,
        entries: Sequence[TitleEntry],
        places: Iterable[str],
        area_forces: dict[str, str],
        head_words: Iterable[str],
    ) -> None:
        self.folded: dict[str, TitleEntry] = {}
        self.exact: dict[str, TitleEntry] = {}
        for entry in entries:
            for form in (entry.title, *entry.forms):
                self.folded.setdefault(form.lower(), entry)
            for abbreviation in entry.abbreviations:
                self.exact.setdefault(abbreviation, entry)
        self.places = {place.lower() for place in places} | _NATIONS_IN_OWN_LANGUAGE
        self.area_forces = {area.lower(): force for area, force in area_forces.items()}
        self.head_words = frozenset(head_words)
        folded, exact = trie_alternation(self.folded), trie_alternation(self.exact)
        self.pattern = f"(?:(?i:{folded})|{exact})" if self.exact else f"(?i:{folded})"
        """Every written form, longest first (as a trie: a scan is one step a character)."""
        self.anywhere = re.compile(rf"(?<![\w’'])(?:{self.pattern})(?![\w’])")
        self._cleaned: Callable[[str], Phrase] = lru_cache(maxsize=4096)(self._clean)
        self._expanded: Callable[[str], tuple[str, ...]] = lru_cache(maxsize=4096)(self._expand)

    def entry(self, text: str) -> TitleEntry | None:
        """The entry written as ``text`` ("Det Supt", "DI", "chief executive"), if any."""
        return (
            self.folded.get(text.lower().rstrip("."))
            or self.exact.get(text.rstrip("."))
            or self.folded.get(text.lower())
        )

    def is_place(self, text: str) -> bool:
        """A place or force area ("Lancashire", "Dyfed-Powys")."""
        return text.lower() in self.places or text.lower() in self.area_forces

    def expand(self, phrase: str) -> list[str]:
        """Expanded titles of a run of ranks ("T/DCI" -> "Temporary Detective …");
        honorifics give nothing."""
        return list(self._expanded(phrase))  # the same words expand the same: kept

    def _expand(self, phrase: str) -> tuple[str, ...]:
        return tuple(self._titles(phrase))

    def _titles(self, phrase: str) -> Iterator[str]:
        """:meth:`expand`, one title at a time (the first alone needs no full scan)."""
        prefix_match = re.match(r"(?i:(temporary|acting|interim)\s+)|([TA])/\s?", phrase)
        prefix = ""
        if prefix_match:
            prefix = (
                prefix_match.group(1) or {"T": "Temporary", "A": "Acting"}[prefix_match.group(2)]
            ).capitalize() + " "
            phrase = phrase[prefix_match.end() :]
        for match in self.anywhere.finditer(phrase):
            entry = self.entry(match.group(0))
            if entry and entry.kind != "honorific":
                yield prefix + entry.title
                prefix = ""

    # -- what stands before a title --------------------------------------------------

    def owner_before(
        self, text: str, position: int, organisations: Sequence[OrganisationMention]
    ) -> Phrase:
        """The organisation, area or portfolio written right before a title at ``position``:
        "Kent Police’s Chief Superintendent" -> the force; "Suffolk’s Police and Crime
        Commissioner" -> area Suffolk; "Cumbria detective sergeant" -> Cumbria's force;
        "Bristol North MP" -> area Bristol North (a constituency); "Depot Commander" ->
        text "Depot", a portfolio word that belongs to the title."""
        qualifier = _QUALIFIER_TAIL.search(text[max(0, position - 20) : position])
        if qualifier and qualifier.group("word").lower() in TITLE_QUALIFIERS:
            start = position - len(qualifier.group(0))  # "North West regional manager"
            inner = self.owner_before(text, start, organisations)
            portfolio = f"{inner.text} {qualifier.group('word').capitalize()}".strip()
            return Phrase(portfolio, inner.organisation, inner.area)
        offset = max(0, position - 120, text.rfind("\n", 0, position) + 1)  # not past a line
        head = without_possessive_tail(text[offset:position])
        for mention in organisations:
            if mention.end == offset + len(head) and not mention.is_area:
                return Phrase("", organisation=mention.entity_id)
        after = next(self._titles(text[position : position + 60].split("\n")[0]), None)
        first = self.entry(after) if after is not None else None
        word = re.search(r"([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?)$", head)
        if not word or not first:
            return Phrase("")
        words = word.group(1).split()
        longer = title_tails.long_place_heads(head, self.is_place)
        for candidate in (*longer, word.group(1), " ".join(words[-2:]), words[-1]):
            force = self.area_forces.get(candidate.lower())
            if force and first.kind == "police_rank":
                return Phrase("", organisation=force)
            if self.is_place(candidate) and first.kind not in ("honorific", "legislator"):
                return Phrase("", area=candidate)
        run = CAPITALISED_RUN.search(head)
        if run is None or first.kind == "honorific":
            return Phrase("")
        kept = run.group(0).split()
        stops = [index for index, word in enumerate(kept) if word in NOT_PORTFOLIO_WORDS]
        kept = kept[stops[-1] + 1 :] if stops else kept  # "On Friday Inspector"
        area = None
        for cut in range(len(kept) - 1, 0, -1):  # "North East Regional Manager"
            if first.kind != "legislator" and self.is_place(" ".join(kept[:cut])):
                area, kept = " ".join(kept[:cut]), kept[cut:]
                break
        if first.kind == "legislator":  # "Labour MP": a party, not a constituency
            while kept and kept[0] in POLITICAL_PARTY_WORDS:
                kept.pop(0)
            return Phrase("", area=" ".join(kept) or None)
        if not kept or any(word.isupper() and len(word) > 1 for word in kept):
            return Phrase("", area=area)  # "MSHTU Inspector": a unit's acronym, no portfolio
        if kept[-1] in self.head_words and (len(kept) > 1 or kept[-1] in BODY_WORDS):
            return Phrase("", area=area)  # "Harbour Trust Manager", "Police Sergeant"
        run_start = offset + run.start() + run.group(0).index(kept[0])
        before = without_possessive_tail(text[max(0, run_start - 120) : run_start])
        before_end = max(0, run_start - 120) + len(before)
        owner = None  # "Rape Crisis' Regional Manager": the organisation owns the portfolio
        for mention in organisations:
            if mention.end == before_end and not mention.is_area:
                owner = mention.entity_id
        return Phrase(" ".join(kept), organisation=owner, area=area)

    # -- a title phrase ----------------------------------------------------------------

    def parse(
        self,
        text: str,
        start: int,
        end: int,
        organisations: Sequence[OrganisationMention],
        acronyms: dict[str, str] | None = None,
    ) -> tuple[list[RoleFinding], list[str]]:
        """Roles and affiliations of the title phrase ``text[start:end]``.

        "chief executive of the NSPCC" -> ([Chief Executive at the NSPCC], [NSPCC id]);
        a phrase with no title word gives no role.
        """
        phrase, affiliations = self._without_organisations(text, start, end, organisations)
        phrase = self._cleaned(phrase.text)  # the same words clean the same: kept
        if not phrase.text:
            return [], affiliations
        cleaned = phrase.text
        if acronyms:  # "Head of the OHU" -> "Head of Online Harms Unit"
            words: list[str] = []
            for word in cleaned.split():
                if word in acronyms and words[-1:] == ["the"]:
                    words.pop()
                words.append(acronyms.get(word, word))
            cleaned = " ".join(words)
        titles = [self._title(part) for part in self._joined_titles(cleaned)]
        if not all(titles):
            return [], affiliations
        organisation = phrase.organisation or (affiliations[0] if affiliations else None)
        if organisation and organisation not in affiliations:
            affiliations.append(organisation)
        return [RoleFinding(title, organisation, phrase.area) for title in titles], affiliations

    def _title(self, cleaned: str) -> str:
        """The title a cleaned phrase names: its entry's, or the portfolio title-cased;
        empty for an honorific or a phrase with no title word."""
        entry = self.entry(cleaned)
        if entry is not None:
            return "" if entry.kind == "honorific" else entry.title
        if PORTFOLIO_WORDS.search(cleaned) and len(cleaned.split()) <= 12:
            return title_case(cleaned)
        return ""

    def _joined_titles(self, cleaned: str) -> list[str]:
        """Two titles joined by "and" ("Superintendent and knife crime lead") are two,
        when the first is a whole title of the table; a portfolio whose subject holds an
        "and" ("Head of Major Crime and Public Protection") stays one."""
        first, joined, second = cleaned.partition(" and ")
        if joined and self.entry(first) is not None and PORTFOLIO_WORDS.search(second):
            return [first, second]
        return [cleaned]

    def _clean(self, text: str) -> Phrase:
        """The cleaning steps (``TITLE_CLEANING``) on a phrase, up to one that empties it."""
        phrase = Phrase(text)
        for step in TITLE_CLEANING:
            phrase = step.clean(self, phrase)
            if not phrase.text:
                break
        return phrase

    @staticmethod
    def _without_organisations(
        text: str, start: int, end: int, organisations: Sequence[OrganisationMention]
    ) -> tuple[Phrase, list[str]]:
        """The phrase with organisation mentions taken out: "Head of the Kent Police's
        Public Protection Unit" -> "Head of Public Protection Unit" (a possessive keeps
        the "of"), "chief executive of the NSPCC" -> "chief executive"."""
        affiliations: list[str] = []
        pieces: list[str] = []
        cursor = start
        for mention in organisations:
            if mention.start < start or mention.end > end:
                continue
            affiliations.append(mention.entity_id)
            piece = text[cursor : mention.start]
            rest = text[mention.end : end]
            possessive = _POSSESSIVE_HEAD.match(rest)
            if possessive and rest[possessive.end() :].strip():
                pieces.append(_THE_TAIL.sub("", piece))  # "Head of [the X's] Unit"
                cursor = mention.end + possessive.end()
            else:
                pieces.append(title_tails.without_tail(piece, _CONNECTOR_TAIL))
                cursor = mention.end
        pieces.append(text[cursor:end])
        joined = " ".join(" ".join(piece.split()) for piece in pieces if piece.strip())
        joined = re.sub(r"^(?:[’'](?:s\b)?\s*)", "", joined).strip(" ,")
        return Phrase(joined), affiliations


@dataclass(frozen=True)
class CleaningStep:
    """One named step of title cleaning; ``example`` is what it changes."""

    name: str
    example: str

    def clean(self, table: TitleTable, phrase: Phrase) -> Phrase:
        """Apply the step (dispatch on its name)."""
        return _STEPS[self.name](table, phrase)


def _drop_article(table: TitleTable, phrase: Phrase) -> Phrase:
    text = re.sub(r"^(?:the|a|an)\s+", "", phrase.text, flags=re.I)
    text = re.sub(r"^(?:the\s+)?[a-z]+[’']s\s+", "", text)  # "the charity's"
    return Phrase(text, phrase.organisation, phrase.area)


_ONE_OF = re.compile(
    r"^one\s+of\s+(?:the|its|our|their|his|her)\s+(?:\w+[’']s?\s+)?(?P<rest>.+?\w)s$", re.I
)


def _one_of_plural(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "one of the team's wildlife officers" -> wildlife officer: a title shared with
    others, in the singular."""
    match = _ONE_OF.match(phrase.text)
    if match:
        return Phrase(match.group("rest"), phrase.organisation, phrase.area)
    return phrase


def _drop_relative_clause(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "who is the force's drugs lead" -> "force's drugs lead"; any other relative
    clause ("who chairs the club") is a description, not a title."""
    match = re.match(r"^(?:who|which)\s+(?:is|was)\s+(?:also\s+)?(?P<rest>.+)$", phrase.text)
    if match:
        return _drop_article(table, Phrase(match.group("rest"), phrase.organisation, phrase.area))
    if re.match(r"^(?:who|which|whose)\b", phrase.text):
        return Phrase("", phrase.organisation, phrase.area)
    return phrase


def _drop_acronym(table: TitleTable, phrase: Phrase) -> Phrase:
    return Phrase(_ACRONYM_TAIL.sub("", phrase.text), phrase.organisation, phrase.area)


def _drop_anaphoric_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    text = title_tails.WORKPLACE_TAIL.sub("", title_tails.ANAPHORIC_TAIL.sub("", phrase.text))
    return Phrase(text, phrase.organisation, phrase.area)


def _drop_anaphoric_owner(table: TitleTable, phrase: Phrase) -> Phrase:
    text = title_tails.ANAPHORIC_OWNER.sub(r"\g<connector> ", phrase.text)
    return Phrase(text, phrase.organisation, phrase.area)


def _drop_place_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Director Cymru", "Head of Public Protection in Kent", "manager for the South East",
    "deputy director for the East of England" (the longest place the tail ends with)."""
    text, area = phrase.text, phrase.area
    tail = re.match(
        r"^(?P<title>.+?)\s+(?:(?:for|of|in)\s+(?:the\s+)?)?(?P<place>\S+(?:\s+\S+){0,3})$", text
    )
    if tail:
        words = tail.group("place").split()  # the longest place first: "East of England"
        for place in (" ".join(words[cut:]) for cut in range(len(words))):
            if table.is_place(place) and tail.group("title") != place:
                before = text[: len(text) - len(place)].rstrip()
                before, place = title_tails.place_with_run_before(before, place)
                before = _CONNECTOR_TAIL.sub("", before)
                if before:
                    return Phrase(before, phrase.organisation, area or place)
    # "Head of Major Investigations in Tayside", "commander for Greater Dunmore": a title
    # ends with its place even when the place list does not know it (title_tails)
    unknown = title_tails.unknown_place_tail(text, table.is_place)
    if unknown:
        return Phrase(unknown[0], phrase.organisation, area or unknown[1])
    return Phrase(text, phrase.organisation, area)


def _drop_organisation_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Chairman of the Riverside Residents Association" -> Chairman: "of the" and a
    capitalised run ending in an organisation head word."""
    match = re.match(
        r"^(?P<title>.+?)\s+(?:of|for|at)\s+the\s+(?P<org>(?:[A-Z][\w’'!-]*\s+){0,6}"
        r"(?P<head>[A-Z][\w!-]*))$",
        phrase.text,
    )
    if match and match.group("head") in table.head_words:
        return Phrase(match.group("title"), phrase.organisation, phrase.area)
    return phrase


def _drop_organisation_head(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Riverside Residents Association chairman" -> chairman; "National Police Chiefs'
    Council lead for X" -> lead for X: a capitalised run ending in a head word, then a
    lower-case title word."""
    words = phrase.text.split()
    for index in range(1, min(len(words), 8)):
        word = words[index]
        if not word[:1].islower() or word in SMALL_WORDS:
            continue
        previous = re.sub(r"[’']s?$", "", words[index - 1])
        if previous in table.head_words:
            return Phrase(" ".join(words[index:]), phrase.organisation, phrase.area)
        break
    return phrase


# "MP for Bristol North": a legislator's constituency (capitalised, up to five words)
_CONSTITUENCY_TAIL = re.compile(
    r"^(?P<title>.{2,60}?)\s+for\s+(?P<area>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})$"
)
# ", would lead the inquiry": a verb phrase after a name, no title
_VERB_START = re.compile(
    r"^(?:would|will|has|have|had|is|was|were|are|said|says|can|could|should|may|might|"
    r"must|did|does|added|told)\b",
    re.I,
)


def _drop_verb_phrase(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "would lead the inquiry" (after "Jo Bell,") is what the person does: no title."""
    if _VERB_START.match(phrase.text):
        return Phrase("", phrase.organisation, phrase.area)
    return phrase


def _drop_constituency(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "MP for Bristol North" or "Bristol North MP" -> MP (area Bristol North); only with
    a legislator title, whose party words go ("Labour MP for Bristol North")."""
    words = phrase.text.split()
    while words and words[0] in POLITICAL_PARTY_WORDS:
        words.pop(0)
    text = " ".join(words)
    match = _CONSTITUENCY_TAIL.match(text)
    entry = table.entry(match.group("title")) if match else None
    if match and entry is not None and entry.kind == "legislator":
        return Phrase(match.group("title"), phrase.organisation, phrase.area or match["area"])
    entry = table.entry(text)
    if entry is not None and entry.kind == "legislator":  # "Labour MP"
        return Phrase(text, phrase.organisation, phrase.area)
    entry = table.entry(words[-1]) if len(words) > 1 else None
    if entry is not None and entry.kind == "legislator" and all(w[:1].isupper() for w in words):
        return Phrase(words[-1], phrase.organisation, phrase.area or " ".join(words[:-1]))
    return phrase


def _drop_place_head(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Lancashire Police and Crime Commissioner" -> area Lancashire; "Lancashire ACC" ->
    Lancashire's force."""
    words = phrase.text.split()
    for cut in range(min(3, len(words) - 1), 0, -1):
        place = " ".join(words[:cut])
        rest = " ".join(words[cut:])
        place_key = re.sub(r"[’']s$", "", place)
        entry = table.entry(rest)
        if (
            table.is_place(place_key)
            and not entry
            and PORTFOLIO_WORDS.search(rest)
            and not re.search(r"\b(?:for|of)\b", rest)
        ):
            # "North East Regional Manager" -> Regional Manager (area North East); a
            # portfolio with its own subject keeps its place ("North West Lead for Crime")
            return Phrase(rest, phrase.organisation, phrase.area or place_key)
        if table.is_place(place_key) and entry:
            force = table.area_forces.get(place_key.lower())
            if force and entry.kind == "police_rank":
                return Phrase(rest, phrase.organisation or force, phrase.area)
            return Phrase(rest, phrase.organisation, phrase.area or place_key)
    return phrase


_STEPS = {
    "one_of": _one_of_plural,
    "article": _drop_article,
    "relative_clause": _drop_relative_clause,
    "acronym": _drop_acronym,
    "anaphoric_tail": _drop_anaphoric_tail,
    "anaphoric_owner": _drop_anaphoric_owner,
    "verb_phrase": _drop_verb_phrase,
    "constituency": _drop_constituency,
    "organisation_tail": _drop_organisation_tail,
    "organisation_head": _drop_organisation_head,
    "place_tail": _drop_place_tail,
    "place_head": _drop_place_head,
}

TITLE_CLEANING: tuple[CleaningStep, ...] = (
    CleaningStep("one_of", "one of the team's wildlife officers -> wildlife officer"),
    CleaningStep("article", "the director -> director"),
    CleaningStep("relative_clause", "who is the director -> director; who chairs X -> none"),
    CleaningStep("acronym", "lead for Online Safety (OS) -> lead for Online Safety"),
    CleaningStep(
        "anaphoric_tail",
        "manager for the area -> manager; supervisor at its Leeds base -> supervisor",
    ),
    CleaningStep("anaphoric_owner", "head of the force's control room -> head of control room"),
    CleaningStep("verb_phrase", "would lead the inquiry -> none"),
    CleaningStep("constituency", "MP for Bristol North -> MP (area Bristol North)"),
    CleaningStep(
        "organisation_tail", "chairman of the Riverside Residents Association -> chairman"
    ),
    CleaningStep("organisation_head", "Riverside Residents Association chairman -> chairman"),
    CleaningStep("place_tail", "Director Cymru -> Director (area Cymru)"),
    CleaningStep("place_head", "Kent Police and Crime Commissioner -> area Kent"),
)
"""The cleaning steps of a title phrase, in the order they run."""
