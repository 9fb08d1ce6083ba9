"""Tails of a title phrase that name a place or describe an organisation, not the role.

Two shapes the cleaning steps of :mod:`pressfacts.entities.titles` need help with:

- a place written as a capitalised run ending in a known place after "for"/"in"/"across":
  "divisional commander for Greater Dunmore" -> the whole run is the place (the place
  list knows "Dunmore", not every "Greater", "North" or "Mid" before it);
- a description of the organisation between the title and its name: "policy officer at
  the road safety charity Lanterns" -> "policy officer" (the charity is named after it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "ANAPHORIC_OWNER",
    "ANAPHORIC_TAIL",
    "ARTICLE_UNIT_TAIL",
    "BODY_AT_TAIL",
    "BODY_LEADER_TAIL",
    "COAST_TAIL",
    "COMMAND_HEADS",
    "COMPASS_WORDS",
    "DESCRIPTOR_HEADS",
    "EVENT_TAIL",
    "INDEFINITE_OWNER_TAIL",
    "NAMED_OWNER_UNIT_TAIL",
    "ORGANISATION_WORKPLACE",
    "OWNED_UNIT_TAIL",
    "PLACE_CONNECTORS",
    "PLACE_MODIFIERS",
    "PLACE_NAMED_BODY_LEADERS",
    "UNIT_HEADS",
    "UNIT_TAIL",
    "WORKPLACE_CONNECTOR",
    "WORKPLACE_TAIL",
    "body_tail",
    "far_tails_dropped",
    "long_place_heads",
    "office_owner",
    "place_named_body_title",
    "place_with_run_before",
    "unit_tail",
    "unknown_place_tail",
    "without_tail",
    "works_in_owned_unit",
]

_ANAPHORIC_NOUNS = (
    r"(?:force|area|charity|organisation|county|region|service|constabulary|city|division|"
    r"district|borough|council|trust|hospital|school|university|college|centre|helpline|"
    r"prison|refuge|project|partnership|unit|team|bank|insurer|regulator|watchdog|inspectorate|"
    r"clinic)"
)
ANAPHORIC_TAIL = re.compile(
    r"\s+(?:for|of|at|in|across|with)\s+(?:the|this|our)\s+"
    r"(?:(?:county|city|borough|district|town|parish|regional|"
    r"fire(?:\s+and\s+rescue)?|ambulance|probation|prison|police)\s+)?" + _ANAPHORIC_NOUNS + "$"
    r"|\s+to\s+the\s+(?:commissioner|chief\s+constable|board|panel|office|"
    + _ANAPHORIC_NOUNS[3:]
    + "$",
    re.I,
)
"""A tail pointing back at the organisation or area already named: "lead for the force",
"caseworker with the charity" (rule ``anaphoric_with_tail``), "manager for the area", "chair
of the parish council" (a council's kind before the noun, as in "the county council"; a
service's, "head of prevention at the fire service"), "protect officer for the regional unit"
(rule ``anaphoric_unit_tail``: a unit or team already named, with no name of its own), "cabinet
member for children at the county council", or at the office a role serves: "chief finance
officer to the commissioner", "adviser to the board" ("Head of Training" must not match)."""
EVENT_NOUNS = (
    "operation",
    "policing operation",
    "event",
    "events",
    "weekend",
    "festival",
    "day",
    "match",
    "fixture",
    "game",
    "parade",
    "carnival",
    "tournament",
    "concert",
)
"""Events a command role is held for ("the Gold commander for the operation")."""
EVENT_TAIL = re.compile(
    r"\s+(?:for|of|at)\s+(?:the|this|this\s+year[’']s|the\s+day[’']s)\s+(?:"
    + "|".join(EVENT_NOUNS)
    + r")$",
    re.I,
)
"""A tail naming the event a role was held for, pointing back at the event the text is
about: "Gold commander for the operation", "Silver commander for the weekend", "match
commander at the fixture" -> the role alone (rule ``event_tail``); not "Head of Events"
or "Director of Operations" (no article: a portfolio)."""
COAST_TAIL = re.compile(
    r"\s+(?:on|along|for)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
    r"(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)(?-i:[A-Z])[\w’'-]*){0,4}\s+coast(?:line)?$",
    re.I,
)
"""A stretch of coast a coastal role covers, named by its places: "senior coastal operations
officer on the Northumberland and Tyneside coast", "station officer for the North Devon
coastline" -> the role alone (rule ``coast_tail``: the coast is the role's patch, not its
title). Not "officer on the coast" (no place named: left as it was)."""
INDEFINITE_OWNER_TAIL = re.compile(
    r"\s+(?:of|at|for|with|in)\s+an?\s+(?:[\w’'-]+\s+){0,5}?(?-i:[a-z])[\w-]*"
    r"(?:\s+(?:that|which|where|whose)\s.*)?$",
    re.I,
)
"""An unnamed body the title is held at, described with "a"/"an": "headteacher of a Gillingham
academy", "manager of a Bradford youth club that runs boxing sessions", "nurse at a Leeds
hospice" -> the role alone (rule ``indefinite_owner_tail``: a description, with any relative
clause on it, names no organisation and is no portfolio).
Not "lead for a Safer Wales" (a capitalised end: a name), "head of the youth club" (no "a")."""


