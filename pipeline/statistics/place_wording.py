"""Places as the text words them, and what each lies within.

The area of a statistic is "the place as the text words it" (the contract's statistic
``area``). The gazetteer finds the place; the rules here keep the words around it that
narrow or extend it, and tell which larger area a place lies within:

- :data:`~pressfacts.statistics.sub_area_rules.SUB_AREA_RULES` (a table of its own
  module): a part of a place named with it is the area as worded ("homes in north
  Belfast" -> ``north Belfast``; "Leicester city centre"). "In the Fife area" and "across
  the Dundee district" need no rule: the place itself is the area.
- :func:`worded_places` also keeps the article of the last member of a list of places
  ("across Birmingham, Coventry and the Black Country"), so the joined area reads as
  the list does.
- :class:`PlaceTree` (``place_within.txt``): which larger area a place lies within, so
  that :meth:`~pressfacts.statistics.areas.AreaReader.document_area` can tell a district
  of the issuing body's area ("PSNI … arrests in Belfast") and a region holding every
  force a release names ("in the North East … with Northumbria Police and Durham
  Constabulary") from any other place.
- :func:`lead_sentence`: the sentence a release's area is read from, not its byline;
  :func:`dateline`: a dateline's place is where the release was issued, not an area;
  :func:`referred_area`: what "the area" points back to;
  :data:`AN_AVERAGE`: a figure that is a mean is no yardstick (a body named as a
  partner, "alongside Kent Police", is :mod:`~pressfacts.statistics.partner_cues`').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pressfacts.lexicon.lists import BULLET, NUMBERED
from pressfacts.statistics.county_wording import county_scope
from pressfacts.statistics.district_names import PRISON_NAME, located_district
from pressfacts.statistics.measured_times import MOVED_TO_LEVEL
from pressfacts.statistics.nations import is_country
from pressfacts.statistics.place_folds import THE_COUNTY, fold_place
from pressfacts.statistics.share_areas import holds_share
from pressfacts.statistics.sub_area_rules import COMPASS, SUB_AREA_RULES

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Place


LIST_ARTICLE = re.compile(r"(?:,|,?\s+(?:and|&))\s+(?P<the>the)\s+$", re.I)
"""The article of a list's member: "…, Wolverhampton and the Black Country"."""


SHORT_NAMES = {"Britain": "Great Britain"}
"""A country's short name and the name its statistics are kept under: "on Britain's roads"
in a release that also names Great Britain is an area of Great Britain (rule
``country_short_name``); in one that never does, "Britain" as worded."""
JOINT_AREA_COUNTIES = frozenset(
    {"oxfordshire", "berkshire", "buckinghamshire", "devon", "cornwall", "somerset"}
)
"""Rule ``county_in_joint_police_area``: counties sharing a police area (Thames Valley, …);
"the county" after one or a town in one is the county ("… in Oxford. … the county")."""


def worded_places(text: str, places: Sequence[Place]) -> list[Place]:
    """The gazetteer places of ``places`` as the text words them (:data:`SUB_AREA_RULES`,
    and the article of a list member after another place); a gazetteer place inside a
    district's name or locating a named prison or ward right before it is dropped
    ("Birmingham" of "HMP Birmingham", "Wrexham" of "HMP Berwyn in Wrexham", "Leeds" of "the
    St Mark's ward in Leeds"); other places unchanged."""
    out: list[Place] = []
    for place in places:
        if place.rule == "place":
            place = _sub_area(text, place)
            if SHORT_NAMES.get(place.area, "\0") in text:  # "Britain's roads": Great Britain
                place = replace(place, area=SHORT_NAMES[place.area])
        if (
            place.rule == "place"
            and out
            and out[-1].rule == "district"
            and (place.end <= out[-1].end or located_district(text, out[-1], place))
        ):
            continue  # "Birmingham" of "HMP Birmingham"; "Wrexham" of "HMP Berwyn in Wrexham";
            # "Leeds" of "the St Mark's ward in Leeds"
        if place.rule == "place":
            article = LIST_ARTICLE.search(text, max(0, place.start - 12), place.start)
            if article and out and 0 <= article.start() - out[-1].end <= 1:
                place = replace(place, start=article.start("the"), area=f"the {place.area}")
            while out and out[-1].rule == "place" and out[-1].start >= place.start:
                out.pop()  # "North East" of "North East Lincolnshire"
        out.append(place)
    return out


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|&))\s+")


