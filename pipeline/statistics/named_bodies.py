"""Local bodies named for their place, which stand for that place in the area rules.

A council, a fire and rescue service, a safeguarding partnership or a local charity whose
name opens with a place, or a commissioner's office named for its area, speaks for that
place: "Kent County Council" -> Kent, "Merseyside Fire and Rescue Service" -> Merseyside,
"Wirral Safeguarding Adults Partnership" -> Wirral, "Essex Violence Reduction Unit" ->
Essex, "Office of the Police and Crime Commissioner for Dorset" -> Dorset (also "Office of
the Kent Police and Crime Commissioner", "Surrey OPCC"), "Dover Women's Aid" -> Dover; a
charity's local branch named by its place after the parent's name: "Age UK Norfolk" ->
Norfolk. The rules are named data, tried in order for the body's entity type;
:mod:`pressfacts.statistics.areas` keeps the place only when the gazetteer lists it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pressfacts.statistics.covers_wording import covers_named

_PLACE = r"(?P<place>[A-Z][\w’'-]*(?:[ -](?:and\s+|&\s+|with\s+|upon\s+)?[A-Z][\w’'-]*)*?)"
"""A place name of capitalised words ("Blackburn with Darwen", "Stoke-on-Trent", "Brighton &
Hove": rule ``ampersand_place``, read with "and" for "&" as the gazetteer lists it)."""
AMPERSAND = re.compile(r"\s+&\s+")
_FOR_PLACE = _PLACE.replace("?P<place>", "?P<for_place>", 1)
"""The same, named after the body ("Cyber Resilience Centre for the South East")."""
_LISTED_PLACE = r"(?P<place>[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|[ -])[A-Z][\w’'-]*)*?)"
"""A place or a list of places ("Devon, Somerset and Torbay"; rule ``trading-standards``)."""
_REGION = r"(?P<place>[A-Z][\w’'-]*(?: (?:and (?:the )?)?[A-Z][\w’'-]*)*?)"
"""A region's name, which may hold "and the" ("Yorkshire and the Humber", "North West")."""

SAFER_NOT_PLACE = (
    r"(?:Roads?|Streets?|Schools?|Internet|Communities|Neighbourhoods?|Travel|Homes?|Places?|"
    r"Spaces?|Nights?|Futures?|Lives)\b"
)
"""What follows "Safer" in a campaign's or scheme's name, not a place (rule
``safer-place-partnership``): "Safer Roads Partnership", "Safer Streets", "Safer Internet
Day", "Safer Neighbourhood Team"."""

UNIVERSITY = re.compile(rf"^(?:the\s+)?(?:{_PLACE}\s+University|University\s+of\s+{_FOR_PLACE})$")
"""Rule ``university``: "Cardiff University", "the University of Leeds"."""
UNIVERSITY_NOT_ISSUER = re.compile(r"\b(?:by|at|from|with)\s+(?:the\s+)?$", re.I)
"""Guard ``university-cited-or-partner`` of rule ``university``: a university named after "by",
"at", "from" or "with" ("an evaluation by Lancaster University found that 81% …", "researchers at
the University of Birmingham", "working with Cardiff University") is a study's author, a
workplace or a partner, not the body whose figures the text gives: it stands for no place."""


UNIVERSITY_LISTED = re.compile(
    r"\b(?:by|from|with)\s+(?:the\s+)?[a-z][^.;:!?\d\"“”]{0,80}?,?\s+(?:and|&)\s+(?:the\s+)?$"
)
"""Guard ``university-listed-member`` of rule ``university``: a university named last in a
list after "by", "from" or "with" ("60 volunteers from local businesses, schools and the
University of Gloucestershire", "working with the council and Cardiff University") is one
member of a group or a partner, not the body whose figures the text gives: it stands for no
place. Not across a figure ("figures from the council show 20 arrests, and …") nor a
capitalised first word ("with Kent Police and the University of Kent": a list of bodies
whose first one the area rules read)."""


UNIVERSITY_OWN_MEMBERS = re.compile(
    r"\b(?:students|undergraduates|postgraduates|freshers)\s+(?:(?:studying|enrolled|based)\s+)?"
    r"(?:at|from)\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``university-own-students``: "at" or "from" after the university's own students
("students at Newcastle University say …", "students studying at", "freshers from the
University of Leeds") is no workplace of a study's authors: the figure is of the university's
people, so it stands for its place (guard ``university-cited-or-partner`` yields). Not
"researchers at", "staff at"."""


def cited_university(text: str, start: int, end: int) -> bool:
    """Whether the body named at ``[start, end)`` is a university named for its place
    (rule ``university``) cited as an author, a workplace or a partner (guard
    ``university-cited-or-partner``; not after its own students: rule
    ``university-own-students``), or named last in a list of members after "from"
    (guard ``university-listed-member``)."""
    window = max(0, start - 30)
    return bool(
        UNIVERSITY.match(text[start:end])
        and (
            (
                UNIVERSITY_NOT_ISSUER.search(text, max(0, start - 20), start)
                and not UNIVERSITY_OWN_MEMBERS.search(text, window, start)
            )
            or UNIVERSITY_LISTED.search(text, max(0, start - 100), start)
        )
    )


@dataclass(frozen=True)
class NamedForRule:
    """A body of entity type ``label`` whose name, matched by ``pattern``, names the place
    (group ``place``) it stands for; ``kind`` is the rule its place carries in the area
    rules: ``council`` (a council or local charity, whose words are its own place's),
    ``pcc`` (a commissioner's office) or ``territorial-service`` (a service covering an
    area, whose words a scope place named beside it narrows, as a police force's: "Fires
    in Wirral …, Merseyside Fire and Rescue Service said": Wirral)."""

    name: str
    label: str
    pattern: re.Pattern[str]
    kind: str = "council"
    bare_first_wins: bool = False
    """Whether a text naming the first of the joined places alone ("a festival in
    Hampshire") keeps the body's gazetteer area: the text's own wording of it."""
    nations_name_no_place: bool = False
    """Whether a nation the name opens on is no place it stands for (rule
    ``nation_named_charity``: "Wales Hate Support Centre" serves Wales, not a town)."""
    covers_wins: bool = False
    """Whether a text that says what the body covers ("CPS Wessex, which covers Hampshire,
    Dorset and Wiltshire, …") keeps that wording of its area (guard ``covers_wording``:
    :data:`.covers_wording.COVERS_AFTER`)."""


NAMED_FOR_RULES = (
    # "Nettleham Parish Council", "Llanfair Community Council" -> the village: a parish or
    # community council (the lowest tier, named for its village or town) speaks for its
    # place; tried before ``council``, which would read "Nettleham Parish" as the place;
    # not "the parish council" (no place)
    NamedForRule(
        "parish-council",
        "ORG",
        re.compile(rf"^(?:the\s+)?{_PLACE}\s+(?:Parish|Community)\s+Council$"),
    ),
    # "Leicester City Council" -> Leicester; not "National Police Chiefs' Council" (no place)
    NamedForRule(
        "council",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+"
            r"(?:City|County|Borough|District|Metropolitan\s+Borough|Town)?\s*Council$"
        ),
    ),
    # "City of Wolverhampton Council", "City of Bradford Metropolitan District Council",
    # "the City of Edinburgh Council" -> the place: a city council whose name opens on
    # "City of"; not "City of London Police" (a force) nor "City of Culture" (no council)
    NamedForRule(
        "city-of-council",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?City\s+of\s+{_PLACE}\s+"
            r"(?:(?:Metropolitan\s+)?(?:District|Borough)\s+)?Council$"
        ),
    ),
    # "Merseyside Fire and Rescue Service", "South Yorkshire Fire and Rescue" (the
    # service's own name has no "Service") -> the place; not "HM Inspectorate of
    # Constabulary and Fire & Rescue Services" (no place before "Fire")
    NamedForRule(
        "fire-and-rescue",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+Fire\s+"
            r"(?:(?:and|&)\s+Rescue(?:\s+(?:Service|Authority))?|Service|Authority)$"
        ),
        "territorial-service",
    ),
    # "Wirral Safeguarding Adults Partnership", "Kent Safeguarding Children Partnership"
    # -> the place; not "the National Safeguarding Panel" (no partnership)
    NamedForRule(
        "safeguarding-partnership",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+Safeguarding\s+(?:Children|Adults)(?:['’]s)?\s+"
            r"(?:Partnership|Board)$"
        ),
        "territorial-service",
    ),
    # "Derry City and Strabane Policing and Community Safety Partnership", "Wirral
    # Community Safety Partnership" -> the place: a council's partnership speaks for the
    # council area; not "the city's Policing and Community Safety Partnership" (no place)
    NamedForRule(
        "community-safety-partnership",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+(?:Policing\s+and\s+)?Community\s+Safety\s+"
            r"Partnership$"
        ),
    ),
    # "Safer Leeds", "Safer Stockport Partnership", "the Safer Sutton Partnership" -> the
    # place: a community safety partnership named "Safer" + its council area speaks for that
    # area; not "Safer Roads Humber" nor "Safer Streets" (no place the gazetteer lists); an
    # appositive naming its area keeps the text's wording (guard covers_wording)
    NamedForRule(
        "safer-place-partnership",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?Safer\s+(?!{SAFER_NOT_PLACE}){_PLACE}"
            r"(?:\s+(?:Community\s+Safety\s+)?Partnership)?$"
        ),
        covers_wins=True,
    ),
    # "West Midlands Violence Reduction Unit", "Merseyside Violence Prevention Partnership"
    # -> the place; not "the Violence Reduction Unit" (no place)
    NamedForRule(
        "violence-reduction-unit",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+Violence\s+(?:Reduction|Prevention)\s+"
            r"(?:Unit|Partnership|Network)$"
        ),
        "territorial-service",
    ),
    # "West Midlands Cyber Resilience Centre", "Scottish Business Resilience Centre" (an
    # adjective: the gazetteer decides), "Cyber Resilience Centre for Wales" -> the place:
    # a police-led centre serving a region; not "the National Cyber Resilience Centre Group"
    NamedForRule(
        "resilience-centre",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?(?:{_PLACE}\s+(?:Cyber|Business)\s+Resilience\s+Cent(?:re|er)|"
            rf"Cyber\s+Resilience\s+Cent(?:re|er)\s+for\s+(?:the\s+)?{_FOR_PLACE})$"
        ),
        "territorial-service",
    ),
    # "Cardiff University", "the University of Leeds" -> the city: a university named for
    # its city speaks for that city (its students, its campus); not "the Open University"
    # nor "the University of Central Lancashire" (no place the gazetteer lists)
    NamedForRule("university", "ORG", UNIVERSITY),
    # "Belfast Health and Social Care Trust", "Cardiff and Vale University Health Board"
    # (health-body), "NHS Highland" (nhs-board) -> the place: a health body named for the
    # area it serves; not "the Health and Social Care Trust" (no place)
    NamedForRule(
        "health-body",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+(?:Health\s+and\s+Social\s+Care|University\s+Health|"
            r"Teaching\s+Health|Health)\s+(?:Trust|Board)$"
        ),
        "council",
    ),
    # "Leeds Teaching Hospitals NHS Trust", "Sheffield Teaching Hospitals NHS Foundation
    # Trust", "North Bristol NHS Trust" -> the place: an NHS hospital trust named for the
    # place it serves; not "the NHS Trust", "University Hospitals of Leicester NHS Trust"
    # (no place before the head words), "Humber Teaching NHS Foundation Trust" (a mental
    # health and community trust, whose region is no place of its figures)
    NamedForRule(
        "nhs-trust",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}(?<!Teaching)\s+(?:(?:Teaching\s+)?Hospitals?\s+)?"
            r"NHS\s+(?:Foundation\s+)?Trust$"
        ),
        "council",
    ),
    # "NHS England", "NHS Wales", "NHS Scotland": national bodies, no territory of a board
    NamedForRule(
        "nhs-board",
        "ORG",
        re.compile(rf"^NHS\s+(?!(?:England|Wales|Scotland|Northern\s+Ireland|UK)$){_PLACE}$"),
        "council",
    ),
    # "North West Ambulance Service", "the East of England Ambulance Service NHS Trust",
    # "Welsh Ambulance Service" (an adjective: the gazetteer decides) -> the region: an
    # ambulance trust serving an area; not "the Ambulance Service" (no place)
    NamedForRule(
        "ambulance-service",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_REGION.replace(' (?:and', ' (?:of |and', 1)}\s+Ambulance\s+Service"
            r"(?:\s+NHS(?:\s+Foundation)?\s+Trust|\s+Trust)?$"
        ),
        "territorial-service",
    ),
    # "the Office of the Police and Crime Commissioner for Avon and Somerset" -> Avon and
    # Somerset, "… for Hampshire and the Isle of Wight" (a place with "and the" and "of",
    # as a region's name): the commissioner's office speaks for the commissioner's area;
    # not "the Office of the Police and Crime Commissioner" (no place)
    NamedForRule(
        "pcc-office",
        "ORG",
        re.compile(
            r"^(?:the\s+)?Office\s+of\s+the\s+Police(?:,\s+Fire)?\s+(?:and|&)\s+Crime\s+"
            rf"Commissioner\s+for\s+(?:the\s+)?{_REGION.replace(' (?:and', ' (?:of |and', 1)}$"
        ),
        "pcc",
    ),
    # "the Office of the Kent Police and Crime Commissioner" -> Kent, "the Office of the
    # Essex Police, Fire and Crime Commissioner" -> Essex; not "the Office of the Police
    # and Crime Commissioner" (no place)
    NamedForRule(
        "pcc-office-place-inside",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?Office\s+of\s+the\s+{_PLACE}\s+Police(?:,?\s+Fire)?\s+(?:and|&)\s+"
            r"Crime\s+Commissioner$"
        ),
        "pcc",
    ),
    # "the Dorset Office of the Police and Crime Commissioner", "Surrey OPCC" -> the
    # place; not "Office of the Police and Crime Commissioner" (no place before it)
    NamedForRule(
        "pcc-office-place-first",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}\s+(?:Office\s+of\s+the\s+Police(?:,?\s+Fire)?\s+(?:and|&)\s+"
            r"Crime\s+Commissioner|OPCC|OPFCC)$"
        ),
        "pcc",
    ),
    # "the Kent Police and Crime Panel", "the Police and Crime Panel for Avon and Somerset"
    # -> the place: the panel scrutinises that area's commissioner; not "the Police and
    # Crime Panel" (no place)
    NamedForRule(
        "police-and-crime-panel",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?(?:{_PLACE}\s+Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Panel|"
            r"Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Panel\s+for\s+(?:the\s+)?"
            rf"{_FOR_PLACE})$"
        ),
        "pcc",
    ),
    # "the Yorkshire and the Humber Regional Organised Crime Unit", "North West ROCU",
    # "North East Regional Special Operations Unit" -> the region it polices; not "the
    # Regional Organised Crime Unit" (no place)
    NamedForRule(
        "regional-crime-unit",
        "FORCE",
        re.compile(
            rf"^(?:the\s+)?{_REGION}\s+(?:Regional\s+(?:Organised\s+Crime|Special\s+"
            r"Operations)\s+Unit|ROCU)$"
        ),
        "territorial-service",
    ),
    # "CPS Wessex", "CPS North West", "CPS Yorkshire and Humberside" -> the area: a Crown
    # Prosecution Service area is named for the region it prosecutes in; not "the CPS"
    # alone (no place), nor a text that lists what the area covers (guard covers_wording)
    NamedForRule(
        "cps-area",
        "ORG",
        re.compile(rf"^(?:the\s+)?CPS\s+{_REGION}$"),
        "territorial-service",
        covers_wins=True,
    ),
    # "Hampshire and Isle of Wight Constabulary", "Devon & Cornwall Police" -> the joined
    # places as the name words them: a force named for two places stands for both; not
    # "Hampshire Constabulary" (one place: the force's own area) nor "Thames Valley Police"
    NamedForRule(
        "force-for-joined-places",
        "FORCE",
        re.compile(
            r"^(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:and|&)\s+"
            r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})\s+"
            r"(?:Constabulary|Police)$"
        ),
        "territorial-force",
        bare_first_wins=True,
    ),
    # "Transport for Greater Manchester", "Transport for West Midlands", "Transport for
    # Wales" -> the place: a transport body speaks for the area whose network it runs;
    # not "Transport for the North" (no place after "the": the gazetteer has no "North")
    NamedForRule(
        "transport-for-place",
        "ORG",
        re.compile(rf"^(?:the\s+)?Transport\s+for\s+{_FOR_PLACE}$"),
        "territorial-service",
    ),
    # "West Yorkshire Combined Authority", "the South Yorkshire Mayoral Combined Authority"
    # -> the place: a combined authority speaks for its county's councils; not "the
    # Combined Authority" (no place)
    NamedForRule(
        "combined-authority",
        "ORG",
        re.compile(rf"^(?:the\s+)?{_PLACE}\s+(?:Mayoral\s+)?Combined\s+Authority$"),
        "territorial-service",
    ),
    # "the Children's Commissioner for England", "the Older People's Commissioner for
    # Wales" -> the nation: a commissioner's office named for the nation it serves; not
    # "the Victims' Commissioner" (no place)
    NamedForRule(
        "commissioner-for-place",
        "ORG",
        re.compile(
            r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}Commissioner\s+for\s+(?:the\s+)?"
            rf"{_PLACE}$"
        ),
        "territorial-service",
    ),
    # "Devon, Somerset and Torbay Trading Standards Service", "Kent Trading Standards",
    # "West Yorkshire Trading Standards" -> the place or places: a trading standards service
    # named for the council areas it serves; not "National Trading Standards" (no place:
    # the gazetteer decides), nor "the Trading Standards Service" (no place)
    NamedForRule(
        "trading-standards",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_LISTED_PLACE}\s+Trading\s+Standards"
            r"(?:\s+(?:Service|Team|Partnership|Board))?$"
        ),
    ),
    # "Sunderland AFC", "Exeter City FC", "Carlisle United FC" -> the town (before "City",
    # "Town" or "United"): a football club named for its town speaks for it in its own
    # release ("Sunderland AFC has issued 23 club bans"); not "Cardiff City" (no "FC": a
    # team named among clubs, no body of the release), "the FC" (no place)
    NamedForRule(
        "football-club",
        "ORG",
        re.compile(rf"^(?:the\s+)?{_PLACE}(?:\s+(?:City|Town|United))?\s+A?FC$"),
    ),
    # "Cheltenham Business Improvement District", "Bath BID", "Leeds City Centre BID" -> the
    # town: a business improvement district speaks for the town centre it levies; not "the
    # BID" nor "Business Improvement District" (no place)
    NamedForRule(
        "business-improvement-district",
        "ORG",
        re.compile(
            rf"^(?:the\s+)?{_PLACE}(?:\s+(?:City|Town)\s+Centre)?\s+"
            r"(?:Business\s+Improvement\s+District|BID)$"
        ),
    ),
    # "Road Safety North East Scotland" -> North East Scotland, "Road Safety Wales" ->
    # Wales: a road safety body named for the region or nation it covers (its words a
    # scope place named beside it narrows); not "Road Safety Week" (no place)
    NamedForRule(
        "road-safety-region",
        "ORG",
        re.compile(rf"^(?:the\s+)?Road\s+Safety\s+{_PLACE}$"),
        kind="territorial-service",
    ),
    # "Dover Women's Aid" -> Dover, "Tyne and Wear Citizens Advice" -> Tyne and Wear (when
    # the gazetteer lists it); not "Wales Hate Support Centre" (a nation: nation_named_charity)
    NamedForRule(
        "local-charity", "CHARITY", re.compile(rf"^{_REGION} [A-Z]"), nations_name_no_place=True
    ),
)
"""Tried in order; the first whose type and pattern fit names the body's place."""