def far_tails_dropped(text: str) -> str:
    """``text`` without a coast it covers (rule ``coast_tail``, :data:`COAST_TAIL`) and an
    unnamed body it is held at (rule ``indefinite_owner_tail``)."""
    return INDEFINITE_OWNER_TAIL.sub("", COAST_TAIL.sub("", text))


ANAPHORIC_OWNER = re.compile(
    r"(?<!\S)(?P<connector>of|for|at|and)\s+(?:the|this|our)\s+" + _ANAPHORIC_NOUNS + r"[’']s\s+",
    re.I,
)
"""An owner inside a title pointing back at the organisation already named: "head of the
force's control room" -> "head of control room", as "head of Kent Police's control room"
loses its force; after "and" a second title's (rule ``joined_anaphoric_owner``: "chair of
[X] and the council's director of housing" -> "Chair", "Director of Housing")."""
COMPASS_TAIL = re.compile(
    r"\s+(?:for|in|across|covering)\s+the\s+(?:(?:far|mid)[\s-])?"
    r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern\s+region)?$",
    re.I,
)
"""A compass direction closing a title ("manager in the north", "lead for the south-west"):
a part of the body's area, not a place the statistics know, and no part of the title."""
WORKPLACE_NOUNS = (
    "base", "office", "offices", "centre", "center", "hub", "branch", "site", "headquarters",
    "hospital", "safe house", "shelter", "refuge", "clinic",
)  # fmt: skip
"""Lower-case nouns of a workplace ending a title phrase ("at its Belfast base", "at a London
hospital")."""
# "supervisor at its Belfast base", "manager at the charity's Leeds office", "manager
# [at the charity's] Hull branch" (the organisation taken out), "consultant in emergency
# medicine at a London hospital": where the person works, not the role; not "Head of Base
# Security" or "Head of Post Office Services" (no lower-case workplace noun at the end)
WORKPLACE_TAIL = re.compile(
    r"(?:\s+(?:based\s+)?(?:at|in|from)\s+(?:one\s+of\s+)?(?:(?:the|its|our|their|a|an)\s+)?"
    r"(?:[a-z]+[’']s\s+)?(?:[A-Z][\w’'-]*\s+){0,3}|\s+(?:[A-Z][\w’'-]*\s+){1,3})"
    rf"(?:{'|'.join(WORKPLACE_NOUNS)})(?:(?<=h)es|(?<!h)s)?"
    r"(?P<place>\s+in\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?$"
)
"""A workplace at the end of a title phrase (after its organisation is taken out); rule
`workplace_one_of_before_place`: one of several ("a support worker at one of the charity's
safe houses", "a nurse at one of its clinics") and a workplace with its place after it ("a
caseworker at the charity's hub in Leeds": the place is kept for the role's area, the
workplace goes); not "Head of Base Security" (no lower-case workplace noun ends it)."""

ORGANISATION_WORKPLACE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:{'|'.join(WORKPLACE_NOUNS)})(?:(?<=h)es|(?<!h)s)?"
    r"(?=(?:\s+in\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?$)"
)
"""Rule ``organisation_workplace``: a lower-case workplace noun right after an
organisation's name that ends a title phrase, after "at/in/from/of/for" ("a vet at the
PDSA hospital in Leeds", "manager of the Blue Cross rehoming centre"): the
organisation's workplace, taken out with its name (the place after it stays, for the
role's area); not "the Blue Cross centre manager" (the title's words follow it)."""
WORKPLACE_CONNECTOR = re.compile(
    r"\b(?:at|in|from|of|for)\s+(?:(?:one\s+of\s+)?(?:the|its|our|their|a|an)\s+)?$", re.I
)
"""The connector before an organisation whose workplace ends the phrase (rule
``organisation_workplace``)."""