def nested_dropped(text: str, places: Sequence[Place], tree: PlaceTree) -> list[Place]:
    """Two bodies listed together (a council, a territorial force) where the area of one
    lies within the other's name the narrower ("Salford City Council and Greater
    Manchester Police will fund …": Salford, not a join of a city and the county it lies
    in). Places named as such keep their join ("the commissioner for Wiltshire and
    Swindon"); other places unchanged."""
    out: list[Place] = []  # one pass: each place compared with the one kept before it
    for b in places:
        a = out[-1] if out else None
        if (
            a is not None
            and {a.rule, b.rule} <= {"council", "territorial-force"}
            and _LIST_GAP.fullmatch(text, a.end, b.start)
        ):
            if tree.within(a.area, b.area):
                continue
            if tree.within(b.area, a.area):
                out[-1] = b
                continue
        out.append(b)
    return out


WHOLE_AREA_LIST = 4
"""A lead's list of this many districts of the one area its bodies speak for or more
covers that area in parts ("drop-in events in Liverpool, Wirral, Sefton, Knowsley and St
Helens" with Merseyside Police): the bodies' area is the document's, not the list."""


def covers_area(names: Sequence[str] | str | None, area: str | None, tree: PlaceTree) -> bool:
    """Whether the listed places ``names`` (or a list area, "Bolton, Bury and Wigan") are
    :data:`WHOLE_AREA_LIST` or more districts of ``area``: the list covers that area in
    parts, and is no narrower scope than it."""
    if isinstance(names, str):
        names = LIST_PARTS.split(names)
    return (
        names is not None
        and area is not None
        and len(names) >= WHOLE_AREA_LIST
        and all(tree.within(name, area) for name in names)
    )


def lead_scope(
    lead_places: Sequence[Place],
    lead_bodies: Sequence[Place],
    tree: PlaceTree,
    members: Sequence[str] = (),
) -> tuple[str, str] | None:
    """(area, rule) when the lead sentence's scope place beats the territorial bodies it
    names: ``lead-district``, a place inside the innermost area those bodies speak for
    ("The PSNI made 40 arrests in Belfast": Belfast, not Northern Ireland; "Barnardo's
    Cymru and Dyfed-Powys Police … in Ceredigion and Powys": both counties lie in
    Dyfed-Powys, which lies in Wales; a list place is inside when each of its
    ``members`` is); ``lead-region``, a place holding the areas of two or more bodies
    ("a campaign in the North West with Cumbria Police and Cheshire Constabulary": North
    West, not a join of the forces); ``lead-inner-body``, a place that is the area of the
    innermost of two or more bodies ("Essex Police and Southend City Council … in Southend":
    Southend, not Essex); :func:`.county_scope`. None otherwise ("the first PCC in the UK")."""
    if not lead_places or not lead_bodies:
        return None
    place = lead_places[0]
    areas = list(dict.fromkeys(b.area for b in lead_bodies))
    innermost = next((a for a in areas if all(a == b or tree.within(a, b) for b in areas)), None)
    names = members if len(members) > 1 else [place.area]
    if innermost and covers_area(names, innermost, tree):
        return None  # "drop-in events in Liverpool, Wirral, Sefton, Knowsley and St Helens"
    if innermost and all(tree.within(name, innermost) for name in names):
        return place.area, "lead-district"
    if innermost and len(areas) >= 2 and all(fold_place(n) == fold_place(innermost) for n in names):
        return place.area, "lead-inner-body"  # a force and the council of the lead's place
    if len(areas) >= 2 and all(tree.within(a, place.area) for a in areas):
        return place.area, "lead-region"
    return county_scope(place.area, innermost)  # "Durham County Council … County Durham"


