"""The area a figure is for: the places named around it, else the document's own area.

:class:`AreaReader` is built once from the place gazetteer (``places.txt``), its lesser
places (``towns.txt``: :mod:`.town_places`) and the force gazetteer (each territorial force
carries its areas). For a document it finds:

- the places named outside entity names ("Kent Police" names a force, not a place),
  and the territorial bodies named (a force with an area, a PCC of a place, a national
  branch of a charity such as "Barnardo's Cymru"), which stand for their area;
- the document's area (:meth:`AreaReader.document_area`): the scope its lead sentence
  states ("across Tewkesbury borough"), else the area of the issuing body, the first
  territorial body the release names (widened to the list of forces it works with,
  "officers from Dyfed-Powys, South Wales and Gwent Police").

A figure's area is then chosen by the first rule that applies of
:data:`~pressfacts.statistics.figure_areas.FIGURE_AREA_RULES`: the place of its clause, a
place pointed back to ("across the region"), the area of the figure it refers to ("of
these"), the place of the sentence before when it states no figure, the document's area.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from pressfacts.models.resources import OrganisationEntry
from pressfacts.phrase_arrays import PhraseArray, PhraseArrays
from pressfacts.statistics.clause_breaks import NEW_SUBJECT, PART_OF_WHOLE
from pressfacts.statistics.district_names import named_districts, prisons_set_off, town_part_first
from pressfacts.statistics.force_part_leads import names_force_by_part
from pressfacts.statistics.lead_sentences import (
    body_alone_in_lead,
    figure_lead,
    figure_scope_first,
    lead_modifier,
    lead_placed_charity,
    lead_subject,
    past_headline,
    scope_of_lead,
)
from pressfacts.statistics.named_bodies import cited_university, named_place
from pressfacts.statistics.national_scopes import (
    NATIONAL_AREAS,
    cited_source,
    national_before_partner,
    national_leads,
    release_nation,
    unplaced_charity_leads,
)
from pressfacts.statistics.nations import NATION_SETS, body_nation, listed
from pressfacts.statistics.partner_cues import partnered
from pressfacts.statistics.place_adjectives import adjective_places
from pressfacts.statistics.place_phrases import WORLDWIDE, phrase_places
from pressfacts.statistics.place_roles import DIVISION_AFTER, lead_site
from pressfacts.statistics.place_spellings import place_forms
from pressfacts.statistics.place_wording import (
    THE_CITY,
    PlaceTree,
    lead_scope,
    nested_dropped,
    worded_places,
)
from pressfacts.statistics.release_country import STATED_COUNTRIES
from pressfacts.statistics.remit_places import remit_or
from pressfacts.statistics.source_forces import issuing_candidates
from pressfacts.statistics.span_masks import SpanMasks
from pressfacts.statistics.street_names import names_no_place
from pressfacts.statistics.town_places import town_in_longer_name

REGION_WORDS = re.compile(
    r"\b(?:the\s+region|the\s+county(?!\s+council)|both\s+counties|" + THE_CITY.pattern + "|"
    r"the\s+area|locally|(?:across|throughout|around)\s+the\s+country|nation(?:ally|wide)|"
    r"(?:across|in)\s+(?:all|every)\s+(?:the\s+)?regions?|"
    r"(?:across|in|throughout)\s+(?:all\s+)?the\s+(?P<n>two|three|four|five|six|seven|eight|"
    r"\d{1,2})\s+(?:towns|districts|boroughs|cities|counties|areas|force\s+areas))\b",
    re.I,
)
"""Words that point back to the area named before ("across the region", "in the city",
"across the four towns": the list just named, when it names so many; "across all regions",
"in every region": the country, :data:`.place_wording.THE_COUNTRY`); not "the county council"."""
BOTH = re.compile(r"\bboth\s+(?:counties|areas|regions|forces|cities)\b", re.I)
"""Two places named together and then referred to as both ("In both counties")."""

SCOPE_PLACE = re.compile(
    r"\b(?<!\btakes\s)(?<!\btake\s)(?<!\btook\s)(?<!\btaking\s)(?:(?:in|across|throughout|"
    r"around|for|within|inside|on)\s+(?:the\s+)?(?:(?:(?:royal\s+)?(?:borough|district|county|city|"
    r"town|village|hamlet|ward|parish|county\s+borough|streets)\s+of\s+(?:the\s+)?)|(?:[A-Z][\w-]*"
    r"\s+){0,2}[\w-]+['’]s\s+)?|(?:in|at|from|across|within)\s+(?:its|their|our)\s+)$",
    re.I,
)
"""A place that states the scope of what the sentence tells ("children in Kent", "across Wales"),
also through a body's possessive ("across the force's Medway district"), a district's name ("in
the borough of Swale"), its streets ("on the streets of Swindon", rule ``streets-of-place``) or an
owner's sites there ("40 women from its Hull refuges", "at our Leeds hub": ``owned-site-place``);
not one used as a modifier ("UK law enforcement", "Welsh forces"), nor what an area "takes in"
(rule ``coverage-takes-in``: "the force area, which also takes in Shropshire": the area's)."""
PCC_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:police(?:,\s+fire)?\s+(?:and|&)\s+crime\s+commissioner|pcc|"
    r"office\s+of\s+the\s+(?:police\s+(?:and|&)\s+crime\s+commissioner|pcc)|"
    r"(?-i:Commissioner)(?!\s+(?:of|for)\b))\b",
    re.I,
)
"""After a place, the commissioner who speaks for it: "Kent PCC", "Essex's Police and
Crime Commissioner", "Cumbria's Police, Fire and Crime Commissioner", "Staffordshire
Commissioner" (a title a commissioner's office uses; capitalised, not "… Commissioner for
Children"). Not "Kent Police" (a force: found by the gazetteer)."""
_JOINED = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
"""Between places a commissioner speaks for jointly ("Wiltshire and Swindon PCC", "the
Commissioner for Leicester, Leicestershire and Rutland")."""
PCC_BEFORE = re.compile(
    r"\b(?:commissioner|pcc|mayor\s+for\s+policing(?:,\s+fire)?\s+(?:and|&)\s+crime)\s+for\s+"
    r"(?:the\s+)?$",
    re.I,
)
"""Before a place: "the Police and Crime Commissioner for Cumbria"; a mayor's deputy with a
commissioner's powers (rule ``policing-mayor``: "the Deputy Mayor for Policing, Fire and
Crime for York and North Yorkshire"); not "the Mayor for Leeds" (no policing office)."""
NATION_AFTER = re.compile(r"\s*(?P<nation>Scotland|Cymru|Wales|Northern\s+Ireland|NI)\b(?![-’'])")
"""A national branch after an organisation's name: "NSPCC Scotland", "Barnardo's Cymru"."""


