"""Bare areas in a list of forces are forces ("officers from Kent, Essex and Sussex").

Three named rules (:data:`FORCE_LIST_RULES`), each on tokens:
- ``forces-in``: after "police forces in/from/across/…" every listed area is a force
  ("forces in Lancashire, Merseyside and Cheshire");
- ``officers-from``: after "officers/detectives/teams from" a list of two or more areas
  ("officers from Norfolk and Suffolk"); one area alone there is a place;
- ``areas-before-force``: areas listed before a force's full name share its head word
  ("Dyfed-Powys, South Wales and Gwent Police": three forces).
An area outside such a list is a place ("Arrests in Kent rose").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pressfacts.entities.gazetteer import Gazetteer, OrganisationMention


@dataclass(frozen=True)
class ForceListRule:
    """Trigger phrases after which a list of areas names forces."""

    name: str
    triggers: tuple[str, ...]
    min_items: int = 1


def _phrases(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{first} {second}".strip() for first in firsts for second in seconds)


_FORCES = _phrases(("", "police"), ("force", "forces"))
FORCE_LIST_RULES: tuple[ForceListRule, ...] = (
    ForceListRule(
        name="forces-in",
        triggers=_phrases(
            _FORCES,
            ("in", "from", "across", "covering", "including", "of", "for", "in the", "across the"),
        ),
    ),
    ForceListRule(
        name="officers-from",
        triggers=_phrases(("officers", "detectives", "teams", "colleagues"), ("from",)),
        min_items=2,
    ),
)
_SEPARATORS = frozenset({",", "and", "&"})
_FORCE_HEADS = frozenset({"police", "constabulary"})


class ForceLists:
    """Finds forces named by their area inside a list; the trigger Matcher is built once."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._min_items: dict[str, int] = {}
        for rule in FORCE_LIST_RULES:
            self._matcher.add(rule.name, [nlp.make_doc(phrase) for phrase in rule.triggers])
            self._min_items[rule.name] = rule.min_items

    def find(
        self, doc: Doc, known: Sequence[tuple[Span, OrganisationMention]]
    ) -> list[tuple[Span, OrganisationMention]]:
        """Area mentions in lists of forces, none overlapping ``known``."""
        areas = self.gazetteer.areas(doc)
        if not areas:
            return []
        taken = {i for span, _ in known for i in range(span.start, span.end)}
        found: dict[int, tuple[Span, OrganisationMention]] = {}
        strings = doc.vocab.strings
        for match_id, _start, end in self._matcher(doc):
            rule = strings[match_id]
            items = self._list_after(doc, end, areas)
            if len(items) >= self._min_items[rule]:
                for span, force in items:
                    self._add(found, taken, span, force, rule)
        ends = {end: (start, force) for start, (end, force) in areas.items()}
        for span, mention in known:
            if mention.type == "FORCE" and doc[span.end - 1].lower_ in _FORCE_HEADS:
                for area, force in self._list_before(doc, span.start, ends):
                    self._add(found, taken, area, force, "areas-before-force")
        return list(found.values())

    def _add(
        self,
        found: dict[int, tuple[Span, OrganisationMention]],
        taken: set[int],
        span: Span,
        force: str,
        rule: str,
    ) -> None:
        if span.start in found or taken.intersection(range(span.start, span.end)):
            return
        entry = self.gazetteer.entries[force]
        found[span.start] = (
            span,
            OrganisationMention(
                span.start_char, span.end_char, entry.id, entry.type, entry.name, True, rule
            ),
        )

    @staticmethod
    def _list_after(
        doc: Doc, position: int, areas: dict[int, tuple[int, str]]
    ) -> list[tuple[Span, str]]:
        items: list[tuple[Span, str]] = []
        while position in areas:
            end, force = areas[position]
            items.append((doc[position:end], force))
            position = end
            while position < len(doc) and doc[position].lower_ in _SEPARATORS:
                position += 1
            if position == end:
                break
        return items

    @staticmethod
    def _list_before(
        doc: Doc, position: int, ends: dict[int, tuple[int, str]]
    ) -> list[tuple[Span, str]]:
        items: list[tuple[Span, str]] = []
        while True:
            cursor = position
            while cursor > 0 and doc[cursor - 1].lower_ in _SEPARATORS:
                cursor -= 1
            if cursor == position or cursor not in ends:
                break
            start, force = ends[cursor]
            items.append((doc[start:cursor], force))
            position = start
        return items