UNIT_HEADS = ("unit", "team", "squad", "hub", "directorate")
"""Last words of an internal unit a title may be said to work in."""
_UNIT_WORD = r"(?:[A-Z][\w’'-]*|and|&|of|\([A-Z]{2,8}\))"
UNIT_TAIL = re.compile(
    r"\s+(?:in|with|within|on)\s+(?:(?:the|its|our|their)\s+)?"
    rf"(?:{_UNIT_WORD}\s+){{0,7}}(?i:{'|'.join(UNIT_HEADS)})$"
)
"""A unit the person works in, ending a title phrase: "Senior Crown Prosecutor in the
Rape and Serious Sexual Offences (RASSO) Unit" -> "Senior Crown Prosecutor"; a unit after
"of" is a portfolio ("Head of the Complex Casework Unit")."""
OWNED_UNIT_TAIL = re.compile(
    r"\s+(?:in|with|within)\s+(?:the|this|our)\s+" + _ANAPHORIC_NOUNS + r"[’']s\s+"
    rf"(?:[a-z][\w-]*\s+(?:and\s+)?){{0,4}}(?:{'|'.join(UNIT_HEADS)})$",
    re.I,
)
"""Rule ``owned_unit_tail``: a unit the person works in, named in lower case after the
anaphoric owner ending a title phrase: "chief inspector in the force's roads policing unit"
-> "chief inspector", "officer with the council's community safety team"; not "head of the
force's dog unit" (a portfolio after "of": ``anaphoric_owner``'s), nor "officer in the force"
(no unit)."""
NAMED_OWNER_UNIT_TAIL = re.compile(
    r"\s+(?:in|with|within)\s+(?:(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s\s+)?"
    rf"(?:(?!(?:of|for|the|a|an)\s)[\w-]+\s+(?:and\s+)?){{1,4}}(?i:{'|'.join(UNIT_HEADS)})$"
)
"""Rule ``named_owner_unit_tail``: a unit the person works in, owned by a named place or
body ("a detective sergeant in Bolton's burglary team" -> "detective sergeant"), or left
bare once its named owner is taken out ("in [Kent Police's] burglary team"); not "head of
Bolton's burglary team" (a portfolio after "of"), "officer in charge of the unit" (the unit
is not the person's team) nor "sergeant in Bolton's burglary team review"."""

ARTICLE_UNIT_TAIL = re.compile(
    r"\s+(?:in|with|within)\s+the\s+"
    rf"(?:(?!(?:of|for|the|a|an)\s)[a-z][\w-]*\s+(?:and\s+)?){{1,4}}(?:{'|'.join(UNIT_HEADS)})$"
)
"""Rule ``article_unit_tail``: a unit the person works in, named in lower case after a
bare "the" ending a title phrase: "a detective sergeant in the economic crime team" ->
"detective sergeant", "caseworker with the fraud victims team"; not "head of the economic
crime team" (a portfolio after "of"), "officer in charge of the team" nor "sergeant in the
fraud team review" (the unit does not end it)."""


def unit_tail(text: str) -> re.Match[str] | None:
    """The unit a person works in that ends a title phrase, by rule ``unit_tail``,
    ``owned_unit_tail``, ``named_owner_unit_tail`` or ``article_unit_tail``, or None."""
    return (
        UNIT_TAIL.search(text)
        or OWNED_UNIT_TAIL.search(text)
        or NAMED_OWNER_UNIT_TAIL.search(text)
        or ARTICLE_UNIT_TAIL.search(text)
    )


_UNIT_AFTER_OWNER = re.compile(rf"^\s+(?:{_UNIT_WORD}\s+){{0,7}}(?i:{'|'.join(UNIT_HEADS)})\s*$")
_UNIT_CONNECTOR = re.compile(r"\b(?:in|with|within|on)(?:\s+the)?\s*$", re.I)


def works_in_owned_unit(piece: str, rest: str) -> bool:
    """Whether an organisation's name stands before the unit a person works in ("Senior
    Crown Prosecutor in the [CPS North West] Complex Casework Unit"): the connector before
    the name then belongs to the unit (``UNIT_TAIL`` takes both out), not to the name; not
    "Head of the [X] Unit" (a unit after "of" is a portfolio)."""
    return bool(_UNIT_CONNECTOR.search(piece) and _UNIT_AFTER_OWNER.match(rest))


