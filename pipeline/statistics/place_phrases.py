"""Places worded by the phrase around a gazetteer place or a force, not by the place alone.

:meth:`~pressfacts.statistics.areas.AreaReader.places_and_bodies` finds places one name
at a time; the rules here reword them as the text states the area (the contract's
statistic ``area``: the place as the text words it):

- :data:`FORCE_AREA`: "across the force area", "in the force's area", "force-wide", "arrested
  by the force" names the area of the force the text speaks of (the nearest territorial
  force before it, else the first it names), not a town its lead names ("Kent Police
  recorded 900 thefts across the force area": Kent); a force named as a partner before it
  is passed over (rule ``force-area-not-partner``: "officers from the unit Kent Police
  shares with Essex Police stopped 300 cars across the force area": Kent).
- :data:`POSSESSIVE_DISTRICT`: a ward or district named as part of a place ("in Leeds's
  Harehills ward") is the area, worded with its word ("Harehills ward": the name alone
  is no place), not the place it lies in.
- :data:`LIST_TAIL`: a list of places given as the scope keeps every member as worded,
  also members the gazetteer does not hold ("in Boston, Spalding and Stamford", "in
  Leeds or Wakefield"), with their article ("in Hull, the East Riding and North
  Lincolnshire"); a list joined by "or" keeps its "or". Lists of known places
  joined by "and" are left to :func:`~pressfacts.statistics.areas.joined`.
  :data:`LIST_HEAD`: likewise when only the list's last member is known ("in Eden and
  South Lakeland"; not a month, "in March and Leeds"). :data:`LIST_LEAD` (rule
  ``unknown-list-lead``): likewise when the list's first members are unknown and a later
  one is known ("in St Ann's, Bulwell and Clifton"; not "on Friday, Leeds and …").
- :data:`CAPITAL_REFERENCE`: "in the capital" is the capital city named last before it
  ("… in London alone. … 13,231 people were seen sleeping rough in the capital": London;
  rule ``capital_named_before``); with no capital named before, no place.
- :data:`WORLD_SCOPES`: a figure stated for the whole world ("assessed 9,000 reports
  worldwide", "Globally, cases doubled") is the world's, written ``worldwide``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pressfacts.lexicon.months import MONTHS
from pressfacts.statistics.partner_cues import partnered

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Place

FORCE_AREA = re.compile(
    r"\b(?:the|its)\s+(?:(?:whole|entire|wider)\s+)?(?P<area>force(?:['’]s)?\s+area)\b"
    r"|\b(?P<wide>force[- ]?wide)\b"
    r"|\bby\s+(?P<agent>the\s+force)\b(?!['’])",
    re.I,
)
"""The area of the force a release speaks of: "across the force area", "the force's area",
"across the whole force area", "the entire force area", "the wider force area", the
force's own "across its force area" (rule ``its-force-area``: "South Wales Police recorded 254
reports across its force area, of which 131 were in Cardiff": South Wales),
"fell by 11% force-wide", and the force as the agent of what is counted ("212 men
arrested by the force", "crimes recorded by the force": its figures are its area's; not
"by the force's partners")."""

POSSESSIVE_DISTRICT = re.compile(
    r"['’]s?\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?P<word>ward|district|parish)\b"
)
"""After a place, a named part of it: "Reading's Abbey ward", "Leeds's Harehills ward"."""

_NAME = (
    r"(?:(?:St\.?\s+[A-Z][a-z]+|King|Queen|Bishop)['’]s(?:\s+[A-Z][a-z]+)?|"
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
)
"""A list member's name: capitalised words, or a possessive place name (rule
``possessive-place-name``: a saint's district, "St Ann's", "St John's Wood", or "King's
Heath", "Bishop's Cleeve"), which the gazetteer may not hold."""
_NOT_PLACES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas"}
)
"""Capitalised words of a list before a place that are no places ("on Friday and …")."""
LIST_TAIL = re.compile(
    rf"(?P<more>(?:,\s+(?:the\s+)?{_NAME})*)(?:,?\s+(?P<conj>and|or|&)\s+)"
    rf"(?P<last>(?:the\s+)?{_NAME})"
    r"(?![\w-]|\s+[A-Z]|['’])"
)
"""The members after a list's first place: ", Ashfield and Bassetlaw", " or Slough"; the
last member ends the list (not followed by a capitalised word, which would make it part
of a longer name such as a force's)."""