LOCAL_BRANCH_LABELS = frozenset({"CHARITY"})
"""Types of body whose local branch is named by its place after the parent's name: "Age UK
Norfolk" -> Norfolk, "Citizens Advice North Yorkshire" -> North Yorkshire."""
LOCAL_BRANCH = "local-branch"
"""The kind of a local branch's place: the document's issuing body, no sentence's place
(``place_roles``' rule ``local-branch``)."""
_NATIONS = frozenset({"england", "scotland", "wales", "cymru", "ireland", "northern ireland", "uk"})
"""Places a branch named so stands for as a national branch (the area rules' own)."""


NAME_BEFORE = re.compile(r"[\w,;:’'-][ \t]+[A-Z][\w’'-]*[ \t]+$")
"""Right before the first place, a capitalised word that is not a sentence's first ("Age UK
Hampshire"; not "In Hampshire, …")."""
NAME_AFTER = re.compile(r"[ \t]+(?!(?:Constabulary|Police)\b)[A-Z][\w’'-]")
"""Right after the first place, another capitalised word of a body's name ("Hampshire County
Council", "Hampshire Fire and Rescue Service"); not the force's own name ("Hampshire Police",
which names the place alone)."""


def _bare_first(text: str, place: str) -> bool:
    """Whether ``text`` names the first of the joined ``place``'s places alone: not opening
    "<first> and …", nor inside another body's name (rule ``first_place_in_a_name``:
    :data:`NAME_BEFORE`, :data:`NAME_AFTER`; "Age UK Hampshire", "Hampshire County
    Council")."""
    first = re.escape(place.split(" and ")[0])
    return any(
        not NAME_BEFORE.search(text, max(0, found.start() - 60), found.start())
        and not NAME_AFTER.match(text, found.end())
        for found in re.finditer(rf"\b{first}\b(?!\s+(?:and|&)\s)", text)
    )


