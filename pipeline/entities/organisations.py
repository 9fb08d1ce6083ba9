"""Finding police forces, charities and other organisations in a Doc.

Sources, strongest first, each a named rule family:
1. the gazetteer (:mod:`pressfacts.entities.gazetteer`): official names, aliases and
   abbreviations on spaCy's PhraseMatcher, every alias resolved through its entity id;
2. charity branches (:data:`CHARITY_BRANCH_NATIONS`): a charity's name followed by a
   nation is its national branch, a charity of its own ("Barnardo's Cymru"), and so for
   another organisation ("NFU Cymru", an ORG of its own); a place or
   name run right before it names a local charity (:mod:`pressfacts.entities.
   local_branches`: "Staffordshire Women's Aid");
3. open-class patterns (:mod:`pressfacts.entities.org_patterns`, rules in
   ``resources/organisation_patterns.jsonl``): councils, panels, PCC offices,
   ROCUs, newspapers, services a charity runs; a small misspelling of a known name
   resolves to it ("Lucy Faithful Foundation");
4. force lists (:mod:`pressfacts.entities.force_lists`): bare areas in a list of forces.
Bylines ("By Jo Hart, Press Association") are furniture: nothing there is a mention.

:mod:`pressfacts.entities.component` wraps this into the spaCy component.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from pressfacts.doc_text import doc_text
from pressfacts.entities.alternation import letter_led
from pressfacts.entities.club_lists import with_listed_clubs
from pressfacts.entities.fixture_sides import with_second_sides
from pressfacts.entities.force_lists import ForceLists
from pressfacts.entities.gazetteer import Gazetteer, OrganisationMention
from pressfacts.entities.local_branches import LocalBranches
from pressfacts.entities.named_again import with_names_again
from pressfacts.entities.org_patterns import PatternRules
from pressfacts.entities.organisation_acronyms import with_defined_acronyms, with_shortened_names
from pressfacts.entities.organisation_short_names import (
    folded_places,
    with_leading_short_names,
)
from pressfacts.entities.service_owners import charity_owned
from pressfacts.models.ids import entity_id
from pressfacts.models.resources import OrganisationEntry, OrganisationPattern

__all__ = ["CHARITY_BRANCH_NATIONS", "OrganisationFinder", "OrganisationMention"]

CHARITY_BRANCH_NATIONS: tuple[tuple[str, ...], ...] = (
    ("Cymru",),
    ("Wales",),
    ("Scotland",),
    ("Northern", "Ireland"),
    ("NI",),
    ("England",),
)
"""Words that, right after a charity's name, name its national branch (rule
``charity-branch``): "Crimestoppers Scotland", "Victim Support NI"."""

_NATIONS_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(nation for nation in CHARITY_BRANCH_NATIONS if nation[0] == first)
    for first in {nation[0] for nation in CHARITY_BRANCH_NATIONS}
}
"""The nations of :data:`CHARITY_BRANCH_NATIONS` by their first word, in their order: only
the word after a charity's name is looked up."""

# A byline paragraph: "By Jo Hart, Press Association" (must match), not "By March the
# force had …" (a sentence: it runs on past 12 words or ends in a full stop). "By" at a
# line's start or after the spaces or tabs that indent it (checked by ``byline_spans``),
# written to open with its letter so that a scan passes over other places in C (as
# ``(?m)^[ \t]*By …`` does not).
_BYLINE = re.compile("(?m)" + letter_led([r"By [A-Z][^\n.]{0,100}$"], r"[^\n \t]"))


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Where byline paragraphs stand in ``text``: "By" opening a line, indented or not
    ("    By Jo Hart, PA and Q Radio News"), up to the line's end."""
    return [
        match.span()
        for match in _BYLINE.finditer(text)
        if not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" \t")
    ]