_ARTICLE = re.compile(r"the\s+")
"""The article a list member may open with ("the East Riding", "the Wirral"): kept in the
wording of a member the gazetteer does not know (``list-member-article``)."""
_IN_SCOPE = r"\b(?:in|across|throughout|within)\s+"
"""The words that give a place or list of places as the scope of its sentence's figures:
"in", "across", "throughout", "within" (:data:`LIST_SCOPE_WORDS` adds "near" and "around"
where a known place follows)."""
LIST_SCOPE_WORDS: tuple[str, ...] = ("in", "across", "throughout", "within", "near", "around")
"""Words before a list of places given as the scope ("grants in A, B and C"); "near" and
"around" (rule ``list-near-scope``) place what is counted by the list as "in" does
("stopped 41 vehicles at checkpoints near Writtle, Broomfield and Great Waltham": the
three, though the gazetteer holds only Writtle)."""
LIST_SCOPE = re.compile(rf"\b(?:{'|'.join(LIST_SCOPE_WORDS)})\s+(?:the\s+)?$", re.I)
"""A scope word of :data:`LIST_SCOPE_WORDS` right before a list's first place."""
LIST_HEAD = re.compile(
    rf"{_IN_SCOPE}(?P<members>{_NAME}(?:,\s+{_NAME})*),?\s+"
    r"(?P<conj>and|or|&)\s+$"
)
"""The members before a list's last place when the gazetteer knows only that one: "in
Eden and South Lakeland", "across Ryedale, Selby or Harrogate"."""
OPENING_LIST = re.compile(r"(?:^|[.!?]['’”\"]?\s+|\n)$")
"""Before a list of places opening its sentence, which is the list's scope when a verb
follows the list (:data:`OPENING_LIST_VERB`, rule ``opening-list-subject``)."""
OPENING_LIST_VERB = re.compile(
    r"\s+(?:(?:all|each|also|together|between\s+them|have|has|had)\s+)?"
    r"(?:[a-z]+ed|saw|made|took|got|were|had|have|has|won|spent)\b"
)
"""The verb after a list of places opening its sentence as its subject ("Bulwell, Sneinton
and St Ann's received £985,000", "Boston, Spalding and Stamford saw 40 thefts"): the list
is then the scope, its unknown members kept as with "in". Not a list a noun follows
("Boston, Spalding and Stamford officers made …")."""
RESPECTIVE = re.compile(r"\brespectively\b", re.I)
"""After an opening list, its members taken one by one ("North Belfast and the Shankill saw
the sharpest rises, at 41% and 33% respectively"): no joint scope."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
LIST_LEAD = re.compile(rf"{_IN_SCOPE}(?P<members>{_NAME}(?:,\s+{_NAME})*),\s+$")
"""The unknown members before a list's first known place that is not its last ("in St
Ann's, Bulwell and Clifton"): read with the members after it (rule ``unknown-list-lead``)."""


UNKNOWN_PAIR = re.compile(
    rf"{_IN_SCOPE}(?P<pair>(?P<first>{_NAME})\s+and\s+"
    rf"(?P<second>{_NAME}))(?![\w-]|\s+[A-Z]|['’])"
)
"""Two places the gazetteer knows neither of, given as the scope ("64 cameras in Blakenhall
and Caldmore", "thefts across Stoke Newington and Dalston"): the pair as worded is the area
(rule ``unknown-place-pair``), as a list with one known member is (:data:`LIST_HEAD`). Not a
month or weekday pair ("in March and April"), nor a pair with a word of
:data:`NOT_PAIR_WORDS` ("in Police and Crime …", "in Crown and Magistrates' courts")."""
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,.;]*$")
"""Before a pair closing a relative clause set off by commas, which describes a body, not
the scope of its sentence's figures ("Gedling Borough Council, which is consulting on an
order for car parks in Netherfield and Carlton, said more than 600 people …"): no place
(rule ``pair-in-relative-aside``)."""
NOT_PAIR_WORDS = frozenset(
    {
        *("Police", "Council", "Crime", "Court", "Courts", "Crown", "Magistrates", "Government"),
        *("Parliament", "Policing", "Force", "Partnership", "Health", "Justice", "Safety"),
        *("Street", "Streets", "Road", "Roads", "Year", "Term", "Christmas", "Easter", "Court"),
        *("Avenue", "Lane", "Drive", "Square", "Crescent", "Terrace", "Way", "Close"),
        *("English", "Maths", "Science", "Officers", "Staff", "Team", "Teams", "Service"),
    }
)
"""Capitalised words that make a pair no pair of places (:data:`UNKNOWN_PAIR`): bodies,
courts, streets and roads ("in Soho and Mayfair Avenue": a district and a street, the
district's rule reads it), school years and subjects, holidays."""


