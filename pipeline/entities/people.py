"""Finding named people, their titles and affiliations, from titles and context.

People are found by what surrounds a name, never from a list of names:
- a rank or title before it: "Detective Inspector Rachael Ashcroft", "DI Ashcroft",
  "Lancashire assistant chief constable Jo Edwards", "Mr Findlater";
- a title phrase before it, set off by commas: "Director of the Stop it Now! Helpline,
  Donald Findlater, said";
- an appositive after it: "Jane Moss, chief executive of the NSPCC, said";
- a verb of saying next to a full name: "Sarah Quinn said", "said Sarah Quinn".
Short forms later in the text ("DI Ashcroft", "Mr Findlater", "Barr") resolve to the
person introduced with that family name. Titles are expanded ("DI" -> "Detective
Inspector") and lose the organisation they belong to, which goes to affiliations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pressfacts.entities.organisations import OrganisationMention
from pressfacts.models.resources import TitleEntry

_NAME_TOKEN = r"(?:Mc[A-Z][a-z]+|Ma?c[A-Z][a-z]+|O[’'][A-Z][a-z]+|[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|bin|al|ap)"
_NAME = rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?(?:[A-Z]\.\s+)?{_NAME_TOKEN}){{0,3}})"
_SMALL_WORDS = {"of", "for", "and", "the", "in", "at", "on", "to", "with", "a", "an"}
_PORTFOLIO_WORDS = re.compile(
    r"\b(?:lead|head|director|manager|officer|chief|co-?ordinator|advis[eo]r|commissioner|"
    r"chair\w*|spokes\w+|secretary|minister|inspector|constable|superintendent|sergeant|"
    r"founder|executive|president|detective|councillor|mayor|specialist)\b",
    re.I,
)
_CONNECTOR_TAIL = re.compile(r"\s*(?:\b(?:of|for|at|from|with|in)(?:\s+the)?)?\s*$", re.I)
_POSSESSIVE = re.compile(r"\s*(?:[’']s)?\s*$")
_POST_NOMINALS = r"(?:\s+(?:OBE|MBE|CBE|KBE|DBE|QPM|KPM|DL|MP|MSP|MS|AM|KC|QC|JP|BEM))*"
_NAME_START = r"(?<![\w’'])"
_PHRASE = r"[^,\n“”\"]{2,120}?"
"""A phrase between commas: no comma, line break or quote mark inside it."""
_PREFIX = r"(?P<prefix>(?i:temporary|acting|interim)\s+|[TA]/\s?)?"


@dataclass
class PersonMention:
    """A person named at ``[start, end)``; ``name`` is canonical (no title)."""

    start: int
    end: int
    name: str
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)


def title_case(phrase: str) -> str:
    """Title-case a portfolio ("north west lead for crime" -> "North West Lead for Crime")."""
    words = phrase.split()
    return " ".join(
        word if (word.lower() in _SMALL_WORDS and index) or word.isupper() else word.capitalize()
        for index, word in enumerate(words)
    )


class PersonFinder:
    """Finds people in a text; built once from the title table and word lists."""

    def __init__(
        self,
        titles: Sequence[TitleEntry],
        speech_verbs: Iterable[str],
        non_name_words: Iterable[str],
        places: Iterable[str],
        area_forces: dict[str, str],
    ) -> None:
        self._titles: dict[str, TitleEntry] = {}
        self._exact_titles: dict[str, TitleEntry] = {}
        for entry in titles:
            for form in (entry.title, *entry.forms):
                self._titles.setdefault(form.lower(), entry)
            for abbreviation in entry.abbreviations:
                self._exact_titles.setdefault(abbreviation, entry)
        folded = "|".join(re.escape(f) for f in sorted(self._titles, key=len, reverse=True))
        exact = "|".join(re.escape(f) for f in sorted(self._exact_titles, key=len, reverse=True))
        title = f"(?:(?i:{folded})|{exact})" if exact else f"(?i:{folded})"
        verbs = "|".join(sorted(speech_verbs, key=len, reverse=True))
        self._stop = {word.lower() for word in non_name_words}
        self._places = {place.lower() for place in places}
        self._area_forces = {area.lower(): force for area, force in area_forces.items()}
        # a collar number may stand between rank and name: "PC 2345 Jo Bell"
        says = rf"(?:has\s+)?(?:{verbs})\b"
        # ", chief executive of the NSPCC, said": an appositive set off by commas, then a verb
        appositive_then_verb = rf"{_POST_NOMINALS},\s*(?P<appos>{_PHRASE}),\s*{says}"
        self._titled_name = re.compile(
            rf"{_NAME_START}(?P<titles>{_PREFIX}{title}\.?(?:\s+{title}\.?)?)\s+"
            rf"(?:\d{{2,5}}\s+)?{_NAME}(?![\w’])"
        )
        self._title_phrase_then_name = re.compile(
            rf"{_NAME_START}(?P<titles>{title})(?P<portfolio>\s+(?:of|for|at)\s+{_PHRASE})?,"
            rf"\s+{_NAME},?\s+(?:{verbs})\b"
        )
        self._name_then_verb = re.compile(rf"{_NAME_START}{_NAME}{_POST_NOMINALS},?\s+{says}")
        self._name_appositive_verb = re.compile(rf"{_NAME_START}{_NAME}{appositive_then_verb}")
        self._verb_then_name = re.compile(rf"\b(?:{verbs})\s+{_NAME}(?![\w’])")
        # a press-release attribution line after a quote: "– Jane Smith, Chief Executive"
        self._attribution_line = re.compile(
            rf"^[ \t]*[-–—][ \t]*{_NAME}{_POST_NOMINALS}"
            rf"(?:,[ \t]*(?P<appos>[^\n]{{3,120}}?))?[ \t.]*$",
            re.M,
        )
        # the court-report idiom: "Daniel Moss, 45, of Bramford Road"
        self._name_age_address = re.compile(
            rf"{_NAME_START}{_NAME},\s*(?:(?:aged\s+)?\d{{1,3}},|(?:\d{{1,3}},\s*)?(?:of|from)\s+[A-Z])"
        )
        self._closing_appositive = re.compile(
            rf"{_POST_NOMINALS},\s*(?P<appos>{_PHRASE})(?=[.;]\s|[.;]?$)"
        )
        self._appositive = re.compile(
            rf"{appositive_then_verb}|\s+(?:from|of|at)\s+(?P<org_tail>{_PHRASE})\s+{says}"
        )
        self._short_title = re.compile(rf"(?:{title})\.?\s+$")
        self._title_only = re.compile(rf"(?<![\w’'])(?:{title})(?![\w’])")

    def title_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a rank or title is written (used to keep "Kent Police" out of "Kent
        Police and Crime Commissioner")."""
        return [match.span() for match in self._title_only.finditer(text)]

    # -- names ----------------------------------------------------------------------

    def _clean_name(self, name: str) -> str | None:
        """Cut the name before a word that cannot be part of one; None if nothing is left.

        A place is not a name ("Chief Constable Lancashire"), but may be part of one
        ("Stuart York"), so only a name that is wholly a place is refused.
        """
        kept: list[str] = []
        for word in name.split():
            if word.lower() in self._stop:
                break
            kept.append(word)
        if kept and self._title_of(kept[0]):
            return None  # "Ms Griffin said": a title and a family name, a short form
        cleaned = " ".join(kept)
        if not kept or cleaned.lower() in self._places:
            return None
        if cleaned.lower() in self._titles or cleaned in self._exact_titles:
            return None
        return cleaned

    def _title_of(self, text: str) -> TitleEntry | None:
        return (
            self._titles.get(text.lower().rstrip("."))
            or self._exact_titles.get(text.rstrip("."))
            or self._titles.get(text.lower())
        )

    def _expand_titles(self, phrase: str) -> list[str]:
        """Expanded titles of a matched title run ("T/DCI" -> "Temporary Detective …")."""
        prefix_match = re.match(r"(?i:(temporary|acting|interim)\s+)|([TA])/\s?", phrase)
        prefix = ""
        if prefix_match:
            prefix = (
                prefix_match.group(1) or {"T": "Temporary", "A": "Acting"}[prefix_match.group(2)]
            ).capitalize() + " "
            phrase = phrase[prefix_match.end() :]
        expanded: list[str] = []
        for match in self._title_only.finditer(phrase):
            entry = self._title_of(match.group(0))
            if entry and entry.kind != "honorific":
                expanded.append(prefix + entry.title)
                prefix = ""
        return expanded

    # -- affiliations ---------------------------------------------------------------

    def _affiliation_before(
        self, text: str, position: int, organisations: Sequence[OrganisationMention]
    ) -> list[str]:
        """An organisation, or for a police rank a force's area, right before a title."""
        head = _POSSESSIVE.sub("", text[:position])
        for mention in organisations:
            if mention.end == len(head):
                return [mention.entity_id]
        titles_after = self._expand_titles(text[position : position + 60].split("\n")[0])
        first = self._title_of(titles_after[0]) if titles_after else None
        if not first or first.kind != "police_rank":
            return []
        word = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$", head)
        if word:
            for candidate in (word.group(1), word.group(1).split()[-1]):
                force = self._area_forces.get(candidate.lower())
                if force:
                    return [force]
        return []

    def parse_appositive(
        self,
        text: str,
        start: int,
        end: int,
        organisations: Sequence[OrganisationMention],
    ) -> tuple[list[str], list[str]]:
        """Titles and affiliations of a title phrase at ``text[start:end]``.

        "chief executive of the NSPCC" -> (["Chief Executive"], [NSPCC id]);
        "North West Regional Lead for Serious and Organised Crime" is a portfolio and
        stays whole; a phrase with no title word gives nothing.
        """
        affiliations: list[str] = []
        pieces: list[str] = []
        cursor = start
        for mention in organisations:
            if mention.start >= start and mention.end <= end:
                affiliations.append(mention.entity_id)
                pieces.append(text[cursor : mention.start])
                cursor = mention.end
        pieces.append(text[cursor:end])
        cleaned = [_CONNECTOR_TAIL.sub("", _POSSESSIVE.sub("", piece)) for piece in pieces]
        remainder = " ".join(" ".join(piece.split()) for piece in cleaned if piece.strip())
        remainder = re.sub(r"^(?:[’']s\s+)", "", remainder).strip(" ,")
        remainder = re.sub(r"^(?:the|a|an)\s+", "", remainder, flags=re.I)
        remainder = re.sub(r"^(?:the\s+)?[a-z]+[’']s\s+", "", remainder)  # "the charity's"
        place_tail = re.match(
            r"^(?P<title>.+?)\s+(?:for|of|in)\s+(?:the\s+)?(?P<place>.+)$", remainder
        )
        if place_tail and place_tail.group("place").lower() in self._places:
            remainder = place_tail.group("title")  # "assistant director for the South East"
        if not remainder:
            return [], affiliations
        words = remainder.split()
        for cut in range(min(3, len(words) - 1), 0, -1):  # a leading place: "Lancashire ACC"
            place = " ".join(words[:cut]).lower()
            rest = " ".join(words[cut:])
            if (place in self._places or place in self._area_forces) and self._title_of(rest):
                force = self._area_forces.get(place)
                entry = self._title_of(rest)
                if force and entry and entry.kind == "police_rank":
                    affiliations.append(force)
                return [entry.title] if entry else [], affiliations
        entry = self._title_of(remainder)
        if entry:
            return ([entry.title] if entry.kind != "honorific" else []), affiliations
        if _PORTFOLIO_WORDS.search(remainder) and len(words) <= 12:
            return [title_case(remainder)], affiliations
        return [], affiliations

    # -- finding --------------------------------------------------------------------

    def find(self, text: str, organisations: Sequence[OrganisationMention]) -> list[PersonMention]:
        """Every person mention in ``text``, introductions and short forms, in text order."""
        people: list[PersonMention] = []
        taken: list[tuple[int, int]] = [(m.start, m.end) for m in organisations]

        def free(start: int, end: int) -> bool:
            return all(end <= t_start or start >= t_end for t_start, t_end in taken)

        def add(person: PersonMention) -> None:
            people.append(person)
            taken.append((person.start, person.end))

        for match in self._title_phrase_then_name.finditer(text):
            name = self._clean_name(match.group("name"))
            if not name or not free(match.start("name"), match.start("name") + len(name)):
                continue
            phrase_end = match.end("portfolio") if match.group("portfolio") else match.end("titles")
            titles, affiliations = self.parse_appositive(
                text, match.start("titles"), phrase_end, organisations
            )
            affiliations += self._affiliation_before(text, match.start("titles"), organisations)
            add(self._person(match.start("name"), name, titles, affiliations))

        singles: list[re.Match[str]] = []
        for match in self._titled_name.finditer(text):
            name = self._clean_name(match.group("name"))
            if not name:
                continue
            start = match.start("name")
            if not free(start, start + len(name)):
                continue
            if len(name.split()) == 1:
                singles.append(match)
                continue
            titles = self._expand_titles(match.group("titles"))
            affiliations = self._affiliation_before(text, match.start("titles"), organisations)
            more_titles, more_affiliations = self._after_name(
                text, start + len(name), organisations
            )
            closing = self._closing_appositive.match(text, start + len(name))
            if closing and not more_titles:  # "said DCI Jo Bell, head of X at Kent Police."
                more_titles, more_affiliations = self.parse_appositive(
                    text, closing.start("appos"), closing.end("appos"), organisations
                )
            add(self._person(start, name, titles + more_titles, affiliations + more_affiliations))

        for match in self._attribution_line.finditer(text):
            name = self._full_name(match, free)
            if name is None:
                continue
            titles, affiliations = [], []
            if match.group("appos"):
                titles, affiliations = self.parse_appositive(
                    text, match.start("appos"), match.end("appos"), organisations
                )
            add(self._person(match.start("name"), name, titles, affiliations))

        for match in self._name_appositive_verb.finditer(text):  # "Jo Bell, head of X, said"
            name = self._full_name(match, free)
            if name is None:
                continue
            start = match.start("name")
            titles, affiliations = self.parse_appositive(
                text, match.start("appos"), match.end("appos"), organisations
            )
            if titles or affiliations:
                add(self._person(start, name, titles, affiliations))

        for pattern in (self._name_then_verb, self._verb_then_name, self._name_age_address):
            for match in pattern.finditer(text):
                name = self._full_name(match, free)
                if name is None:
                    continue
                start = match.start("name")
                titles, affiliations = self._after_name(text, start + len(name), organisations)
                closing = self._closing_appositive.match(text, start + len(name))
                if pattern is self._verb_then_name and closing and not titles:
                    # "…,” said Jo Bell, chief executive of the Harbour Trust.
                    titles, affiliations = self.parse_appositive(
                        text, closing.start("appos"), closing.end("appos"), organisations
                    )
                add(self._person(start, name, titles, affiliations))

        for match in singles:  # "DI Smith" with no full name anywhere: a person all the same
            name = match.group("name").split()[0]
            start = match.start("name")
            if not free(start, start + len(name)) or name.lower() in self._stop:
                continue
            if any(person.name.split()[-1] == name for person in people):
                continue  # a short form: found below
            titles = self._expand_titles(match.group("titles"))
            affiliations = self._affiliation_before(text, match.start("titles"), organisations)
            person = self._person(start, name, titles, affiliations)
            person.start = match.start("titles")  # the mention is the short form: "DI Smith"
            add(person)

        for person in self._short_forms(text, people, free):
            add(person)
        return sorted(people, key=lambda person: person.start)

    def _full_name(self, match: re.Match[str], free: Callable[[int, int], bool]) -> str | None:
        """The name a context pattern matched when it is a whole given and family name,
        standing where nothing else was found; None otherwise."""
        name = self._clean_name(match.group("name"))
        start = match.start("name")
        if name is None or name != match.group("name") or len(name.split()) < 2:
            return None  # the whole name must stand next to its cue
        return name if free(start, start + len(name)) else None

    def _person(
        self, start: int, name: str, titles: list[str], affiliations: list[str]
    ) -> PersonMention:
        return PersonMention(
            start,
            start + len(name),
            name,
            list(dict.fromkeys(titles)),
            list(dict.fromkeys(affiliations)),
        )

    def _after_name(
        self, text: str, position: int, organisations: Sequence[OrganisationMention]
    ) -> tuple[list[str], list[str]]:
        match = self._appositive.match(text, position)
        if not match:
            return [], []
        group = "appos" if match.group("appos") is not None else "org_tail"
        titles, affiliations = self.parse_appositive(
            text, match.start(group), match.end(group), organisations
        )
        if group == "org_tail":
            return [], affiliations
        return titles, affiliations

    def _short_forms(
        self,
        text: str,
        people: list[PersonMention],
        free: Callable[[int, int], bool],
    ) -> list[PersonMention]:
        """Later mentions by family name, with any title before it ("DI Ashcroft")."""
        by_family: dict[str, list[PersonMention]] = {}
        for person in people:
            by_family.setdefault(person.name.split()[-1], []).append(person)
        if not by_family:
            return []
        family_pattern = re.compile(
            r"(?<![\w’'])(?:" + "|".join(re.escape(f) for f in sorted(by_family)) + r")(?![\w’])"
        )
        found: list[PersonMention] = []
        for match in family_pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            candidates = by_family[match.group(0)]
            before = [person for person in candidates if person.start < match.start()]
            person = (before or candidates)[-1 if before else 0]
            title = self._short_title.search(text, max(0, match.start() - 40), match.start())
            start = title.start() if title else match.start()
            if not free(start, match.end()):
                start = match.start()
            titles = self._expand_titles(text[start : match.start()]) if title else []
            found.append(
                PersonMention(
                    start,
                    match.end(),
                    person.name,
                    titles,
                    [],
                )
            )
        return found
