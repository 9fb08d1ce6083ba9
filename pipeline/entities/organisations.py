"""Finding police forces, charities and other organisations in a text.

Three sources, strongest first:
1. the gazetteer (``resources/forces.jsonl`` …): official names and aliases matched
   case-insensitively, abbreviations case-sensitively, longest match first;
2. a pattern for names the gazetteer lacks ("the Marlow Trust", "Kent County Council",
   "charity Safe Steps"), resolved to a gazetteer entry when it is a small misspelling
   of one ("Lucy Faithful Foundation") and kept as a new entity otherwise;
3. bare place names inside a list of forces ("police forces in Lancashire, Merseyside
   and North Wales"), resolved through each force's ``areas``.

Everything here is plain Python over the text; :mod:`pressfacts.entities.component` wraps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from pressfacts.models.ids import entity_id
from pressfacts.models.records import EntityType
from pressfacts.models.resources import OrganisationEntry

FUZZY_MIN_SCORE = 90.0
"""rapidfuzz ``ratio`` at or above which an unknown name is a misspelling of a known one."""

_HEAD_TYPES: dict[str, EntityType] = {
    "Foundation": "CHARITY",
    "Trust": "CHARITY",
    "Charity": "CHARITY",
    "Society": "CHARITY",
    "Appeal": "CHARITY",
    "Helpline": "CHARITY",
    "Police": "FORCE",
    "Constabulary": "FORCE",
    "Council": "ORG",
    "Department": "ORG",
    "Ministry": "ORG",
    "Agency": "ORG",
    "Authority": "ORG",
    "Commission": "ORG",
    "Association": "ORG",
    "Partnership": "ORG",
    "Service": "ORG",
    "University": "ORG",
    "College": "ORG",
    "School": "ORG",
    "Office": "ORG",
}
_CAP_WORD = r"(?:[A-Z][\w’'-]*)"
# Capitalised words before a head word, joined at most by "and"/"&" ("Avon and Somerset
# Police"); other link words would let a name run back over a person ("Jo Bell of Kent
# Police"), so names like "Society for the Protection of …" come from the gazetteer.
_UNKNOWN_ORG = re.compile(
    rf"\b(?P<name>{_CAP_WORD}(?:[ \t]+(?:(?:and|&)[ \t]+)?{_CAP_WORD}){{0,5}}?[ \t]+"
    rf"(?P<head>{'|'.join(_HEAD_TYPES)}))\b"
)
_HEAD_FIRST = re.compile(  # "University of Central Lancashire", "Office for National Statistics"
    r"\b(?P<name>(?P<head>University|Department|Ministry|Office|Institute|Society|Association|"
    r"Commission|College)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w’'-]*){0,4})"
)
_CHARITY_NAMED = re.compile(
    r"\bcharit(?:y|ies)\s+(?:called\s+|named\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'!-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'!-]*){0,4})"
)
_FORCE_LIST_TRIGGER = re.compile(
    r"\b(?:police\s+)?forces?\s+(?:in|from|across|covering|including|of|for)\s+(?:the\s+)?", re.I
)
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")
_AFTER_TITLE = re.compile(r"\s*(?:\b(?:of|for|at|with)\b\s*)?")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


@dataclass(frozen=True)
class OrganisationMention:
    """An organisation named at ``[start, end)`` of the text."""

    start: int
    end: int
    entity_id: str
    type: EntityType
    name: str
    is_area: bool = False
    """True when the text names the force by its area only ("Lancashire")."""


@dataclass(frozen=True)
class _Form:
    entry: OrganisationEntry
    text: str


class OrganisationFinder:
    """Finds organisation mentions; built once from gazetteer entries."""

    def __init__(self, entries: Sequence[OrganisationEntry], stop_names: Iterable[str] = ()):
        self.entries = {entry.id: entry for entry in entries}
        self._stop_names = {name.lower() for name in stop_names}
        folded: dict[str, _Form] = {}
        exact: dict[str, _Form] = {}
        for entry in entries:
            for form in (entry.name, *entry.aliases):
                bare = _LEADING_THE.sub("", form)  # mentions never include a leading "the"
                if " " in bare:
                    folded.setdefault(_fold(bare), _Form(entry, bare))
                else:  # one word ("Refuge", "Mind") may be an ordinary word: match its case
                    exact.setdefault(_apostrophes(bare), _Form(entry, bare))
            for abbreviation in entry.abbreviations:
                exact.setdefault(_apostrophes(abbreviation), _Form(entry, abbreviation))
        self._folded = folded
        self._exact = exact
        self._folded_pattern = self._alternation(folded, flags=re.I)
        self._exact_pattern = self._alternation(exact, flags=0)
        self._fuzzy_choices = sorted(folded)
        self._areas: dict[str, OrganisationEntry] = {}
        for entry in entries:
            for area in entry.areas:
                self._areas.setdefault(area.lower(), entry)
        self._area_pattern = self._alternation(
            {area: None for area in self._areas}, flags=re.I, bounded=False
        )

    @staticmethod
    def _alternation(
        forms: Mapping[str, object], flags: int, bounded: bool = True
    ) -> re.Pattern[str]:
        if not forms:
            return re.compile(r"(?!x)x")
        body = "|".join(
            re.escape(form).replace("'", "['’]") for form in sorted(forms, key=len, reverse=True)
        )
        # a form ending in punctuation ("Stop It Now!") cannot take a \b after it
        tail = r"(?!\w)" if bounded else ""
        return re.compile(rf"(?<!\w)(?:{body}){tail}", flags)

    def find(
        self, text: str, title_spans: Sequence[tuple[int, int]] = ()
    ) -> list[OrganisationMention]:
        """Every organisation mention in ``text``, without overlaps, in text order.

        ``title_spans`` are where ranks and job titles stand: a name found by pattern
        does not start with one ("Chief Executive of the Harbour Trust" names the trust).
        """
        found = self._gazetteer_mentions(text)
        found += self._unknown_mentions(text, found, title_spans)
        found += self._force_list_mentions(text, found)
        return sorted(found, key=lambda mention: (mention.start, mention.end))

    def _mention(self, start: int, end: int, entry: OrganisationEntry) -> OrganisationMention:
        return OrganisationMention(start, end, entry.id, entry.type, entry.name)

    def _gazetteer_mentions(self, text: str) -> list[OrganisationMention]:
        candidates: list[OrganisationMention] = []
        for match in self._folded_pattern.finditer(text):
            form = self._folded[_fold(match.group(0))]
            candidates.append(self._mention(match.start(), match.end(), form.entry))
        for match in self._exact_pattern.finditer(text):
            form = self._exact[_apostrophes(match.group(0))]
            candidates.append(self._mention(match.start(), match.end(), form.entry))
        return _longest_first(candidates)

    def _unknown_mentions(
        self,
        text: str,
        known: list[OrganisationMention],
        title_spans: Sequence[tuple[int, int]] = (),
    ) -> list[OrganisationMention]:
        taken = [(mention.start, mention.end) for mention in known]
        found: list[OrganisationMention] = []
        patterns = (_UNKNOWN_ORG, _HEAD_FIRST, _CHARITY_NAMED)
        for match in [m for pattern in patterns for m in pattern.finditer(text)]:
            start, end = match.span("name")
            for title_start, title_end in title_spans:
                if title_start <= start < title_end < end:
                    link = _AFTER_TITLE.match(text, title_end)
                    start = link.end() if link else title_end
            name = _LEADING_THE.sub("", text[start:end])
            start = end - len(name)
            if not name:
                continue
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if len(name.split()) < 2 and "head" in match.groupdict():
                continue  # a head word alone ("Police") names nothing
            words = name.split()
            if match.re is _HEAD_FIRST:
                modifiers = [w for w in words[2:] if w.lower() != "the"]  # after "X of/for"
            elif match.groupdict().get("head"):
                modifiers = words[:-1]
            else:
                modifiers = words
            if all(word.lower() in self._stop_names for word in modifiers):
                continue  # "This Foundation", "National Police": no name in it
            mention = self._resolve_unknown(start, end, name, match.groupdict().get("head"))
            if mention:
                found.append(mention)
                taken.append((start, end))
        return found

    def _resolve_unknown(
        self, start: int, end: int, name: str, head: str | None
    ) -> OrganisationMention | None:
        best = process.extractOne(_fold(name), self._fuzzy_choices, scorer=fuzz.ratio)
        if best and best[1] >= FUZZY_MIN_SCORE:
            return self._mention(start, end, self._folded[best[0]].entry)
        entity_type: EntityType = _HEAD_TYPES.get(head, "ORG") if head else "CHARITY"
        return OrganisationMention(start, end, entity_id(entity_type, name), entity_type, name)

    def _force_list_mentions(
        self, text: str, known: list[OrganisationMention]
    ) -> list[OrganisationMention]:
        taken = {(mention.start, mention.end) for mention in known}
        found: list[OrganisationMention] = []
        for trigger in _FORCE_LIST_TRIGGER.finditer(text):
            position = trigger.end()
            while True:
                area = self._area_pattern.match(text, position)
                if not area or (area.end() < len(text) and text[area.end()].isalnum()):
                    break
                entry = self._areas[area.group(0).lower()]
                if (area.start(), area.end()) not in taken and area.group(0)[0].isupper():
                    found.append(
                        OrganisationMention(
                            area.start(), area.end(), entry.id, entry.type, entry.name, True
                        )
                    )
                separator = _LIST_SEPARATOR.match(text, area.end())
                if not separator or not separator.group(0):
                    break
                position = separator.end()
        return found


def _apostrophes(form: str) -> str:
    """Curly apostrophes as straight ones, so "Barnardo’s" finds "Barnardo's"."""
    return form.replace("’", "'")


def _fold(form: str) -> str:
    """The key a case-insensitive form is looked up by."""
    return _apostrophes(form).lower()


def _longest_first(candidates: list[OrganisationMention]) -> list[OrganisationMention]:
    """Keep the longest of overlapping mentions (earliest on a tie)."""
    chosen: list[OrganisationMention] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= other.start or mention.start >= other.end for other in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda mention: mention.start)