@dataclass(frozen=True)
class Place:
    """A place or territorial body named at ``[start, end)`` standing for ``area``."""

    start: int
    end: int
    area: str
    rule: str
    """``place`` (the gazetteer), ``district``, ``territorial-force``, ``pcc``,
    ``national-branch``, ``place-adjective`` (a county or nation named by its adjective:
    :data:`~.place_adjectives.PLACE_ADJECTIVES`), ``council`` and ``territorial-service``
    (a local body named for its place: :data:`~.named_bodies.NAMED_FOR_RULES`),
    ``source-body`` (a national charity cited as the source of what its sentence states:
    :func:`~.national_scopes.cited_source`)."""


class Body(NamedTuple):
    """An entity mention of the entity stage: ``[start, end)``, type and id (a tuple's cost)."""

    start: int
    end: int
    label: str
    id: str


PLACE_KEY = "PLACE"  # the one key of every place form: the form matched names the place


class AreaReader:
    """Finds places in a text and the area of each figure; built once."""

    def __init__(
        self,
        places: Sequence[str],
        bodies: Sequence[OrganisationEntry] = (),
        make_doc: Callable[[str], Doc] | None = None,
        within: Sequence[str] = (),
        towns: Sequence[str] = (),
        phrases: PhraseArrays | None = None,
    ) -> None:
        self.tree = PlaceTree(within, towns)
        canonical: dict[str, str] = {}
        for place in sorted(places, key=lambda p: ("-" in p, p)):
            canonical.setdefault(place.lower().replace("-", " "), place)  # as spelled
        lesser = {town.lower().replace("-", " "): town for town in towns}  # towns.txt
        town_keys = {key for key in lesser if key not in canonical}
        canonical.update((key, lesser[key]) for key in sorted(town_keys))
        self._places = canonical
        self._make_doc = make_doc or spacy.blank("en").make_doc
        phrases = phrases or PhraseArrays(self._make_doc)  # the pipeline's keeps them cached
        self._matcher = PhraseMatcher(self._make_doc("").vocab, attr="LOWER")  # "DORSET"
        self._place_of: dict[PhraseArray, str] = {}  # a form's LOWER values -> its place
        self._towns: set[PhraseArray] = set()  # forms of towns.txt's places (town_places)
        for key, name in canonical.items():
            forms = sorted(place_forms(name))  # rules of PLACE_SPELLINGS: "Dyfed Powys"
            for form in phrases.of("LOWER", forms):
                if form and form not in self._place_of:  # one place to a form: the first
                    self._place_of[form] = name
                    if key in town_keys:
                        self._towns.add(form)
        self._matcher.add(PLACE_KEY, list(self._place_of))  # type: ignore[arg-type]
        self._force_areas = {
            entry.id: area for entry in bodies if entry.type == "FORCE" and (area := entry.area())
        }
        # a policing office with no place in its name (MOPAC: London) speaks for its area
        self._office_areas = {
            entry.id: entry.areas[0] for entry in bodies if entry.type == "ORG" and entry.areas
        }

    def _place_matches(
        self, text: str, masked: Sequence[tuple[int, int]], doc: Doc | None = None
    ) -> list[Place]:
        if doc is None:  # a Doc of ``text`` when the caller has one: not tokenised again
            doc = self._make_doc(text)
        spans = filter_spans(self._matcher(doc, as_spans=True))  # longest first
        matches = [(s.start_char, s.end_char, tuple(t.lower for t in s)) for s in spans]
        masks = SpanMasks(masked)
        return [
            Place(start, end, self._place_of[form], "place")
            for start, end, form in matches
            if not masks.covers(start)
            and not names_no_place(text, start, end)
            and not (form in self._towns and town_in_longer_name(text, end))
        ]

    def places_in(self, text: str, masked: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
        """(offset, canonical place) of the places named in ``text`` outside ``masked``."""
        return [(p.start, p.area) for p in self._place_matches(text, masked)]

    def places_and_bodies(
        self, text: str, bodies: Sequence[Body], doc: Doc | None = None
    ) -> list[Place]:
        """Every place and territorial body of a document, in text order (``doc``: a Doc
        of ``text``, when the caller has one).

        A force with an area stands for it; a place followed by "PCC" or "Police and
        Crime Commissioner" is the area a commissioner speaks for; an organisation
        followed by a nation ("Crimestoppers Scotland") is a national branch."""
        masked = [(b.start, b.end) for b in bodies]
        found: list[Place] = []
        for place in self._place_matches(text, masked, doc):
            after = text[place.end : place.end + 60]
            before = text[max(0, place.start - 40) : place.start]
            pcc = PCC_AFTER.match(after) or PCC_BEFORE.search(before)
            joined_to = found[-1] if found else None
            if (
                joined_to is not None
                and _JOINED.fullmatch(text, joined_to.end, place.start)
                and ((pcc and joined_to.rule == "place") or (joined_to.rule == "pcc" and not pcc))
            ):  # "Wiltshire and Swindon PCC", "Commissioner for Wiltshire and Swindon"
                joint = text[joined_to.end : place.start].strip()
                area = (
                    f"{joined_to.area}{joint} {place.area}"
                    if joint == ","
                    else f"{joined_to.area} {joint} {place.area}"
                )
                found[-1] = replace(joined_to, end=place.end, area=area, rule="pcc")
                continue
            found.append(replace(place, rule="pcc") if pcc else place)
        for start, end, name in named_districts(text, found):  # not inside a known place
            if text[start:end] != name or name.lower().replace("-", " ") not in self._places:
                found.append(Place(start, end, name, "district"))
        for start, end, name in adjective_places(text):  # "along the Cornish coast"
            if not any(p.start < end and start < p.end for p in found):
                found.append(Place(start, end, name, "place-adjective"))
        for body in bodies:
            found_place = named_place(body.label, text[body.start : body.end], self._named, text)
            opening, kind = found_place or ("", "")  # "Kent County Council": NAMED_FOR_RULES
            named = self._named(opening)
            if named and not cited_university(text, body.start, body.end):
                found.append(Place(body.start, body.end, named, kind))
                continue
            if body.id in self._force_areas:
                found.append(
                    Place(body.start, body.end, self._force_areas[body.id], "territorial-force")
                )
                continue
            if body.id in self._office_areas:
                found.append(Place(body.start, body.end, self._office_areas[body.id], "pcc"))
                continue
            if body.id in NATIONAL_AREAS and cited_source(text, body):
                found.append(Place(body.start, body.end, NATIONAL_AREAS[body.id], "source-body"))
                continue
            if body.label not in ("CHARITY", "ORG", "FORCE"):
                continue  # only these have national branches
            nation = NATION_AFTER.match(text, body.end, body.end + 20)
            words = text[body.start : body.end].split()
            two = len(words) >= 2 and words[-2].lower() == "northern"  # "… Northern Ireland"
            last = " ".join(words[-2:]) if two else (words[-1] if words else "")
            word = nation.group("nation") if nation else last
            key = " ".join(word.lower().split())  # each run of white space one space
            # "NSPCC Scotland"; "the Scottish Government will invest £2.5m": Scotland
            named_nation = body_nation(text[body.start : body.end], key)
            if named_nation:
                found.append(Place(body.start, body.end, named_nation, "national-branch"))
        worded = worded_places(text, sorted(found, key=town_part_first))
        found = phrase_places(text, nested_dropped(text, worded, self.tree), masked)
        return national_leads(text, found, stated_country)

    def _named(self, opening: str) -> str | None:
        """The gazetteer's name of a body's opening place, also of places joined by "and"
        ("Devon and Somerset Fire and Rescue Service": "Devon and Somerset"), else None."""
        key = opening.lower().replace("-", " ")
        if key in self._places:
            return self._places[key]
        parts = [self._places.get(part.strip()) for part in _AND_PARTS.split(key)]
        if len(parts) < 2 or not all(parts):
            return None
        return listed([part for part in parts if part])

    @staticmethod
    def document_area(
        text: str,
        first_sentence: tuple[int, int],
        places: Sequence[Place],
        bodies: Sequence[Body] = (),
        tree: PlaceTree | None = None,
    ) -> tuple[str | None, str | None]:
        """(area, rule) the document speaks for, when a figure's own sentence names none.

        ``lead-body``: a territorial body (a force, a PCC's place, a national branch) its first
        sentence names (with the sentence after it when the first is a headline); else
        ``lead-place``: a place that sentence gives as the scope ("Thirty children in Kent were …",
        "across Ashford borough"; not a ranking's field, "than any other county in England"), else
        a place it opens on as its subject ("North Yorkshire recorded …": :func:`.lead_subject`);
        else ``issuing-body``: the first territorial body of the document. A body named in a list
        of forces stands for the list ("officers from Dyfed-Powys, South Wales and Gwent Police":
        ``joint-forces``), unless the lead names the body alone and the list comes after it
        (:func:`.body_alone_in_lead`: "head of roads policing for X Police and Y Police");
        else ``national-body``: the country of the first national body named
        (:data:`NATIONAL_SCOPES`). A national body that the first sentence names, with no
        territorial body or scope place beside it, beats a territorial body named only later
        (``lead-national-body``: "British Transport Police searched 900 passengers …" then "Kent
        Police officers joined"); so does one named before a first territorial body named as a
        partner (``national-before-partner``, :func:`.national_before_partner`). With a ``tree`` of
        what lies within what, the lead's scope place beats the bodies it names when it is a
        district of their one area or a region holding
        theirs (:func:`.lead_scope`), or when every body it names is a partner (``lead-partner``:
        :func:`.partnered`). A charity of no known area in the first sentence (or the one after a
        headline), with no territorial body or scope place beside it, leaves the document without
        an area (``lead-unplaced-charity``); one of a place ("A Gwynedd charity …") gives it that
        place (``lead-placed-charity``). A force cited only as the source of the figures is no
        issuer (:func:`.issuing_candidates`). Left without an area, a release takes the remit
        a charity states (``charity-remit``: :func:`.remit_or`). With neither, a place before the
        lead's opening noun ("A Walsall man …": ``lead_modifier``)."""
        groups = _groups(text, list(places))
        grouped = [_one_area(group, text) for group in groups]  # rule charity-remit
        territorial = [
            p
            for group in groups
            for p in group
            if p.rule not in ("place", "district", "source-body")
            or any(m.rule == "territorial-force" for m in group)  # "…, and Gwent Police"
        ]
        territorial = issuing_candidates(text, territorial)  # not "figures from X Police show"
        lead_start, lead_end = figure_lead(  # a headline and more; a hook and its figures
            text, past_headline(text, first_sentence), (p.start for p in places)
        )
        in_lead = [p for p in territorial if lead_start <= p.start < lead_end]
        candidates = [
            (p, group)
            for p, group in zip(grouped, groups, strict=True)
            if lead_start <= p.start < lead_end
            and p.rule in ("place", "district")
            and not PART_OF_WHOLE.search(text, lead_start, p.start)
            and not lead_site(text, p)
            and not names_force_by_part(text, p, territorial)  # rule police_in_force_part
            and not (tree and tree.names_unplaced_town(p.area))  # rule town_not_release_scope
        ]
        lead_groups = (
            [
                (p, g)
                for p, g in candidates
                if scope_of_lead(text, p.start, SCOPE_PLACE) or p.area == WORLDWIDE
            ]
            or [  # else a force's division the lead names: "Police Scotland's Fife division"
                (p, g) for p, g in candidates if DIVISION_AFTER.match(text, p.end)
            ]
            or [(p, g) for p, g in candidates if lead_subject(text, lead_start, p.start, p.end)]
        )
        lead = figure_scope_first(text, [p for p, _ in lead_groups], tree.within if tree else None)
        if not in_lead and lead:
            return lead[0].area, "lead-place"
        members = [m.area for m in lead_groups[0][1]] if lead_groups else []
        scoped = lead_scope(lead, in_lead, tree, members) if tree else None
        if scoped:
            return scoped
        if lead and all(partnered(text, p) for p in in_lead):  # "a campaign with X Police"
            return lead[0].area, "lead-partner"
        national_lead = next(
            (
                b.id
                for b in bodies
                if b.id in NATIONAL_AREAS and first_sentence[0] <= b.start < first_sentence[1]
            ),
            None,
        )
        later_body = bool(territorial) and not in_lead and not lead  # a body named after it
        if national_lead and later_body:  # a partner named later
            return NATIONAL_AREAS[national_lead], "lead-national-body"
        partner_of = later_body and national_before_partner(text, bodies, territorial[0])
        if partner_of:  # "prosecuted by the England IMLT after a joint investigation with X Police"
            return partner_of, "national-before-partner"
        if later_body and unplaced_charity_leads(
            text, bodies, past_headline(text, first_sentence), territorial
        ):
            return remit_or(text, grouped, bodies, (None, "lead-unplaced-charity"))
        if later_body and (placed := lead_placed_charity(text, lead_start, candidates)):
            return placed, "lead-placed-charity"
        if not territorial:
            by_lead = lead_modifier(text, lead_start, candidates)
            return remit_or(text, grouped, bodies, release_nation(bodies, by_lead))
        first = territorial[0]
        is_territorial = set(territorial)  # looked up per place: a set, not a list scan
        for group in groups:
            forces = [  # a list of forces, not a council beside a force
                p for p in group if p in is_territorial and p.rule in ("territorial-force", "place")
            ]
            alone = bool(in_lead and forces) and body_alone_in_lead(
                text, lead_start, lead_end, forces[0].start
            )
            if len(forces) >= 2 and first.area in (p.area for p in forces) and not alone:
                return _one_area(forces, text).area, "joint-forces"
        return first.area, ("lead-body" if in_lead else "issuing-body")


def stated_country(text: str, places: list[Place]) -> str | None:
    """The first country of several nations (:data:`.STATED_COUNTRIES`) ``places`` name,
    read as listed ("across England, Wales and Northern Ireland"); None when none."""
    areas = (_one_area(group, text).area for group in _groups(text, places))
    return next((area for area in areas if area.casefold() in STATED_COUNTRIES), None)


_AND_PARTS = re.compile(r",|\band\b")
"""Where the places of a joined opening part ("Devon and Somerset", "Bath, Bristol and …")."""


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s+")
_LIST_AND = re.compile(r"\s(?:and|or|&)\s")


_OPENING_PLACE = re.compile(
    r"(?:^|[.!?:]\s+|\n)\W{0,3}(?:in|across|throughout)\s+(?:the\s+)?$", re.I
)
"""Before an opening place ("In Wales, Gwent Police and South Wales Police recorded …"): it
frames the sentence when a comma follows it and a verb the list after it
(:data:`_SUBJECT_END`), not "In Leeds, Bradford and Wakefield, 233 …" (one list)."""
_VERBS = r"[a-z]+ed|have|has|had|were|was|are|is|saw|made|took|got|gave|ran|paid|seized|dealt"
_SUBJECT_END = re.compile(rf"\s+(?:(?:also|together|between\s+them)\s+)?(?:{_VERBS})\b")
_NEW_SUBJECT = re.compile(NEW_SUBJECT)
"""", and" + a named subject + its verb: a clause of its own, whose subject is no member of
the list before it ("… in Hull, Goole and Selby, and Humberside Police now has …")."""


def _groups(text: str, places: list[Place]) -> list[list[Place]]:
    """Places in text order, those listed together ("A, B and C") in one group; a list
    closed by "and" takes no member after a bare comma ("… in Rhyl and Prestatyn, North
    Wales Police said": the force is no third place), nor the subject of a clause of its
    own (:data:`_NEW_SUBJECT`)."""
    groups: list[list[Place]] = []
    for place in sorted(places, key=lambda p: p.start):
        if groups:
            gap = text[groups[-1][-1].end : place.start]
            closed = len(groups[-1]) > 1 and _LIST_AND.search(
                text, groups[-1][-2].end, groups[-1][-1].start
            )
            if (
                _LIST_GAP.fullmatch(gap)
                and not (closed and "," in gap and not _LIST_AND.search(gap))
                and place.area not in (p.area for p in groups[-1])
                and not _NEW_SUBJECT.match(text, groups[-1][-1].end)
            ):
                groups[-1].append(place)
                continue
        groups.append([place])
    return [part for group in groups for part in _listed(text, group)]


def _listed(text: str, group: list[Place]) -> list[list[Place]]:
    """A group is a list only when "and" (or "&") joins two of its members: places set off
    by commas alone are separate ("In the North East, Northumbria Police recorded …": an
    opening place, then a force as the subject)."""
    if len(group) < 2 or any(_LIST_AND.search(text, a.end, b.start) for a, b in pairwise(group)):
        framed = prisons_set_off(text, [(p.area, p.end) for p in group]) or (
            len(group) > 2
            and text.startswith(",", group[0].end)
            and _OPENING_PLACE.search(text, max(0, group[0].start - 20), group[0].start)
            and _SUBJECT_END.match(text, group[-1].end)
        )
        return [group[:1], group[1:]] if framed else [group]
    return [[place] for place in group]


def joined(text: str, places: list[Place]) -> list[Place]:
    """Places listed together name one area: "in Bristol and Somerset", "from Dyfed-Powys,
    South Wales and Gwent Police", "from Leeds, Hull or York" (rule ``or_list``, worded with
    "or"); a list of the nations joined by "and" names the country (:data:`NATION_SETS`)."""
    return [_one_area(group, text) for group in _groups(text, places)]


def _one_area(group: list[Place], text: str) -> Place:
    first = group[0]
    if len(group) == 1:
        return first
    names, joiner = [p.area for p in group], text[group[-2].end : group[-1].start].split()
    folded = frozenset(n.lower() for n in names)
    for nation_set in NATION_SETS if "or" not in joiner else ():
        if folded == nation_set.members:
            return Place(first.start, group[-1].end, nation_set.area, first.rule)
    area = listed(names, "or" if "or" in joiner else "and")
    return Place(first.start, group[-1].end, area, first.rule)