WHOLE_AFTER_PARTS: dict[str, re.Pattern[str]] = {
    "rest-of-force-area": re.compile(
        rf"{_IN_SCOPE}(?P<parts>{_NAME}(?:,\s+{_NAME})*),?\s+"
        r"and\s+(?:in\s+)?the\s+rest\s+of\s+the\s+(?:(?:whole|entire|wider)\s+)?$"
    ),
}
"""Places listed only as parts of the whole force area that ends their list ("143 drivers
arrested across Newcastle, Sunderland, Gateshead and the rest of the force area": the
figure is the force area's, not Newcastle's); the parts are dropped as places of the
figure (rule ``rest-of-force-area``)."""


WORLDWIDE = "worldwide"
"""The one area written for the whole world, however the text words it."""
WORLD_SCOPES: dict[str, re.Pattern[str]] = {
    "world_adverb": re.compile(r"\b(?:worldwide|world-wide|globally)\b", re.I),
    "world_phrase": re.compile(
        r"\b(?:around|across|throughout)\s+the\s+(?:world|globe)\b(?!['’]s|\s+(?:cup|of)\b)",
        re.I,
    ),
}
"""Words that state a figure's scope as the whole world: "worldwide", "globally", "around
the world", "across the globe" (not "around the world's …", "across the world of …",
"across the World Cup")."""


CAPITAL_REFERENCE = re.compile(
    r"\b(?i:in|across|throughout|around|within|(?P<source>from))\s+the\s+(?P<capital>capital)\b"
    r"(?!['’]|\s+(?:of|city|budget|funding|grants?|spending|programme|projects?|costs?|"
    r"investment|expenditure|works?|scheme)\b)"
    r"(?(source)(?!\s+(?:to|into|towards)\b))"
)
"""A capital city named by its role ("in the capital", "across the capital", "within the
capital"), or as where what is counted comes from ("Calls from the capital made up 61%"),
but not as the start of a journey ("moved from the capital to Leeds"); not "the
capital's", "the capital of …", nor money ("in the capital budget")."""
CAPITALS = frozenset({"London", "Edinburgh", "Cardiff", "Belfast", "Dublin"})
"""The capitals of the UK's nations and of Ireland, as the gazetteer names them."""


def _capitals(text: str, places: Sequence[Place]) -> list[Place]:
    """A place for each :data:`CAPITAL_REFERENCE` whose capital (:data:`CAPITALS`) is the
    last one named before it (rule ``capital_named_before``)."""
    if "capital" not in text:
        return []
    found: list[Place] = []
    for match in CAPITAL_REFERENCE.finditer(text):
        named = [p for p in places if p.area in CAPITALS and p.end <= match.start()]
        if named:
            start, end = match.span()
            found.append(replace(named[-1], start=start + match.group().index("the"), end=end))
    return found


def world_places(text: str) -> list[tuple[int, int]]:
    """Spans of the words of :data:`WORLD_SCOPES` in ``text`` (gated on "world"/"global":
    most texts name neither)."""
    lowered = text.lower()
    if "world" not in lowered and "global" not in lowered:
        return []
    spans = {m.span() for pattern in WORLD_SCOPES.values() for m in pattern.finditer(text)}
    return sorted(spans)


def phrase_places(
    text: str, places: Sequence[Place], masked: Sequence[tuple[int, int]]
) -> list[Place]:
    """``places`` (in text order) with the phrases of this module applied: lists of
    places merged, possessive districts and the force area added as places (a place inside
    a possessive district's name dropped: "Boston" of "Rotherham's Boston Castle ward").
    ``masked``: entity spans, which are never list members."""
    worded = [_district(text, p) for p in places]
    districts = [(p.start, p.end) for p in worded if p.rule == "district"]
    worded = [  # "Boston" of "Rotherham's Boston Castle ward": inside the district's name
        p
        for p in worded
        if p.rule == "district" or not any(s < p.start and p.end <= e for s, e in districts)
    ]
    out = _lists(text, worded, masked)
    forces = _force_areas(text, out)
    parts = _parts_of_wholes(text, forces)
    out = [p for p in out if not any(s <= p.start and p.end <= e for s, e in parts)]
    owned = _owned_parts(text)
    out = [p for p in out if not any(o.start <= p.start and p.end <= o.end for o in owned)]
    extra = forces + _capitals(text, out) + _world(text) + owned
    extra += _unknown_pairs(text, [*out, *extra], masked)
    return sorted(out + extra, key=lambda p: p.start)