class OrganisationFinder:
    """Finds organisation mentions; every matcher is built once, in ``__init__``."""

    def __init__(
        self,
        nlp: Language,
        entries: Sequence[OrganisationEntry],
        patterns: Sequence[OrganisationPattern] = (),
        stop_names: Iterable[str] = (),
        places: Iterable[str] = (),
        given_names: Iterable[str] = (),
    ) -> None:
        stop_names, places = list(stop_names), list(places)
        self.gazetteer = Gazetteer(nlp, entries, frozenset(given_names))
        self.local_branches = LocalBranches(places, stop_names)
        self.entries = self.gazetteer.entries
        self.patterns = PatternRules(nlp, patterns, self.gazetteer, stop_names, places)
        self.force_lists = ForceLists(nlp, self.gazetteer)
        self.places = frozenset(places)
        self.places_lower = frozenset(place.lower() for place in places)
        self._folded_places = folded_places(self.places)

    def find(
        self, doc: Doc, title_spans: Sequence[tuple[int, int]] = (), text: str | None = None
    ) -> list[OrganisationMention]:
        """Every organisation mention in ``doc``, without overlaps, in text order.

        ``title_spans`` are where ranks and job titles stand (character offsets): a name
        found by pattern does not start with one ("Chief Executive of the Harbour Trust").
        ``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it on each access).
        """
        known = self.local_branches.extend(doc, charity_branches(doc, self.gazetteer.find(doc)))
        merged = self.patterns.find(doc, known, title_spans)
        merged = [(span, charity_owned(span, mention, known)) for span, mention in merged]
        merged += self.force_lists.find(doc, merged)
        bylines = byline_spans(doc_text(doc) if text is None else text)
        found = sorted(
            (
                mention
                for _span, mention in merged
                if not any(start <= mention.start < end for start, end in bylines)
            ),
            key=lambda mention: (mention.start, mention.end),
        )
        text = doc_text(doc) if text is None else text
        sided = with_second_sides(text, with_defined_acronyms(text, found))
        named = with_names_again(text, with_listed_clubs(text, sided, self.places_lower))
        return with_leading_short_names(text, with_shortened_names(named), self._folded_places)


BILINGUAL_NATION_JOINER = "/"
"""Between the two names of one nation a branch is named by ("NSPCC Cymru / Wales"): the
branch's name keeps both, spaced ("Cymru/Wales" is named "Cymru / Wales")."""

_LIST_JOINERS = frozenset({",", "&", "and"})
"""Words between the nations of a list closing a branch's name ("England & Wales")."""


def _nation_at(doc: Doc, start: int) -> int | None:
    """The end of a nation of :data:`CHARITY_BRANCH_NATIONS` starting at token ``start``."""
    if start >= len(doc):
        return None
    for nation in _NATIONS_BY_FIRST_WORD.get(doc[start].text, ()):
        end = start + len(nation)
        if end <= len(doc) and tuple(t.text for t in doc[start:end]) == nation:
            return end
    return None


def _branch_end(doc: Doc, start: int) -> tuple[int, list[str]] | None:
    """The end of a branch's nations after a charity's name, and the nations: one
    ("Cymru"), a bilingual pair (:data:`BILINGUAL_NATION_JOINER`: "Cymru / Wales"), or a
    list of them ("England & Wales", "Scotland and Northern Ireland")."""
    end = _nation_at(doc, start)
    if end is None:
        return None
    nations = [doc[start:end].text]
    if end + 1 < len(doc) and doc[end].text == BILINGUAL_NATION_JOINER:
        after = _nation_at(doc, end + 1)
        if after is not None:  # "NSPCC Cymru / Wales", "Cymru/Wales": one branch, two names
            return after, [f"{nations[0]} / {doc[end + 1 : after].text}"]
    while end + 1 < len(doc) and doc[end].lower_ in _LIST_JOINERS:
        after = _nation_at(doc, end + 1)
        if after is None or (after < len(doc) and doc[after].is_title):
            break  # "… Scotland and Wales Police": the next name's nation
        nations.append(doc[end + 1 : after].text)
        end = after
    return end, nations


def charity_branches(
    doc: Doc, known: list[tuple[Span, OrganisationMention]]
) -> list[tuple[Span, OrganisationMention]]:
    """Charity and ORG mentions followed by a nation, or a list of nations, become that
    branch, of the same type ("Barnardo’s Cymru", "Victim Support England & Wales": named
    with "and"; "NFU Cymru", a member body's national union)."""
    result: list[tuple[Span, OrganisationMention]] = []
    for span, mention in known:
        found = _branch_end(doc, span.end) if mention.type in ("CHARITY", "ORG") else None
        if found is not None:
            end, nations = found
            branch = doc[span.start : end]
            listed = nations[0] if len(nations) == 1 else ", ".join(nations[:-1])
            name = f"{mention.name} {listed}" + (f" and {nations[-1]}" if len(nations) > 1 else "")
            mention = OrganisationMention(
                branch.start_char,
                branch.end_char,
                entity_id(mention.type, name),
                mention.type,
                name,
                rule="charity-branch",
            )
            span = branch
        result.append((span, mention))
    return result
