"""Districts the gazetteer does not list, named as districts: the area is their name.

Named rules (:data:`DISTRICT_RULES`), each a pattern whose ``place`` group is the area:

- ``named_district``: "across Ashford borough", "in Eden district" -> Ashford, Eden; a ward
  also with "the" and a possessive name ("in the Neville's Cross ward"), after "from" or
  "of" too, owned by "the city's", or opening a sentence, and two wards joined by "and"
  ("The Burngreave and Firth Park wards of Sheffield", "in the city's Bulwell and St Ann's
  wards", "from the St Peter's ward") -> the names as worded, without "ward(s)"; a district
  with "the" ("in the Eden district"). Not "across the Echo district" (a paper's patch), nor
  a list of wards ("in the Anfield, Everton and Kirkdale wards": the place list's).
- ``compass_ward``: a town's ward or division named by a compass point or "Central" after
  the town's name ("followed by 640 in Batley West", "Dewsbury East ward recorded …",
  "across Huddersfield Central", ``compass_ward_ranked``: "followed by Gillingham North with
  17 and Rochester West with 11") -> "Batley West": the ward, not the town. Not "in London
  West End" or "in Hull East Riding" (a capital after: a longer name), nor "in the East
  Midlands" (no town before the point).
- ``command_unit``: a police force's Basic Command Unit named for its part of the force
  area ("officers in the Met's Central West Basic Command Unit", "across the North East
  BCU", "the South Area BCU") -> "Central West", "North East", "South Area": the BCU's
  territory, as "the Tayside division" is a division's. Not "the BCU" alone (no name),
  nor a unit named for no place ("the Safer Neighbourhoods team").
- ``named_venue``: a stadium or arena named after "at", "in", "outside", "around" or
  "near" ("at the Riverside Stadium", "outside the Utilita Arena") -> "Riverside Stadium":
  a match day's figures are the ground's. Not a lower-case "the stadium" (no name).
- ``football_ground``: a football ground known by a name with no such word
  (:data:`FOOTBALL_GROUNDS`: "at Anfield", "outside Elland Road", "at St James' Park")
  after the same words: the ground; not a ward of that name listed with others ("in
  Anfield, Everton and Kirkdale").
- ``ranked_wards``: in a text ranking its wards ("By ward, Gipton and Harehills recorded the
  most reports, with 486, followed by Burmantofts with 302 and Seacroft with 177"), the
  ward opening the sentence after "By ward," or "Ward figures show that", and each ward
  after "followed by" or a count and "and" that stands before its own "with" and count ->
  the names as worded. Only in a text with "By ward", "By neighbourhood", "Ward figures"
  or "Neighbourhood figures" (no shop or team "followed by Tesco with 40").
- ``any_other_ward``: a ward a sentence ranks above "any other ward" (or neighbourhood)
  opening that sentence ("Harehills saw 47 of them, more than any other ward, followed by
  Seacroft with 35 and Armley with 29"), and each ward after "followed by" or a count and
  "and" that stands before its own "with" and count -> the names as worded, as
  ``ranked_wards`` reads them after "By ward". Only in a text with "any other ward" or
  "any other neighbourhood" (not "Tesco saw 40 thefts, more than any other shop").
- ``ward_led_ranking``: in a text where a named ward leads a ranking ("The Elm ward
  accounted for 214 of them, followed by Oak Park with 163 and Ash with 90"), each ward
  after "followed by" or a count and "and" with its own "with" and count -> the names as
  worded (:data:`.district_rule.WARD_LEADS`). Not "Tesco accounted for 40, followed by
  Boots with 21" (no ward leads), nor "followed by Boots at 21" (no "with").
- ``bracketed_wards``: after "X ward, with N, followed by", each ward with its count in
  brackets ("followed by Manningham (143) and City (121)") -> the names as worded.
- ``compass_wards_of``: two wards named by compass points after "wards of" ("in the town
  centre wards of Wigan Central and Leigh West") -> the pair as worded, as
  ``named_district`` joins "the Bulwell and St Ann's wards"; one such ward alone is
  ``compass_ward``'s.
- ``named_landscape``: a moor or country park named after "on", "in", "at", "across",
  "near", "over" or "including" ("on Winter Hill Moor", "at Calder Country Park") ->
  "Winter Hill Moor": a fire's or a rescue's figures are the moor's or the park's. Not a
  football ground of that shape ("at Turf Moor": ``football_ground``), nor a lower-case
  "on the moors" (no name), nor a one-word name ("Dartmoor": the gazetteer's).
- ``named_prison``: a prison or young offender institution named as one ("at HMP Long
  Lartin", "inside HMYOI Feltham", "HM Prison Birmingham") -> "HMP Long Lartin": a
  prison's figures are the prison's, not the town's it is named for or lies in. Not "HM
  Prison and Probation Service" (a body: no capital after "Prison").
- ``named_area``: a neighbourhood named with "the … area" after "in", "across",
  "throughout", "around", "within" or "from" ("in the Cityside area", "across the
  Ballybeen area") -> its name: the gazetteer lacks it (a known place is the
  gazetteer's); two joined before "areas" ("in the Cityside and Waterside areas") -> the
  pair as worded. Not a body's area ("the South Wales Police area", "the Echo area", "the
  Kent and Essex Police areas"), a general word ("the Wider area") or a compass point ("the
  North West area").
- ``division_named_again`` (not a pattern of the table: :func:`.division_named_again`):
  "the division" ("in the division", "the division dealt with …") in a text naming one
  force division by a known place ("Police Scotland's Tayside Division", "divisional
  commander for Highlands and Islands") -> that place. Not a text naming two divisions,
  nor one naming none ("the Premier division").
- ``district_named_again`` (:func:`.district_named_again`): a district ``named_district``
  read with its word, named again later without it after "in", "across", "throughout" or
  "around" ("in the Fishwick ward … CCTV in Fishwick this year") -> that district. Not a
  longer name ("in Fishwick Park"), nor a mention before the naming.
- ``area_subject``: such a neighbourhood as the subject of a later clause of a breakdown
  (", while the Stanley area saw 29", "; the Cityside area recorded 40") -> its name; not
  "the Stanley area team" (no verb of counting after it) nor a sentence's opening subject.
- ``named_settlement``: a village or town named as one ("In the village of
  Westbury-sub-Mendip", "across the town of Wedmore") -> its name, also one the gazetteer
  lacks. Not "the village hall" (no "of" and name), nor "the town of" with no capital after.
- ``premises_in_town``: a town the gazetteer lacks, named as where a premises is ("found
  27 converters in a garage in Atherton", "at an address in Hindley") -> its name: one
  capitalised word after "in", a premises with "a" or "an" before it. Not a street ("a
  garage in Mill Lane": a capital after), a month or day ("a house in May"), nor "the
  garage in Atherton" (no premises of a search).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from pressfacts.statistics.district_rule import WARD_LEADS, DistrictRule
from pressfacts.statistics.district_rule import WARD_NAME as _WARD_NAME
from pressfacts.statistics.districts_again import (
    THE_UNIT,
    district_named_again,
    division_named_again,
)
from pressfacts.statistics.districts_again import Named as _Named
from pressfacts.statistics.elided_words import CALENDAR
from pressfacts.statistics.lead_sentences import EVENT_NEAR
from pressfacts.statistics.site_places import site_near

_WARD_PAIR = rf"{_WARD_NAME}(?:\s+and\s+{_WARD_NAME})?"  # a ward, or two: "Oak Park and Ash"
_NEXT_MEMBER = r"\bfollowed\s+by\s+|(?<=\d),?\s+and\s+|(?<=\d),\s+"
"""What opens the next member of a ranking after a figure: "followed by", ", and", ","."""

FOOTBALL_GROUNDS: tuple[str, ...] = (
    "Anfield", "Old Trafford", "Elland Road", "Villa Park", "Goodison Park",
    "St James' Park", "St James’ Park", "St James Park", "Stamford Bridge", "Bramall Lane",
    "Turf Moor", "Carrow Road", "Portman Road", "Ewood Park", "Deepdale", "Molineux",
    "Selhurst Park", "Craven Cottage", "Vicarage Road", "The Hawthorns", "Celtic Park",
    "Ibrox", "Hampden Park", "Tynecastle", "Easter Road", "Pittodrie", "Ashton Gate",
    "Home Park", "Fratton Park", "Loftus Road", "Brisbane Road", "Valley Parade", "Oakwell",
    "Meadow Lane", "City Ground", "Prenton Park", "Boundary Park", "Bloomfield Road",
    "Brunton Park", "Edgeley Park", "Sincil Bank", "Roots Hall", "Vale Park", "Kenilworth Road",
    "Dens Park", "Tannadice", "Fir Park", "Rugby Park", "Ninian Park", "Racecourse Ground",
)  # fmt: skip
"""Football grounds known by a name without "Stadium", "Arena" or "Ground" at its end
(general knowledge of the English, Scottish and Welsh leagues)."""
_GROUND_OPENER = r"\b(?:[Aa]t|[Ii]n|[Oo]utside|[Aa]round|[Nn]ear)\s+"
_GROUND_NAMES = "|".join(
    re.escape(name) for name in sorted(FOOTBALL_GROUNDS, key=len, reverse=True)
)

CENTRAL_LONDON_DISTRICTS: tuple[str, ...] = (
    "West End", "Soho", "Covent Garden", "Mayfair", "Leicester Square", "Piccadilly Circus",
    "Oxford Street", "Shoreditch", "Camden Town", "Notting Hill", "Canary Wharf",
)  # fmt: skip
"""Districts of central London known by name, no borough or ward of the gazetteer, named
as a night-time economy's or an operation's area ("violence in the West End", "a bar in
Soho"); only as capitalised (general knowledge of London; "the west end of the street" is
no district)."""
_CENTRAL_LONDON_NAMES = "|".join(
    re.escape(name) for name in sorted(CENTRAL_LONDON_DISTRICTS, key=len, reverse=True)
)

_NOT_AREA_NAME = (
    r"(?:[A-Z][a-z]+[ -]){0,2}(?:Police|Constabulary|Force|Council|Command|Division|Policing|"
    r"Authority|Board|Trust|Service|Partnership|Operation|Team|Unit|Echo|Gazette|Dispatch|"
    r"Post|Star|Times|Mail|News|Herald|Mercury|Argus|Chronicle|Courier|Advertiser|Express|"
    r"Journal|Observer|Telegraph|Sentinel|Examiner|Same|Wider|Whole|Local|Surrounding|Greater)\b|"
    r"(?:North|South|East|West|Central)(?:[ -](?:North|South|East|West))?\s+area\b"
)
"""Rule ``named_area``: names no "the X area" is read from: a body's ("the South Wales
Police area", "the Echo area"), a general word ("the Wider area") or a compass point."""