def _sub_area(text: str, place: Place) -> Place:
    for rule in SUB_AREA_RULES:
        if rule.before is not None:
            found = rule.before.search(text, max(0, place.start - rule.reach), place.start)
            if found:
                words = found.group("words")
                return replace(place, start=found.start(), area=f"{words} {place.area}")
        if rule.after is not None:
            found = rule.after.match(text, place.end, place.end + rule.reach)
            if found:
                words = found.group("words")
                return replace(place, end=found.end(), area=f"{place.area} {words}")
    return place


def _base(area: str) -> str:
    """The place a worded sub-area is part of ("north Belfast" -> "belfast")."""
    folded = fold_place(area)
    folded = re.sub(rf"^{COMPASS} ", "", folded)
    folded = re.sub(r" (?:(?:city|town) centre|national park)$", "", folded)
    return folded[4:] if folded.startswith("the ") else folded


class PlaceTree:
    """Which larger area each place lies within, from ``<place> > <larger area>`` lines
    (``place_within.txt``), and which ``towns`` (``towns.txt``) lie in a county it does
    not know; built once."""

    def __init__(self, lines: Iterable[str] = (), towns: Iterable[str] = ()) -> None:
        self._parent: dict[str, str] = {}
        self._names: dict[str, str] = {}  # folded -> as written (a larger area's name)
        for line in sorted(lines):
            inner, sep, outer = line.partition(">")
            if not sep or not inner.strip() or not outer.strip():
                raise ValueError(f"place_within: not '<place> > <larger area>': {line!r}")
            self._parent[fold_place(inner)] = fold_place(outer)
            self._names[fold_place(outer)] = outer.strip().replace("-", " ")
        self._unplaced = frozenset(fold_place(t) for t in towns) - self._parent.keys()

    def unplaced_towns(self, area: str) -> bool:
        """Whether ``area`` is a town of ``towns`` in no county known, or a list of such
        towns ("Wroughton and Chiseldon"): "the county" after it is no county of its own."""
        parts = list_parts(area)
        return bool(parts) and all(fold_place(part) in self._unplaced for part in parts)

    def names_unplaced_town(self, area: str) -> bool:
        """Whether ``area`` is or lists a town of ``towns`` in no county known
        ("Anfield, Everton and Kirkdale"): a lead naming it tells where something happened,
        not the area the release speaks for (rule ``town_not_release_scope``)."""
        return any(fold_place(part) in self._unplaced for part in list_parts(area))

    def knows(self, area: str) -> bool:
        """Whether the tree places ``area`` (or the place a worded part of it belongs to)."""
        return self._node(area) in self._parent

    def within(self, inner: str, outer: str) -> bool:
        """``inner`` lies inside ``outer`` strictly, as a district lies in a force's area;
        a worded part of a place lies where the place does ("north Belfast" in Northern
        Ireland) but not in the place itself ("Leicester city centre" is part of
        Leicester, not a district of Leicester's council: the council's area stays); rule
        ``joined_area_within``: what lies in A or in B lies in "A and B" (New Forest in
        "Hampshire and Isle of Wight", whose force is named for both; not countries)."""
        above, parts = self._ancestors(self._node(inner)), fold_place(outer).split(" and ")
        joined = len(parts) == 2 and not is_country(outer)  # not "England and Wales"
        return fold_place(outer) in above or (joined and any(p in above for p in parts))

    def _node(self, area: str) -> str:
        """The folded place ``area`` is looked up as: itself when the tree knows it as a
        place ("South Kesteven", "West Lindsey", "North Norfolk": districts whose names
        open on a compass word), else the place a worded part of it belongs to
        (:func:`_base`: "north Hampshire", "Durham city centre"; "north Lincolnshire" as
        worded is a part of Lincolnshire, not the district North Lincolnshire)."""
        folded = fold_place(area)
        named = area[:1].isupper() or " " not in area  # a name, or an id ("south-yorkshire")
        return folded if folded in self._parent and named else _base(area)

    def _ancestors(self, node: str) -> list[str]:
        """The larger areas a folded place lies within, nearest first (a cycle ends it)."""
        found: list[str] = []
        seen: set[str] = set()
        while node in self._parent and node not in seen:
            seen.add(node)
            node = self._parent[node]
            found.append(node)
        return found

    def pointed_back(
        self,
        sentence: str,
        area: str | None,
        speaks_for: str | None = None,
        own_area: str | None = None,
    ) -> str | None:
        """What a sentence's back-pointing words ("across the region") take of ``area``,
        the area named last: itself, except that "across the country", "nationally"
        (:data:`THE_COUNTRY`) take the country the release speaks for (``speaks_for``,
        the document's area, when it is a nation or country: the NSPCC's UK, Barnardo's
        Cymru's Wales) and otherwise the nation ``area`` lies in; "the county"
        (:data:`THE_COUNTY`) takes the county a district or town named last lies in (three
        levels under a nation: "New Forest > Hampshire > South East > England":
        Hampshire), never a region, and after a country or a region named last the
        release's own area (``own_area``) when that is no country; "the region"
        (:data:`THE_REGION`) after a country named last takes the release's own area
        (``own_area``) when that is no country, and after a town or district named last
        the own area it lies within; "in the city" (:data:`THE_CITY`) takes a town named
        last within the release's area, or the release's own town or city when the place
        named last is the county or region it lies in or that town itself; "the county"
        after a prison named last ("HMP Garth") takes the county of the release's own area."""
        if THE_COUNTRY.search(sentence):
            if is_country(speaks_for):
                return speaks_for
            if area is not None:
                return self._shared(area, self.nation_of)
        if (
            THE_REGION.search(sentence)
            and is_country(area)
            and own_area is not None
            and not is_country(own_area)
        ):
            return own_area  # "Across England and Wales …. Across the region, …"
        if (
            (THE_REGION.search(sentence) or THE_COUNTY.search(sentence))
            and area
            and own_area
            and not is_country(own_area)
            and self.unplaced_towns(area)
        ):
            return own_area  # rule town_before_the_county: "… in Wroughton. … the county"
        if THE_REGION.search(sentence) and area and own_area and self.all_within(area, own_area):
            return own_area  # "… nine in Birmingham …. Across the region, …": West Midlands
        if area is not None and THE_CITY.search(sentence):
            area = TOWN_OF_CENTRE.sub(r"\g<town>", area)  # "Keighley town centre": Keighley
            # "… a coach from Stoke-on-Trent …. … clubs in the city": the town named last,
            # when it lies within the release's area; else no area of its own
            release = TOWN_OF_CENTRE.sub(r"\g<town>", own_area or speaks_for or "") or None
            if release and fold_place(area) == fold_place(release) and self.county_of(area) != area:
                return area  # "Shoplifting in Exeter … . … thefts in the city": the town itself
            within = release is not None and fold_place(area) != fold_place(release)
            if (
                within
                and release
                and self.county_of(release) != release
                and self.within(release, area)
            ):  # a city's release, its county named last: "… in Nottinghamshire. … the city"
                return release
            return area if within and self.all_within(area, release or "") else None
        if area is None or not THE_COUNTY.search(sentence):
            return area
        if PRISON_NAME.match(area) and own_area and not is_country(own_area):
            return self.county_of(own_area)  # "… at HMP Garth. … in the county"
        if (is_country(area) or self.is_region(area)) and own_area and not is_country(own_area):
            return own_area  # "… in England. … in the county", "… in the East Midlands. …"
        return self._shared(area, self.county_of)

    def is_region(self, area: str) -> bool:
        """Whether ``area`` is a region of a nation ("North West" in England, "South Wales")."""
        parent = self._parent.get(fold_place(area))
        return parent is not None and is_country(self._names.get(parent, parent))

    def all_within(self, area: str, outer: str) -> bool:
        """``area`` lies inside ``outer``, or is a list of places that all do ("Kent, Surrey
        and Sussex" in the South East); a one-place name with "and" is looked up whole."""
        if self.within(area, outer):
            return True
        parts = list_parts(area)
        return len(parts) >= 2 and all(self.within(part, outer) for part in parts)

    def county_of(self, area: str) -> str:
        """The county ``area`` lies in, three levels under a nation ("New Forest >
        Hampshire > South East > England": Hampshire); itself when it is a county, a
        region or a nation, or lies in none known. A part of a place worded by its centre
        or a compass point is looked up as the place ("Darlington town centre": Durham;
        "Durham city centre": Durham, a county itself)."""
        base = self._node(area)  # "Durham city centre", "north Hampshire": the place itself
        chain = [base, *self._ancestors(base)]
        if joint := next((node for node in chain if node in JOINT_AREA_COUNTIES), None):
            return self._names.get(joint, area)  # "Oxford": Oxfordshire, not Thames Valley
        if len(chain) < 4:  # a county, a region or a nation itself: as named
            return area if base == fold_place(area) else self._names.get(base, area)
        return self._names.get(chain[-3], area)

    def _shared(self, area: str, larger: Callable[[str], str]) -> str:
        """``larger(area)``; for a list of places ("Colchester and Chelmsford", "Hampshire
        and the Isle of Wight"), the larger area all of them share (the list itself when
        they share none)."""
        parts = list_parts(area)
        if len(parts) < 2 or fold_place(area) in self._parent:  # one place ("Brighton and Hove")
            return larger(area)
        found = {larger(part) for part in parts}
        return found.pop() if len(found) == 1 else area

    def nation_of(self, area: str) -> str:
        """The nation (or the outermost area known) ``area`` lies in: itself when none."""
        outer = self._ancestors(fold_place(area))
        return self._names.get(outer[-1], area) if outer else area


