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
from functools import lru_cache

from pressfacts.entities import title_tails
from pressfacts.entities.acronyms import defined_acronyms
from pressfacts.entities.alternation import trie_alternation
from pressfacts.entities.anaphoric_owners import anaphoric_owner, owner_right_before
from pressfacts.entities.organisations import OrganisationMention
from pressfacts.entities.text_ends import without_possessive_tail
from pressfacts.entities.title_cleaning import (
    CLIENT_GROUP_POSSESSIVES,
    CONNECTOR_TAIL,
    PORTFOLIO_WORDS,
    SMALL_WORDS,
    TITLE_CLEANING,
    Phrase,
)
from pressfacts.entities.title_words import (
    BODY_WORDS,
    CAPITALISED_RUN,
    NOT_PORTFOLIO_WORDS,
    POLITICAL_PARTY_WORDS,
    STAND_IN,
    TITLE_QUALIFIERS,
)
from pressfacts.findings import RoleFinding
from pressfacts.models.resources import TitleEntry

_CONNECTOR_END = re.compile(r"\s(?:for|of|in|at|across)(?:\s+the)?\s*$", re.I)
"""A title phrase that stops on a connector: its place follows ("head of policy for")."""
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]*")

__all__ = ["PORTFOLIO_WORDS", "TITLE_CLEANING", "TitleTable", "defined_acronyms", "title_case"]

_THE_TAIL = re.compile(r"\s*\bthe\s*$", re.I)
_ORGANISATION_SUFFIX = re.compile(r"\s*(?:Group|plc|PLC|Ltd|Limited|Holdings)\b(?!\s+[A-Z])")
"""A company suffix right after an organisation named by its short name ("at the Co-op
Group", "of Tesco plc"): the organisation's, no part of the title."""
BARE_UNIT_TAIL = re.compile(r"\s*(?:local\s+|regional\s+|area\s+)?(?:branch|unit|team|office)\s*")
"""Rule ``bare_unit_tail``: only a unit noun left after the last organisation taken out
of a title phrase ("branch secretary for [Unison]'s [Merseyside Police] branch"): the
organisation's unit, no part of the title, and the connector before the organisation
dangles ("Branch Secretary", not "Branch Secretary for Branch"); not "head of branch at
[Barclays]" (the unit noun before the organisation is the title's)."""
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
"""Brackets an organisation's acronym was taken out of ("director of the Retail Forum
(RF)"): nothing of the title."""
# "Barnardo's Head", "Crimestoppers' Head": the possessive left by an organisation
_POSSESSIVE_HEAD = re.compile(r"^[’'](?:s\b)?\s*")
_ORGANISATION_JOINER = re.compile(r"\s*(?:,|,?\s*(?:and|&|or))?\s*(?:the\s+)?", re.I)
"""Only a joiner between two organisations of a title phrase (rule
``joined_organisations``): "head of roads policing for [Thames Valley Police] and
[Hampshire Constabulary]" -> "head of roads policing", the post serving both; no word of
the title."""
# "regional " right before a title: a lower-case qualifier word (``TITLE_QUALIFIERS``)
_QUALIFIER_TAIL = re.compile(r"(?<![\w’'-])(?P<word>[a-z]+|Deputy|Vice|Senior|Principal)[ \t]+$")
"""A word of :data:`TITLE_QUALIFIERS` right before a title, lower case or a capitalised
deputy's or senior's ("Greater Manchester's Deputy Mayor": the owner is read before it;
"Senior Prosecutor" when the table knows only "Prosecutor")."""


_STAND_IN = re.compile(rf"^(?i:{STAND_IN}) ")
_GRADES = frozenset({"senior", "principal"})
"""The prefix :meth:`TitleTable.expand` gives a stand-in's title ("Acting Chief Constable"):
the entry is the title's after it."""

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