_TOWN_AND_POINT = (
    r"[A-Z][a-z]+\s+(?:North|South|East|West|Central)(?:\s+(?:North|South|East|West))?"
)
"""A town's name and a compass point or "Central": "Batley West", "Bolton South East"."""

STATION_NAME = re.compile(r"\s+(?:railway\s+|rail\s+|train\s+|tube\s+)?[Ss]tation\b")
"""Rule ``station_name``: a town's part read by ``compass_ward`` that the text names as a
station ("at Cardiff Central station", "outside Glasgow Central Station") is the station's
name, and every mention of that name is the town's (the gazetteer's), not a ward: "58 thefts
at Cardiff Central" -> Cardiff. Not "in Batley West" in a text naming no "Batley West
station" (a ward)."""

PREMISES: tuple[str, ...] = (
    "garage", "house", "flat", "address", "property", "lock-up", "yard", "warehouse",
    "unit", "shed", "barn", "farm", "home", "car park", "scrapyard", "scrap yard",
)  # fmt: skip
"""Premises a search, a find or a theft is placed at (rule ``premises_in_town``)."""
_PREMISES = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in PREMISES)
DISTRICT_RULES: tuple[DistrictRule, ...] = (
    DistrictRule(
        "named_district",
        re.compile(
            r"(?:\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ff]rom|[Oo]f)\s+(?:(?P<the>the)\s+"
            r"(?:(?:city|town|borough|county)['’]s\s+)?)?|\b(?P<lead>The)\s+)"
            rf"(?P<place>(?!(?:{_NOT_AREA_NAME})\s+district){_WARD_PAIR})"
            r"\s+(?(the)(?:wards?|district)|(?(lead)wards?|(?:borough|district|parish|ward)))\b"
        ),
        ("borough", "district", "parish", "ward"),
    ),
    DistrictRule(
        "compass_wards_of",
        re.compile(
            r"\bwards\s+of\s+(?P<place>"
            + _TOWN_AND_POINT
            + r"\s+and\s+"
            + _TOWN_AND_POINT
            + r")(?![\w'’-]|\s+(?-i:[A-Z]))"
        ),
        ("wards of",),
    ),
    DistrictRule(
        "compass_ward",
        re.compile(
            r"(?:\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]t|[Ff]rom)\s+|^|(?<=[.!?]\s)|(?<=\n)|"
            r"\bfollowed\s+by\s+|(?<=\d),?\s+and\s+)"  # compass_ward_ranked
            r"(?P<place>(?!(?:The|This|That|Each|Every|North|South|East|West|Central)\b)"
            + _TOWN_AND_POINT
            + r")(?![\w'’-]|\s+(?-i:[A-Z]))"
        ),
        ("North", "South", "East", "West", "Central"),
    ),
    DistrictRule(
        "command_unit",
        re.compile(
            r"\b(?P<place>(?:North|South|East|West|Central)(?:[ -](?:North|South|East|West|"
            r"Central|Area))?)\s+(?:Basic\s+Command\s+Unit|BCU)\b"
        ),
        ("BCU", "Basic Command Unit"),
    ),
    DistrictRule(
        "named_venue",
        re.compile(
            _GROUND_OPENER + r"(?:the\s+)?(?P<place>(?:[A-Z][\w'’-]*\s+){1,3}(?:Stadium|Arena))\b"
        ),
        ("Stadium", "Arena"),
    ),
    DistrictRule(
        "named_landscape",
        re.compile(
            r"\b(?:[Oo]n|[Ii]n|[Aa]t|[Aa]cross|[Nn]ear|[Oo]ver|including)\s+(?:the\s+)?"
            rf"(?!(?:{_GROUND_NAMES})\b)"
            r"(?P<place>(?:[A-Z][\w'’-]*\s+){1,3}(?:Moors?|Country\s+Park))\b"
        ),
        ("Moor", "Country Park"),
    ),
    DistrictRule(
        "named_settlement",
        re.compile(
            r"\b(?:[Ii]n|[Aa]cross|[Aa]round|[Nn]ear|[Ff]or)\s+the\s+(?:village|town|hamlet)\s+of\s+"
            r"(?P<place>[A-Z][a-z’']+(?:(?:-(?:[a-z]+-){0,2}|\s+)[A-Z][a-z’']+){0,3})\b"
        ),
        ("village of", "town of", "hamlet of"),
    ),
    DistrictRule(
        "premises_in_town",
        re.compile(
            r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Ii]nside|[Oo]utside)\s+an?\s+(?:[a-z-]+\s+)?"
            rf"(?:{_PREMISES})\s+in\s+(?P<place>(?!{CALENDAR})[A-Z][a-z]+)(?![\w'’-]|\s+[A-Z])"
        ),
        PREMISES,
    ),
    DistrictRule(
        "named_prison",
        re.compile(
            r"\b(?P<place>(?:HMP|HMYOI|HM\s+Prison|HM\s+Young\s+Offender\s+Institution)\s+"
            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
        ),
        ("HMP", "HMYOI", "HM Prison", "HM Young Offender"),
    ),
    DistrictRule(
        "ranked_wards",
        re.compile(
            r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))By\s+(?:ward|neighbourhood),\s+|"
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Ward|Neighbourhood)\s+figures\s+show(?:ed|s)?\s+"
            rf"(?:that\s+)?|{_NEXT_MEMBER})"
            rf"(?P<place>{_WARD_PAIR})"
            r"(?=\s+(?:recorded|had|saw|reported|logged|with\s+\d))"
        ),
        ("By ward", "By neighbourhood", "Ward figures", "Neighbourhood figures"),
    ),
    DistrictRule(
        "any_other_ward",
        re.compile(
            r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?=[^.!?\n]*\bany\s+other\s+(?:ward|neighbourhood)\b)|"
            rf"{_NEXT_MEMBER})"
            rf"(?P<place>(?!(?:The|This|That|It|They|Each|Every|Officers|Crews|Police)\b)"
            rf"{_WARD_PAIR})"
            r"(?=\s+(?:recorded|had|saw|reported|logged|with\s+\d))"
        ),
        ("any other ward", "any other neighbourhood"),
    ),
    DistrictRule(  # "The Elm ward accounted for 214, followed by Oak Park with 163 and Ash with 90"
        "ward_led_ranking",
        re.compile(rf"(?:{_NEXT_MEMBER})(?P<place>{_WARD_PAIR})(?=\s+with\s+\d)"),
        WARD_LEADS,
    ),
    DistrictRule(  # "… Little Horton ward, with 187, followed by Manningham (143) and City (121)"
        "bracketed_wards",
        re.compile(
            r"(?:\bward,\s+with\s+\d[\d,]*,\s+followed\s+by\s+|(?<=\d\)),?\s+and\s+|(?<=\d\)),\s+)"
            rf"(?P<place>{_WARD_NAME})(?=\s+\(\d[\d,]*\))"
        ),
        ("ward, with",),
    ),
    DistrictRule(  # two of them joined: "robberies in Soho and Mayfair"
        "central_london_district_pair",
        re.compile(
            r"\b(?:[Ii]n|[Aa]cross|[Aa]round|[Tt]hroughout|[Oo]f|[Ff]rom)\s+(?:the\s+)?"
            rf"(?P<place>(?:{_CENTRAL_LONDON_NAMES})\s+and\s+(?:the\s+)?"
            rf"(?:{_CENTRAL_LONDON_NAMES}))(?![\w-]|\s+(?:and\s+)?[A-Z])"
        ),
        CENTRAL_LONDON_DISTRICTS,
    ),
    DistrictRule(
        "central_london_district",
        re.compile(
            r"\b(?:[Ii]n|[Aa]cross|[Aa]round|[Tt]hroughout|[Oo]f|[Ff]rom)\s+(?:the\s+)?"
            rf"(?P<place>{_CENTRAL_LONDON_NAMES})(?![\w-]|\s+(?:and\s+)?[A-Z])"
        ),
        CENTRAL_LONDON_DISTRICTS,
    ),
    DistrictRule(
        "football_ground",
        # not a ward of the same name listed with others ("in Anfield, Everton and Kirkdale")
        re.compile(_GROUND_OPENER + rf"(?P<place>{_GROUND_NAMES})(?![\w'’]|,?\s+(?:and\s+)?[A-Z])"),
        FOOTBALL_GROUNDS,
    ),
    DistrictRule(
        "named_area",
        re.compile(
            r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|[Ww]ithin|[Ff]rom)\s+the\s+"
            rf"(?P<place>(?!{_NOT_AREA_NAME}){_WARD_NAME}"
            rf"(?:\s+and\s+(?!{_NOT_AREA_NAME}|the\b){_WARD_NAME}(?=\s+areas\b))?)\s+areas?\b"
        ),
        (" area",),
    ),
    DistrictRule(
        "area_subject",
        re.compile(
            r"(?:,\s+(?:while|whereas|and|but)\s+|;\s+)the\s+"
            rf"(?P<place>(?!{_NOT_AREA_NAME}){_WARD_NAME})\s+area\s+"
            r"(?=(?:saw|recorded|had|logged|reported|accounted\s+for)\s)"
        ),
        (" area",),
    ),
)
"""The ways of :mod:`pressfacts.statistics.areas` to read a district the gazetteer lacks."""