PLACE_CONNECTORS = ("for", "in", "across", "covering")
"""Words after which a capitalised run ending in a place is all place ("of" is left out:
"Head of North Division" is a portfolio)."""

_CAP_WORD = r"[A-Z][\w’'-]*"
_LIST_JOIN = r"(?:\s*,\s*|\s+(?:and|&)\s+)"
_RUN_BEFORE_PLACE = re.compile(
    rf"^(?P<title>.+?\s+(?:{'|'.join(PLACE_CONNECTORS)})(?:\s+the)?)"
    rf"\s+(?P<run>{_CAP_WORD}(?:(?:\s+|{_LIST_JOIN}){_CAP_WORD}){{0,5}}(?:,|\s+(?:and|&)(?:\s+the)?)?)$"
)
"""Capitalised words, or the first places of a list ("Cumbria and", "Hampshire and the"),
between a place connector and a known place."""

_LISTED_PLACES_TAIL = re.compile(
    rf"^(?P<title>.+?)\s+(?:for|across|covering)\s+(?:the\s+)?"
    rf"(?P<run>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}(?:{_LIST_JOIN}{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}})+)$"
)
"""A list of capitalised names after "for": a place list when one of them is a known
place ("district commander for Hastings and Rother")."""

COMMAND_HEADS = (
    "area commander",
    "district commander",
    "divisional commander",
    "borough commander",
    "neighbourhood commander",
    "sector commander",
)
"""Territorial commands whose "for" names the patch ("area commander for Dunmore"); a
plain "commander for Specialist Operations" keeps its portfolio."""
_COMMAND_TAIL = re.compile(
    rf"^(?P<title>(?:.+?\s)?(?:{'|'.join(COMMAND_HEADS)}))\s+for\s+(?:the\s+)?"
    rf"(?P<run>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})$",
    re.I,
)

COMPASS_WORDS = ("North", "South", "East", "West", "Mid", "Central")
"""Compass words opening a place's name ("North Tyneside", "Mid Devon", "Central Bedfordshire")."""
PLACE_MODIFIERS = (*COMPASS_WORDS, "Greater", "Inner", "Outer")
"""First words of a place name the place list may not hold ("North Dunmore"): after
"for"/"across"/"covering", a modifier (or two) and one capitalised word are a place."""

_UNKNOWN_PLACE_TAIL = re.compile(
    r"^(?P<title>.+?)\s+(?:in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
    r"|(?:for|across|covering)\s+(?:the\s+)?"
    rf"(?P<modified>(?:(?:{'|'.join(PLACE_MODIFIERS)})\s+){{1,2}}[A-Z][\w-]+))$"
)

_PLACE_PART_TAIL = re.compile(
    rf"^(?P<title>.+?)\s+(?:for|covering)\s+(?:the\s+)?"
    rf"(?P<run>(?P<place>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}})\s+(?:{'|'.join(PLACE_MODIFIERS)}))$"
)
"""A part of a known place named by a modifier after it, as wards and beats are ("ward
officer for Dunmore Central", "beat manager for Dover North"; rule ``place_part_tail``):
the whole run is the role's area. Not when the words before the modifier are no known
place ("lead for Crime North")."""

DESCRIPTOR_HEADS = frozenset(
    {
        "agency",
        "association",
        "body",
        "campaign",
        "charity",
        "collective",
        "company",
        "firm",
        "foundation",
        "group",
        "network",
        "organisation",
        "organization",
        "organiser",
        "partnership",
        "project",
        "promoter",
        "provider",
        "service",
        "trust",
    }
)
"""Nouns that end a description of the organisation named next ("the road safety
charity", "the national campaign group")."""

PLACE_BASED = r"(?:[A-Z][\w’']*(?:[\s-][A-Z][\w’']*){0,2}-based\s+)"
"""Rule ``place_based_descriptor``: a capitalised place joined to "-based" ("Bristol-based",
"Milton Keynes-based") may open a description of the organisation named next, as a
lower-case modifier does ("chief executive of the Bristol-based charity ")."""
_DESCRIPTOR_TAIL = re.compile(
    r"\s*\b(?:of|for|at|from|with|in)\s+(?:(?:the|a|an)\s+)?" + PLACE_BASED + "?"
    r"(?:[a-z][\w’'-]*\s+){0,4}(?!the\b)(?P<head>[a-z]+)(?:\s+the)?\s*$"
)
"""A description of the organisation named next, with or without an article: "at the road
safety charity ", "of local charity ", "of the Leeds-based charity " (:data:`PLACE_BASED`);
an article may stand again before the name itself ("of the anti-violence charity the ")."""