PLACE_OWNED_RANKS = frozenset({"commissioner"})
"""Ranks that, after a bare place name, are that place's elected commissioner (its police,
fire and crime commissioner: "Staffordshire Commissioner Ben Cole"), not an officer of its
force; "Met Commissioner" and "Metropolitan Police Commissioner" name the force."""


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

    def is_rank(self, title: str) -> bool:
        """Whether ``title`` is written as a police (or fire) rank of the table."""
        entry = self.entry(title)
        return entry is not None and entry.kind == "police_rank"

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
        prefix_match = re.match(rf"(?i:({STAND_IN})\s+)|([TA])/\s?", phrase)
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

    def _graded_rank(self, word: str, text: str, position: int) -> bool:
        """A job's grade (:data:`_GRADES`) before a police rank, which it is no part of:
        "Senior Detective Inspector" is a detective inspector, "senior prosecutor" a Senior
        Prosecutor."""
        if word.lower() not in _GRADES:
            return False
        after = next(self._titles(text[position : position + 60].split("\n")[0]), None)
        entry = self.entry(_STAND_IN.sub("", after, count=1)) if after is not None else None
        return entry is not None and entry.kind == "police_rank"

    def owner_before(
        self, text: str, position: int, organisations: Sequence[OrganisationMention]
    ) -> Phrase:
        """The organisation, area or portfolio written right before a title at ``position``:
        "Kent Police’s Chief Superintendent" -> the force; "Suffolk’s Police and Crime
        Commissioner" -> area Suffolk; "Cumbria detective sergeant" -> Cumbria's force;
        "Bristol North MP" -> area Bristol North (a constituency); "Depot Commander" ->
        text "Depot", a portfolio word that belongs to the title."""
        qualifier = _QUALIFIER_TAIL.search(text[max(0, position - 20) : position])
        if (
            qualifier
            and qualifier.group("word").lower() in TITLE_QUALIFIERS
            and not self._graded_rank(qualifier.group("word"), text, position)
        ):
            start = position - len(qualifier.group(0))  # "North West regional manager"
            inner = self.owner_before(text, start, organisations)
            portfolio = f"{inner.text} {qualifier.group('word').capitalize()}".strip()
            return Phrase(portfolio, inner.organisation, inner.area)
        pointed_to = owner_right_before(text, position, organisations)  # "the charity's"
        if pointed_to is not None:
            return Phrase("", organisation=pointed_to)
        offset = max(0, position - 120, text.rfind("\n", 0, position) + 1)  # not past a line
        head = without_possessive_tail(text[offset:position])
        # the name may end in its own possessive: "Barnardo's director"
        ends = (offset + len(head), offset + len(text[offset:position].rstrip()))
        after = next(self._titles(text[position : position + 60].split("\n")[0]), None)
        first = self.entry(_STAND_IN.sub("", after, count=1)) if after is not None else None
        of_place = first is not None and first.id in PLACE_OWNED_RANKS
        for mention in organisations:
            if mention.end in ends and not mention.is_area:
                named = text[mention.start : mention.end]
                if of_place and named.lower() in self.places:  # "Staffordshire Commissioner"
                    return Phrase("", area=named)
                return Phrase("", organisation=mention.entity_id)
        word = re.search(r"([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?)$", head)
        if not word or not first:
            return Phrase("")
        words = word.group(1).split()
        longer = title_tails.long_place_heads(head, self.is_place)
        for candidate in (*longer, word.group(1), " ".join(words[-2:]), words[-1]):
            force = self.area_forces.get(candidate.lower())
            if force and first.kind == "police_rank" and not of_place:
                return Phrase("", organisation=force)
            if self.is_place(candidate) and first.kind not in ("honorific", "legislator"):
                place_start = offset + len(head) - len(candidate)
                owner = _possessive_owner(text, place_start, organisations)
                return Phrase("", organisation=owner, area=candidate)
        run = CAPITALISED_RUN.search(head)
        if run is None or first.kind == "honorific":
            return Phrase("")
        if (  # rule unknown_possessive_owner: "Bolt's chief executive"; not "Victims' Commissioner"
            ends[0] < ends[1]
            and text[position : position + 1].islower()
            and run.group(0).split()[-1].lower() not in CLIENT_GROUP_POSSESSIVES
        ):
            return Phrase("")
        kept = run.group(0).split()
        # "On Friday Inspector"; "Ex-PC": a hyphened "Ex-" is "Ex" (a former holder)
        stops = [i for i, word in enumerate(kept) if word.rstrip("-") in NOT_PORTFOLIO_WORDS]
        kept = kept[stops[-1] + 1 :] if stops else kept
        led_by, kept = _organisation_led(
            text, offset + run.start(), run.group(0), kept, position, organisations
        )
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
        # "Rape Crisis' Regional Manager": the organisation owns the portfolio
        owner = _owner_ending_at(text, run_start, organisations) or led_by
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
        if _CONNECTOR_END.search(text, start, end):  # "head of policy for" + "Wales Ann Cole"
            end = self._place_after(text, end) or end
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
        organisation = (
            phrase.organisation
            or (affiliations[0] if affiliations else None)
            or anaphoric_owner(text, start, end, organisations)  # "the charity's director"
        )
        if organisation and organisation not in affiliations:
            affiliations.append(organisation)
        return [RoleFinding(title, organisation, phrase.area) for title in titles], affiliations

    def _place_after(self, text: str, end: int) -> int | None:
        """The end of the longest place (up to four capitalised words) right after
        ``end``, when the phrase before stops on a connector whose place the name rule
        left out ("head of policy for | Wales Ann Cole"); None when none follows."""
        run: list[re.Match[str]] = []  # capitalised words, one space apart
        for word in _CAPITALISED_WORD.finditer(text, end, end + 60):
            gap = text[run[-1].end() if run else end : word.start()]
            if len(run) == 4 or (gap != " " if run else bool(gap.strip())):
                break
            run.append(word)
        for last in reversed(run):
            if self.is_place(text[run[0].start() : last.end()]):
                return last.end()
        return None

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
            if affiliations[:-1] and _ORGANISATION_JOINER.fullmatch(piece):
                cursor = mention.end  # rule joined_organisations: "[A] and [B]"
                continue
            rest = text[mention.end : end]
            possessive = _POSSESSIVE_HEAD.match(rest)
            if possessive and rest[possessive.end() :].strip():
                pieces.append(_THE_TAIL.sub("", piece))  # "Head of [the X's] Unit"
                cursor = mention.end + possessive.end()
            elif title_tails.works_in_owned_unit(piece, rest):
                pieces.append(piece)  # "Prosecutor in the [CPS X] Casework Unit"
                cursor = mention.end
            else:
                pieces.append(title_tails.without_tail(piece, CONNECTOR_TAIL))
                suffix = _ORGANISATION_SUFFIX.match(text, mention.end, end)
                if suffix is None and title_tails.WORKPLACE_CONNECTOR.search(piece):
                    # rule organisation_workplace: "a vet at the [PDSA] hospital in Leeds"
                    suffix = title_tails.ORGANISATION_WORKPLACE.match(text, mention.end, end)
                cursor = suffix.end() if suffix else mention.end
        tail = text[cursor:end]
        if affiliations and BARE_UNIT_TAIL.fullmatch(tail):  # rule bare_unit_tail
            kept = [piece for piece in pieces if piece.strip()]
            if kept:  # a phrase of the organisation and its unit alone keeps no title word
                kept[-1] = title_tails.without_tail(kept[-1], CONNECTOR_TAIL)
            pieces, tail = kept, ""
        pieces.append(tail)
        joined = " ".join(" ".join(piece.split()) for piece in pieces if piece.strip())
        joined = _EMPTY_BRACKETS.sub("", joined)
        joined = re.sub(r"^(?:[’'](?:s\b)?\s*)", "", joined).strip(" ,")
        return Phrase(joined), affiliations