PRISON_NAME = re.compile(r"(?:HMP|HMYOI|HM\s+Prison|HM\s+Young\s+Offender\s+Institution)\s")
"""An area read by the ``named_prison`` rule: a prison's name."""


def prisons_set_off(text: str, listed: list[tuple[str, int]]) -> bool:
    """Whether ``listed`` (each place's area and end, in a list of places) is a place, a
    comma and then only prisons (``named_prison``'s): the prisons set off as an aside that
    names those of the place ("The prisons on the Isle of Sheppey, HMP Elmley, HMP Swaleside
    and HMP Standford Hill, hold …"), so the place is not one more member of their list
    (rule ``prisons_set_off``). Not a list of prisons alone, nor "Kent, HMP Elmley and
    Medway" (a place after the prisons)."""
    (first, first_end), rest = listed[0], [area for area, _end in listed[1:]]
    return (
        bool(rest)
        and not PRISON_NAME.match(first)
        and text.startswith(",", first_end)
        and all(PRISON_NAME.match(area) for area in rest)
    )


LOCATED_IN = re.compile(r",?\s+(?:in|near|outside)\s+")
"""Between a prison's name and the place that locates it ("HMP Berwyn in Wrexham", "HMP
Long Lartin, near Evesham"): that place is where the prison is, not the figure's area."""