LIST_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
"""What separates the places of a list area ("Colchester, Witham and Chelmsford")."""
_THE = re.compile(r"^the\s+", re.I)
"""The article of a listed place ("Hampshire and the Isle of Wight")."""
THE_CITY = re.compile(
    r"\b(?:in|across|throughout|around|within)\s+the\s+(?:city|town)\b"
    r"(?!['’]|\s+(?:council|centre|center|hall|of)\b)",
    re.I,
)
"""Words that point back to a city or town named before: "clubs in the city", "across the
town" (not "the city council", "the town centre", "the city of London")."""
TOWN_OF_CENTRE = re.compile(r"^(?P<town>.+?) (?:city|town) centre$", re.I)
"""Rule ``town-of-named-centre``: "in the town" or "across the city" (:data:`THE_CITY`)
after a centre named with its town ("… in Keighley town centre. … 412 reports in the
town") points back to the town (Keighley), not to its centre; "in the town centre" is
:mod:`~pressfacts.statistics.centre_words`' and the house's own reading (the centre)."""
THE_REGION = re.compile(r"\bthe\s+region\b", re.I)
"""Words that point back to a region: "across the region", "in the region": after a
country named last, the release's own area when that is no country ("Across England and
Wales …" then "… across the region": the release's region, not the country)."""
THE_COUNTRY = re.compile(
    r"\b(?:across|throughout|around)\s+the\s+country\b|\bnation(?:ally|wide)\b|"
    r"\b(?:across|in)\s+(?:all|every)\s+(?:the\s+)?regions?\b",
    re.I,
)
"""Words that point to the nation of the area named last: "schools across the country",
"nationally" (Glasgow's: Scotland), "across all regions" / "in every region" (all of the
country whose regions a sentence before named; not "across the region", "in all areas of
Kent")."""