def _owner_ending_at(
    text: str, start: int, organisations: Sequence[OrganisationMention]
) -> str | None:
    """The organisation (no area's body) named right before ``start``, a possessive and
    white space between allowed ("Rape Crisis' |Regional Manager"); None when none is."""
    window = max(0, start - 120)
    end = window + len(without_possessive_tail(text[window:start]))
    owners = [m.entity_id for m in organisations if m.end == end and not m.is_area]
    return owners[-1] if owners else None


_POSSESSIVE_END = re.compile(r"[’']s?\s*$")


def _possessive_owner(
    text: str, place_start: int, organisations: Sequence[OrganisationMention]
) -> str | None:
    """The organisation whose possessive stands right before a place that opens a title
    (rule ``owner_then_place``: "Kent Police's Medway neighbourhood inspector" -> the force,
    area Medway); None when none does ("Medway neighbourhood inspector")."""
    if not _POSSESSIVE_END.search(text, max(0, place_start - 120), place_start):
        return None
    return _owner_ending_at(text, place_start, organisations)


def _organisation_led(
    text: str,
    run_start: int,
    run: str,
    kept: list[str],
    position: int,
    organisations: Sequence[OrganisationMention],
) -> tuple[str | None, list[str]]:
    """An organisation that opens the capitalised run before a title and the words left
    after it: "IOPC Regional Director" -> (the IOPC, ["Regional"]); else (None, ``kept``)."""
    if not kept:
        return None, kept
    start = run_start + run.index(kept[0])
    for mention in organisations:
        if mention.start != start or mention.is_area or mention.end >= position:
            continue
        rest = re.sub(r"^[’']s?(?=\s)", "", text[mention.end : position]).split()
        if rest and all(word[:1].isupper() for word in rest):
            return mention.entity_id, rest
    return None, kept