WARD_LOCATED = re.compile(r"\s+wards?,?\s+(?:in|of)\s+")
"""Between a ward's name and the place that locates it ("the St Mark's ward in Leeds", "the
Tinsley and Darnall wards of Sheffield"): that place is where the ward is."""


def located_district(text: str, district: _Named, place: _Named) -> bool:
    """Whether ``place`` only locates the named prison or ward right before it ("HMP Berwyn
    in Wrexham", "the St Mark's ward in Leeds"): their figures are the prison's or ward's."""
    if PRISON_NAME.match(district.area) is not None:
        return LOCATED_IN.fullmatch(text, district.end, place.start) is not None
    return WARD_LOCATED.fullmatch(text, district.end, place.start) is not None


VENUE_RULES = frozenset({"named_venue", "football_ground"})
"""The rules of :data:`DISTRICT_RULES` that name a venue, not a district: a figure takes a
venue only as its own place (:func:`is_venue`)."""
_VENUE_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Stadium|Arena)")


_VENUE_VERB = re.compile(
    r"\S+(?:\s+[\w’'-]+){0,5}?\s+(?:were|was|have\s+been|had\s+been|(?:to|will)\s+be)\s+"
    r"(?:[a-z]+ed|made|held|seen|taken|found|given)(?:\s+(?:out|away))?\s+"
    r"(?:at|in|outside|around)\s+(?:the\s+)?"
)
"""A figure, its noun and a passive placing it at the venue right after ("41 of this
season's arrests were made at Anfield"); also one planned, with a particle (rule
``venue_passive_plan``: "5,000 leaflets to be handed out around Elland Road")."""
_VENUE_OPENING = re.compile(r"\s*,\s*")
"""Between a venue ending a sentence's opening phrase and the figure right after it ("At
the derby at Anfield, 14 people were arrested")."""