TERRITORY_KINDS = ("route", "region", "district", "area", "patch")
"""Lower-case words that name a stretch of territory after its capitalised name ("the West
Coast South route", "the Anglia region"): the name and the word are a place."""
_TERRITORY_TAIL = re.compile(
    rf"^(?P<title>.+?)\s+(?:(?:for|covering)\s+(?:the\s+)?|of\s+the\s+)"
    rf"(?P<run>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})\s+(?:{'|'.join(TERRITORY_KINDS)})$"
)
"""A title's tail naming a territory by its kind: "route director for the West Coast
South route" -> route director (area West Coast South); also with no "the", as left when
an organisation's possessive is taken out (rule ``owned_territory_tail``: "route director
for Network Rail's North West route" -> route director, area North West; after "for" or
"covering" only); not "head of Crime Prevention area" (no "the" after "of"), "head of the
Cyber Crime Unit" (a unit, capitalised), "lead for the area" (no name)."""


def place_with_run_before(before: str, place: str) -> tuple[str, str]:
    """The title and place when capitalised words stand between a place connector and
    a known ``place``: ("divisional commander for Greater", "Dunmore") -> ("divisional
    commander for", "Greater Dunmore"); otherwise both unchanged."""
    match = _RUN_BEFORE_PLACE.match(before)
    if match is None:
        return before, place
    return match.group("title"), f"{match.group('run')} {place}"


def unknown_place_tail(
    text: str, is_place: Callable[[str], bool] = lambda _: False
) -> tuple[str, str] | None:
    """(title, place) when ``text`` ends with a place the place list need not know:
    "in" and capitalised words ("Head of Investigations in Dunmore"), a place modifier
    and a capitalised word after "for" ("area commander for North Dunmore"), a list of
    names one of which ``is_place`` ("manager for Dunmore and Kent"), a commander's
    patch ("area commander for Dunmore"), a part of a known place ("ward officer for
    Dover Central"), or a territory named with its kind ("route
    director for the Dunmore North route")."""
    match = _UNKNOWN_PLACE_TAIL.match(text)
    if match is not None:
        return match.group("title"), match.group("place") or match.group("modified")
    listed = _LISTED_PLACES_TAIL.match(text)
    if listed and any(is_place(name) for name in re.split(_LIST_JOIN, listed.group("run"))):
        return listed.group("title"), listed.group("run")
    part = _PLACE_PART_TAIL.match(text)
    if part and is_place(part.group("place")):
        return part.group("title"), part.group("run")
    command = _COMMAND_TAIL.match(text) or _TERRITORY_TAIL.match(text)
    if command is not None:
        return command.group("title"), command.group("run")
    return None


def without_tail(piece: str, connector_tail: re.Pattern[str]) -> str:
    """``piece`` (the words before an organisation's name) without what links it to the
    name: a description of the organisation ("at the road safety charity "), else the
    connector alone (``connector_tail``: "at the ")."""
    match = _DESCRIPTOR_TAIL.search(piece)
    if match and match.group("head") in DESCRIPTOR_HEADS:
        return piece[: match.start()]
    return connector_tail.sub("", piece)


LONG_PLACE_WORDS = 6
"""The most words a place before a title runs to, small words included ("Hampshire and
Isle of Wight Police and Crime Commissioner")."""


def long_place_heads(head: str, is_place: Callable[[str], bool]) -> tuple[str, ...]:
    """The known places of three words or more that ``head`` (the text before a title) ends
    with, longest first: the two-capitalised-word reading of a head misses a place with
    small words inside ("Hampshire and Isle of Wight", "Bournemouth, Christchurch and
    Poole"), and would take its last word ("Wight") for a portfolio."""
    words = head.split()[-LONG_PLACE_WORDS:]
    suffixes = (" ".join(words[cut:]) for cut in range(len(words) - 2))
    return tuple(tail for tail in suffixes if tail[:1].isupper() and is_place(tail))