def _parts_of_wholes(text: str, wholes: Sequence[Place]) -> list[tuple[int, int]]:
    """Spans of the place lists :data:`WHOLE_AFTER_PARTS` finds before a force area."""
    spans: list[tuple[int, int]] = []
    for whole in wholes:
        window = text[max(0, whole.start - 200) : whole.start]
        offset = whole.start - len(window)
        for pattern in WHOLE_AFTER_PARTS.values():
            found = pattern.search(window)
            if found:
                spans.append((offset + found.start("parts"), offset + found.end("parts")))
    return spans


OWNED_NAMED_PARTS = re.compile(
    r"\b(?:the|a)\s+(?:city|town|borough|county|district|village)['’]s\s+"
    r"(?P<names>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*(?:\s+(?:and|or)\s+[A-Z][a-z]+)?)\s+"
    r"(?:areas?|estates?|neighbourhoods?)\b"
)
"""Named parts of a place the text points back to, which the gazetteer need not hold
("the city's Cityside and Waterside areas", "the town's Ballycolman estate"): the parts'
names are the area (rule ``owned_named_parts``)."""
_NOT_PART_NAMES = frozenset({"Police", "Council", "Policing", "Force", "Partnership", "Health"})
"""Capitalised words before "area" that name a body's area, no part of a place ("the
county's Police area")."""


def _owned_parts(text: str) -> list[Place]:
    """A place of each named part :data:`OWNED_NAMED_PARTS` finds."""
    if "’s " not in text and "'s " not in text:
        return []
    from pressfacts.statistics.areas import Place  # here: areas imports this module

    found: list[Place] = []
    for match in OWNED_NAMED_PARTS.finditer(text):
        if not set(re.findall(r"[A-Z][a-z]+", match.group("names"))) & _NOT_PART_NAMES:
            found.append(Place(match.start("names"), match.end("names"), match["names"], "place"))
    return found


def _unknown_pairs(
    text: str, places: Sequence[Place], masked: Sequence[tuple[int, int]]
) -> list[Place]:
    """A place of each :data:`UNKNOWN_PAIR` that overlaps no place found and no entity's
    name, whose members are no month, weekday or word of :data:`NOT_PAIR_WORDS`."""
    if " and " not in text:
        return []
    from pressfacts.statistics.areas import Place  # here: areas imports this module

    taken = [(p.start, p.end) for p in places] + list(masked)
    found: list[Place] = []
    for match in UNKNOWN_PAIR.finditer(text):
        start, end = match.span("pair")
        if any(s < end and start < e for s, e in taken):
            continue
        words = set(re.findall(r"[A-Za-z]+", match.group("pair")))
        names = (match.group("first"), match.group("second"))
        if RELATIVE_ASIDE.search(text, max(0, start - 120), start) and text.startswith(",", end):
            continue  # rule pair-in-relative-aside
        if words & NOT_PAIR_WORDS or any(n.lower() in MONTHS or n in _NOT_PLACES for n in names):
            continue
        found.append(Place(start, end, match.group("pair"), "place"))
    return found


def _world(text: str) -> list[Place]:
    """A place of area :data:`WORLDWIDE` for each of the world's scope words."""
    spans = world_places(text)
    if not spans:
        return []
    from pressfacts.statistics.areas import Place  # here: areas imports this module

    return [Place(start, end, WORLDWIDE, "place") for start, end in spans]


def _district(text: str, place: Place) -> Place:
    if place.rule != "place":
        return place
    found = POSSESSIVE_DISTRICT.match(text, place.end, place.end + 40)
    if not found:
        return place
    area = f"{found.group('name')} {found.group('word')}"
    return replace(place, end=found.end(), area=area, rule="district")


def _force_areas(text: str, places: Sequence[Place]) -> list[Place]:
    forces = [p for p in places if p.rule == "territorial-force"]
    if not forces or "force" not in text:
        return []
    found: list[Place] = []
    for match in FORCE_AREA.finditer(text):
        before = [p for p in forces if p.end <= match.start()]
        own = [p for p in before if not partnered(text, p)]  # rule force-area-not-partner
        force = (own or before)[-1] if before else forces[0]
        start, end = match.span(next(g for g in ("area", "wide", "agent") if match.group(g)))
        found.append(replace(force, start=start, end=end, rule="place"))
    return found


def _lists(text: str, places: Sequence[Place], masked: Sequence[tuple[int, int]]) -> list[Place]:
    out: list[Place] = []
    index = 0
    while index < len(places):
        first = places[index]
        merged, used = _list_at(text, places, index, masked)
        out.append(merged if merged is not None else first)
        index += used
    return out