class _Found(_Named, Protocol):
    """A place found in a text with the rule that found it (``areas.Place``)."""

    @property
    def rule(self) -> str: ...


_TOWN_PART = re.compile(_TOWN_AND_POINT)
"""An area read by the ``compass_ward`` rule: a town's name and a compass point."""


def town_part_first(place: _Found) -> tuple[int, bool]:
    """The order places are read in: by where they start, a town's part read by
    ``compass_ward`` before the town of its first word ("Batley West" before "Batley",
    which :func:`~pressfacts.statistics.place_wording.worded_places` then drops), and so
    two wards joined by ``named_district`` and a football ground named after a place
    ("Bulwell and St Ann's" before "Bulwell"; "Craven Cottage", "Stamford Bridge" before
    the district Craven, the town Stamford)."""
    part = _TOWN_PART.fullmatch(place.area) or " and " in place.area
    ground = place.area in FOOTBALL_GROUNDS
    return place.start, not (place.rule == "district" and (part or ground))


def is_venue(name: str) -> bool:
    """Whether an area read by :func:`named_districts` is a stadium, arena or ground."""
    return name in FOOTBALL_GROUNDS or _VENUE_NAME.fullmatch(name) is not None


_AT = re.compile(r"\b(?:at|outside)\s+(?:the\s+)?$", re.I)