def named_place(
    label: str,
    name: str,
    known: Callable[[str], str | None] = lambda place: place,
    text: str = "",
) -> tuple[str, str] | None:
    """(place, kind) a body of type ``label`` named ``name`` stands for: by the first rule
    of :data:`NAMED_FOR_RULES` that fits with a place ``known`` names (a rule with
    ``bare_first_wins`` yields when ``text``, the whole document, names its first place
    alone), else a local branch's place after the parent's name
    (:data:`LOCAL_BRANCH_LABELS`: its longest known ending of up to three words, not a
    nation); None otherwise."""
    for rule in NAMED_FOR_RULES:
        if rule.label == label:
            found = rule.pattern.match(name)
            if found:
                groups = found.groupdict()
                place = AMPERSAND.sub(" and ", groups.get("place") or groups["for_place"])
                if rule.covers_wins and covers_named(name, text):
                    continue  # guard covers_wording: the text's own list of its area
                if rule.nations_name_no_place and place.lower() in _NATIONS:
                    continue  # rule nation_named_charity: "Wales Hate Support Centre"
                if known(place) and not (rule.bare_first_wins and _bare_first(text, place)):
                    return place, rule.kind
    words = name.split()
    if label not in LOCAL_BRANCH_LABELS:
        return None
    for size in range(min(3, len(words) - 1), 0, -1):
        ending = " ".join(words[-size:])
        if ending.lower() in _NATIONS:
            return None  # "Women's Aid Federation Northern Ireland": the area rules' own
        if known(ending):
            return ending, LOCAL_BRANCH
    return None