PLACE_NAMED_BODY_LEADERS = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "director", "executive", "founder"}
)
"""Last words of a title that lead a whole body named after "of" (rule
``place_named_body``): "chair of Safer Dunmore" is the chair of a partnership named after
its place, not a "chair of Safer" for the area Dunmore. Not "head" ("Head of North
Division", "Head of Crime Dunmore" are portfolios)."""
_PLACE_NAMED_BODY = re.compile(
    r"^(?P<title>(?:.*?\s)?(?P<leader>[\w-]+))\s+of\s+(?:the\s+)?"
    r"(?P<word>[A-Z](?![\w\u2019']*(?:ing|ed)$)[\w\u2019']*)$"
)


VISION_BEFORE_PLACE = re.compile(r"\bfor\s+an?\s+[A-Za-z]+er$")
"""Rule ``vision_portfolio``: a portfolio named for what the place should become, "for a",
a comparative adjective, then the place ("cabinet member for a safer Powys", "lead for a
greener Leeds"): the place is part of the portfolio's name, not an area to take out. Not
"cabinet member for safer communities in Powys" (no "a" before the adjective)."""


def place_named_body_title(before: str, place: str = "") -> str | None:
    """The title when ``before`` (what stands before a known ``place``) ends in a leader of
    :data:`PLACE_NAMED_BODY_LEADERS`, "of" and one capitalised word that is no place
    modifier: ("chair of Safer", "Dunmore") is the chair of "Safer Dunmore", a body named
    after its place -> "chair" (no area: the place is part of the body's name); or in a
    vision of the place (:data:`VISION_BEFORE_PLACE`): the whole portfolio, place and all."""
    if place and VISION_BEFORE_PLACE.search(before):
        return f"{before} {place}"
    match = _PLACE_NAMED_BODY.match(before)
    if (
        match is None
        or match.group("leader").lower() not in PLACE_NAMED_BODY_LEADERS
        or match.group("word") in PLACE_MODIFIERS
    ):
        return None
    return match.group("title")


BODY_LEADERS = (
    "chief executive", "chief exec", "ceo", "founder", "co-founder", "chair", "chairman",
    "chairwoman", "chairperson", "managing director", "president",
)  # fmt: skip
"""Titles that lead a whole body, never a portfolio within one: what follows "of" or "at"
is the body ("chief executive of Brighter Futures"), unlike "director of Public Health",
"executive director of Children's Services" or "head of Operations" (portfolios, which
stay)."""
BODY_LEADER_TAIL = re.compile(
    r"^(?P<title>(?:(?:deputy|interim|acting|joint|vice)[\s-]+)?(?:"
    + "|".join(leader.replace(" ", r"\s+") for leader in BODY_LEADERS)
    + r"))\s+(?:of|at)\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[\w’'!&-]*(?:\s+(?:(?:of|and|for|the|on|"
    r"in)\s+)?(?-i:[A-Z])[\w’'!&-]*){0,5})$",
    re.I,
)
"""A body leader's title and the capitalised name of the body after it ("chief executive of
Brighter Futures", "founder of the Oakwood Project"); the name need not be known."""
BODY_AT_TAIL = re.compile(
    r"^(?P<title>.+?)\s+at\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[\w’'!&-]*"
    r"(?:\s+(?:(?:of|and|for|the|on|in)\s+)?(?-i:[A-Z0-9])[\w’'!&-]*){0,5})$"
)
"""Rule ``named_body_at``: any title, then "at" and the capitalised name of the body it is
held at ("service manager at Base 51", "project lead at Safer Streets Hull"): the body,
known or not, is no part of the title (a place after "at" is read as one elsewhere)."""


def body_tail(text: str) -> re.Match[str] | None:
    """A body leader's title and its body (:data:`BODY_LEADER_TAIL`), else any title and
    the body it is held at (:data:`BODY_AT_TAIL`)."""
    return BODY_LEADER_TAIL.match(text) or BODY_AT_TAIL.match(text)


_OFFICE_FOR_PLACE_OWNER = re.compile(
    r"^(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*){0,5}\s+for\s+"
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s\s+(?=[a-z])"
)


def office_owner(text: str, is_place: Callable[[str], bool]) -> tuple[int, str] | None:
    """Rule ``office_for_place_owner``: an office named for a place owning the title ("the
    Police and Crime Commissioner for Kent's chief of staff", "the Children's Commissioner
    for Wales's policy adviser"): where the title proper starts, and the place as its
    area; None when the words after "for" are no known place."""
    owner = _OFFICE_FOR_PLACE_OWNER.match(text)
    if owner is None or not is_place(owner.group("place")):
        return None
    return owner.end(), owner.group("place")