_LANDSCAPE_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Moors?|Country\s+Park)")
"""An area read by the ``named_landscape`` rule: a moor or a country park."""
_AT_LANDSCAPE = re.compile(r"\b(?:at|near)\s+(?:the\s+)?$", re.I)


_INTO_PRISON = re.compile(r"\b(?:at|into|inside|outside|near)\s+$", re.I)
"""Words before a named prison that make it where things happened ("flights into HMP
Leeds", "found inside HMP Hull")."""


def venue_at(before: str, area: str) -> bool:
    """Whether a venue is named as where something happened ("made at Anfield", "outside
    the Riverside Stadium"), or a moor or country park ("at Calder Country Park", "near
    Ilkley Moor"), or a prison ("flights into HMP Leeds": :data:`_INTO_PRISON`), or a town a
    rural site is near ("on a farm near Dover": rule ``site-near-place``,
    :func:`~pressfacts.statistics.site_places.site_near`), or the place an event was held
    near ("at a festival near Horncastle": :data:`.lead_sentences.EVENT_NEAR`, rule
    ``event_near_place``), ``before`` being the text right before it: a scope, as "in
    Essex" is."""
    if site_near(before) or EVENT_NEAR.search(before):
        return True
    if PRISON_NAME.match(area):
        return _INTO_PRISON.search(before) is not None
    if _LANDSCAPE_NAME.fullmatch(area) and not is_venue(area):
        return _AT_LANDSCAPE.search(before) is not None
    return is_venue(area) and _AT.search(before) is not None