def referred_area(text: str, places: Sequence[Place], scope: re.Pattern[str]) -> str:
    """The area a later "the area" / "the county" points back to among a sentence's
    ``places``: the last place, unless that is a territorial force or service (a police
    force; a fire service, ``territorial-service``) named after a place given as the
    scope, which its words are about ("Officers in east Leeds …, West Yorkshire Police
    said": east Leeds). A place holding a share of the whole ("in Kent, with Dover
    accounting for a third": :func:`.holds_share`) is a part, not the area pointed back
    to. ``scope`` matches the words before a scope place
    (:data:`pressfacts.statistics.areas.SCOPE_PLACE`)."""
    places = [p for p in places if not holds_share(text, p.end)] or places
    last = places[-1]
    if last.rule not in ("territorial-force", "territorial-service"):
        return last.area
    scoped = [
        p
        for p in places
        if p.rule in ("place", "district") and scope.search(text, max(0, p.start - 30), p.start)
    ]
    return (scoped or places)[-1].area


DATELINE_AFTER = re.compile(
    r",?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r",?\s+(?:19|20)\d{2}\s*[-–—:]"
)
"""What follows a dateline's place: "Cambridge, 18 January 2024 –", "LEEDS, March 3, 2023:"."""


def dateline(text: str, place: Place) -> bool:
    """The place opens a line as a dateline (where the release was issued, not where its
    figures are): "Cambridge, 18 January 2024 – The charity has …"."""
    line_start = text.rfind("\n", 0, place.start) + 1
    return not text[line_start : place.start].strip() and bool(
        DATELINE_AFTER.match(text, place.end, place.end + 40)
    )