def _list_at(
    text: str, places: Sequence[Place], index: int, masked: Sequence[tuple[int, int]]
) -> tuple[Place | None, int]:
    """(the merged list starting with ``places[index]``, how many places it takes)."""
    first = places[index]
    if first.rule not in ("place", "district"):
        return None, 1
    lead_names: list[str] = []
    lead_start = first.start
    if not LIST_SCOPE.search(text, max(0, first.start - 20), first.start) and not (
        _opening_subject(text, first)
    ):
        lead = _list_lead(text, places, index, masked)
        if lead is None:
            return _list_head(text, places, index, masked), 1
        lead_names, lead_start = lead
    tail = LIST_TAIL.match(text, first.end)
    if not tail:
        return None, 1
    spans = [m.span(1) for m in re.finditer(rf",\s+((?:the\s+)?{_NAME})", tail.group("more"))]
    offset = tail.start("more")
    members = [(offset + s, offset + e) for s, e in spans] + [tail.span("last")]
    if any(ms < me2 and ms2 < me for ms, me in members for ms2, me2 in masked):
        return None, 1  # a member is an entity's name ("… and Kent Police")
    names, used = [*lead_names, first.area], 1
    for start, end in members:
        article = _ARTICLE.match(text, start)  # "in Hull, the East Riding and …"
        bare = article.end() if article else start
        known = places[index + used] if index + used < len(places) else None
        if known is not None and known.start == bare:
            if known.end == tail.end() and known.end > end:  # "…, Kent and Medway": a joint
                area = text[lead_start : known.end]  # area of the place list ends it
                joint = replace(first, start=lead_start, end=known.end, area=area, rule="place")
                return joint, used + 1
            if known.end != end and known.end > end:
                return None, 1
            names.append(known.area)
            used += 1
        elif known is not None and bare < known.start < known.end == end:
            names.append(text[start:end])  # "Great Waltham": a known name ends the member
            used += 1  # (rule list-member-known-tail)
        elif known is not None and known.start < end:
            return None, 1
        else:
            names.append(text[start:end])
    conj = tail.group("conj").lower()
    if conj != "or" and used == len(names):
        return None, 1  # known places joined by "and": left to the joining of areas
    word = "or" if conj == "or" else "and"
    area = f"{', '.join(names[:-1])} {word} {names[-1]}"
    return replace(first, start=lead_start, end=tail.end(), area=area, rule="place"), used


def _opening_subject(text: str, first: Place) -> bool:
    """Rule ``opening-list-subject``: ``first`` opens its sentence and the list it starts
    is followed by a verb (:data:`OPENING_LIST`, :data:`OPENING_LIST_VERB`)."""
    if not OPENING_LIST.search(text, max(0, first.start - 4), first.start):
        return False
    tail = LIST_TAIL.match(text, first.end)
    if tail is None or OPENING_LIST_VERB.match(text, tail.end()) is None:
        return False
    end = _SENTENCE_END.search(text, tail.end())
    return not RESPECTIVE.search(text, tail.end(), end.start() if end else len(text))


def _list_lead(
    text: str, places: Sequence[Place], index: int, masked: Sequence[tuple[int, int]]
) -> tuple[list[str], int] | None:
    """Rule ``unknown-list-lead``: the unknown members before ``places[index]`` ending
    with a comma (:data:`LIST_LEAD`) and where they start; None when there are none, when
    a member is a known place, an entity's name, a month or a weekday."""
    first = places[index]
    window = max(0, first.start - 80)
    lead = LIST_LEAD.search(text[window : first.start])
    if lead is None:
        return None
    start = window + lead.start("members")
    if index and places[index - 1].end > start:
        return None
    if any(ms < first.start and start < me for ms, me in masked):
        return None
    members = re.split(r",\s+", lead.group("members"))
    if any(member.lower() in MONTHS or member in _NOT_PLACES for member in members):
        return None
    return members, start


def _list_head(
    text: str, places: Sequence[Place], index: int, masked: Sequence[tuple[int, int]]
) -> Place | None:
    """The list ending with ``places[index]`` whose other members the gazetteer does not
    hold (:data:`LIST_HEAD`), merged into one place; None when there is none."""
    last = places[index]
    head = LIST_HEAD.search(text[max(0, last.start - 80) : last.start])
    if head is None:
        return None
    start = last.start - (min(80, last.start) - head.start("members"))
    if index and places[index - 1].end > start:
        return None  # a known member: the list is read from the first place
    if any(ms < last.start and start < me for ms, me in masked):
        return None  # a member is an entity's name
    members = re.split(r",\s+", head.group("members"))
    if any(member.lower() in MONTHS or member in _NOT_PLACES for member in members):
        return None
    word = "or" if head.group("conj") == "or" else "and"
    area = f"{', '.join(members)} {word} {last.area}"
    return replace(last, start=start, area=area, rule="place")