def venue_scope(text: str, at: int, place: _Named, own: re.Match[str] | None) -> bool:
    """Whether a place is a figure's at ``at`` as far as venues go: any place that is no
    stadium or ground is; a venue only when named right after the figure as its own
    ("19 at the Riverside Stadium",
    "41 were made at Anfield"), placed there by a passive after its noun ("41 of this
    season's arrests were made at Anfield") or ending the opening phrase right before it;
    not a venue
    elsewhere in the sentence ("57 incidents at or around matches at Anfield": the
    force's). ``own``: the figure's own-place words (``own_places.OWN_PLACE``)."""
    if not is_venue(place.area):
        return True
    if place.end <= at:
        return _VENUE_OPENING.fullmatch(text, place.end, at) is not None
    if own is not None and own.end() == place.start:
        return True
    return _VENUE_VERB.fullmatch(text, at, place.start) is not None


def named_districts(text: str, known: Sequence[_Named] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every district a rule of :data:`DISTRICT_RULES` finds in
    ``text`` (a rule is tried only on a text that holds one of its needs), and of "the BCU"
    after a Basic Command Unit named before it (:data:`THE_UNIT`: the unit's name). A
    district that is only the start or part of a longer place of ``known`` (the places the
    gazetteer found) is none ("Cheshire West" of "Cheshire West and Chester", which
    ``compass_ward`` would read as a town's part)."""
    units: list[tuple[int, str]] = []
    districts: dict[str, int] = {}  # a named district's name -> where its naming ends
    stations = {  # rule station_name: "Cardiff Central station" names a station, not a ward
        m.group() for m in _TOWN_PART.finditer(text) if STATION_NAME.match(text, m.end())
    }
    for rule in DISTRICT_RULES:
        if any(word in text for word in rule.needs):
            for match in rule.pattern.finditer(text):
                start, end = match.span("place")
                if rule.name == "compass_ward" and match.group("place") in stations:
                    continue
                if any(
                    k.start <= start and end <= k.end and end - start < k.end - k.start
                    for k in known
                ):
                    continue
                if rule.name == "command_unit":
                    units.append((start, match.group("place")))
                if rule.name == "named_district":
                    districts.setdefault(match.group("place"), match.end())
                yield start, end, match.group("place")
    yield from district_named_again(text, districts)
    for match in THE_UNIT.finditer(text) if units else ():
        before = [name for start, name in units if start < match.start()]
        if before:
            yield match.start("unit"), match.end("unit"), before[-1]
    if "division" in text:
        yield from division_named_again(text, known)