_ABOUT = r"(?:(?:about|around|almost|nearly|over|under|just|more\s+than|less\s+than)\s+){0,2}"
OWN_AVERAGE_DETERMINER = r"(?:the|its|their|our)"
"""Rule ``possessed_average``: a possessive determiner stands for "the" before an average
that is the mean of its own count ("their average loss was £2,150", "its average response
time was nine minutes", as "the average loss was …"); not "their average of 9%" (an "of"
right after "average": a yardstick)."""
AN_AVERAGE = re.compile(
    rf"\ban\s+average\s+(?:(?!of\b)[a-z]+\s+){{0,2}}(?:of\s+)?{_ABOUT}$"
    rf"|\b{OWN_AVERAGE_DETERMINER}\s+average(?:\s+(?!of\b)[a-z]+(?:\s+[a-z]+){{0,6}}?)?\s+(?:was|is|were|stood\s+at|came\s+to|{MOVED_TO_LEVEL}|"
    rf"(?!(?:rising|falling|increasing)\b)[a-z]+ing|lost|paid|received|spent|waited)\s+{_ABOUT}$"
    rf"|\bthe\s+average\s+[a-z]+\s+(?:[a-z]+\s+){{0,2}}?(?:reached|finali[sz]ed|completed|concluded|"
    rf"closed|resolved)(?:\s+[a-z]+){{0,2}}?\s+in\s+{_ABOUT}$"
    r"|\bon\s+average\b[^.;\d]{0,40}$",
    re.I,
)
"""A figure that is the mean of its own count ("groups received an average of £900", "an
average loss of £8,400 per victim", "an average answer time of six seconds", "the
average time to answer a call was six seconds", "the average was 19 minutes", "the
average wait has fallen to 26 minutes", "the average case reached a hearing
in 189 days", "the average loss was just over £2,000", "the average victim losing
£9,400", "the average claimant received £310", "the average number of people in each boat
rose to 53" (an "of" inside the measure, not right after "average"), "On average, four
people died each day"), not a yardstick to compare with ("the national average of 11%",
"the average was 11%", "the average rising to 12%"): it keeps the area of its clause or
document."""

LIST_ITEM = re.compile(rf"\s*(?:{BULLET}|{NUMBERED})\s")
"""A list line's marker: "- 40 arrests", "• 12 charges", "1. 3 seizures"."""


def list_area(sentence: str, lead_area: str | None) -> str | None:
    """The place a list lead-in gives its lines: a sentence ending in a colon that names
    a place and states no figure ("Officers in east Leeds gave their figures:") governs
    every list line (:data:`LIST_ITEM`) after it, not only the first. ``lead_area`` is
    the area the sentence leaves as a lead-in (None when it is none)."""
    return lead_area if lead_area and sentence.rstrip().endswith(":") else None


def placeless_list_area(sentence: str, lead_area: str | None, list_area: str | None) -> str | None:
    """The list area after a sentence that names no place and states no figure: a list
    line keeps its list's area; a list's lead-in ("During the week officers:") takes the
    place the sentence before left as a lead-in ("Wardens patrolled Skegness seafront for
    a week."), so each line of the list is that place's, as a period lead-in carries its
    period (:mod:`~pressfacts.statistics.period_context`); any other sentence leaves
    ``list_area`` as it is."""
    if LIST_ITEM.match(sentence):
        return list_area
    return lead_area if sentence.rstrip().endswith(":") else list_area


def list_parts(area: str) -> list[str]:
    """The places a listed area names, each without a leading "the" ("Hampshire and the
    Isle of Wight" -> "Hampshire", "Isle of Wight"); one part for a single place."""
    return [_THE.sub("", part) for part in LIST_PARTS.split(area) if part]
