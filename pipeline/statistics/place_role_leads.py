"""Roles a place plays told by the words right before it: the branch of a body whose
figures are cited, a body's partners, the forces that sent officers, a court's seat, a
meeting's venue, an event's site, a cause's place, where counted people had been brought,
a route's ends (:data:`LEAD_ROLES`, read by
:data:`pressfacts.statistics.place_roles.PLACE_ROLE_RULES`). A place in one of these roles is
no figure's area."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.statistics.lead_sentences import RANKING_FIELD
from pressfacts.statistics.offence_sites import OFFENCE_SITE_BEFORE
from pressfacts.statistics.period_asides import SUPPLIED_CLAUSE
from pressfacts.statistics.seat_sites import (
    DISPOSAL_SITE_BEFORE,
    HEADQUARTERS_SITE_BEFORE,
    HOSPITAL_SITE_BEFORE,
)

SOURCE_BRANCH_BEFORE = re.compile(
    r"\b(?:compiled|published|collected|gathered|provided|supplied|produced|released)\s+by\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and|of)\s+){1,6}(?:in|for)\s+(?:the\s+)?$"
)
"""A place right after the body whose figures are cited ("figures compiled by the Probation
Service in Wales", "data published by Public Health Scotland for"): that body's branch."""

PARTNERS_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?:works?|worked|working|operates?)\s+(?:on\s+behalf\s+of|with|"
    r"alongside|(?:together|in\s+partnership)\s+with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},?\s+(?:and\s+)?(?:the\s+)?){0,6}$"
)
"""A body's relative clause naming the forces it works for or with, right before a force
of it (", which works on behalf of North Yorkshire Police, … and Humberside Police", ", who
work alongside Kent Police"): the body's partners, not the scope of the figures of the
sentence (the body's own area is); not ", which works in Leeds" (the body's own place), nor
", which works on behalf of Oxfordshire County Council" (a council it serves: its area)."""

MEMBER_BODIES_BEFORE = re.compile(
    r",\s+(?:which|that|who)\s+(?:brings?\s+together|includes?|(?:is|are)\s+made\s+up\s+of|"
    r"comprises?|is\s+formed\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},?\s+(?:and\s+)?(?:the\s+)?){0,6}$"
)
"""Rule ``member-bodies``: a partnership's relative clause listing the bodies it brings
together, right before one of them (", which brings together Leicestershire County Council,
Rutland County Council, Leicestershire Police and local NHS organisations, received 3,214
concerns"): a member's seat, not the scope of the partnership's figures (its own area is);
only a council or a force named by its place (:data:`MEMBER_BODY`), not ", which includes
Leeds and Bradford" (the places it covers)."""
MEMBER_BODY = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+(?:(?:County|City|Borough|District)\s+)?"
    r"(?:Council|Police|Constabulary)\b"
)
"""A member body named by its place: "Rutland County Council", "Leicestershire Police"."""

HOST_BODY_BEFORE = re.compile(r"\bhosted\s+by\s+(?:the\s+)?$", re.I)
"""Rule ``host-body``: the council or body that hosts a team or unit, right before its place
(", which is hosted by Birmingham City Council,", "the unit, hosted by Cardiff Council"): the
host's seat, not the scope of the team's figures; not "a meeting hosted in Leeds" (no "by"),
nor "officers in Birmingham" (no host)."""
SUPPLIER_BEFORE = re.compile(SUPPLIED_CLAUSE + r"[^.;:,]{0,40}?\bby\s+(?:the\s+)?$", re.I)
"""Rule ``supplier-clause``: the body a sentence-closing relative clause says gave or paid
for the things counted before it ("…, which were given to it by Devon and Cornwall Police
last summer"): the giver, not the scope of the figures."""
COURT_SEAT_BEFORE = re.compile(
    r"\b(?:magistrates|justices|judges?|the\s+court|a\s+court|the\s+bench)\s+"
    r"(?:sitting\s+)?(?:in|at)\s+$",
    re.I,
)
"""A court right before the town it sits in ("magistrates in Derby granted an account
freezing order on £73,900", "a judge at Hull"): where the case was heard, not the scope of
its figures; not "officers in Derby" (no court)."""

EVENT_SITE_BEFORE = re.compile(
    r"\b(?:days|weeks|months)\s+(?:after|following)\s+(?:the|that|a)\s+"
    r"(?:(?![a-z-]*ed\s)[a-z-]+\s+){1,2}(?:in|at)\s+$"
)
"""A span counted from an event, right before the event's place: "weeks after the
disorder in ", "days following the flash flood at "; not "months after the scheme
launched in " (a verb: the scheme's own place)."""
MEETING_VENUE_BEFORE = re.compile(
    r"\b(?:vote|votes|meeting|meetings|met|meet|hearing|session|debate)\s+(?:held\s+)?at\s+"
    r"(?:the\s+)?(?:(?:County|Town|City|Shire|Guild)\s*[Hh]all|Civic\s+Centre|Council\s+House|"
    r"council\s+(?:chamber|offices))\s+in\s+$"
)
"""Rule ``meeting-venue``: a meeting or vote held at a civic building, right before the town
the building is in ("after a vote at County Hall in Preston on Thursday", "the panel met at
the Town Hall in Burnley"): where a panel or council sat, not the scope of the figures it
weighed (the body's own area is); not "a drop-in at the Civic Centre in Crawley drew 300
people" (no meeting: the event's place), nor "officers in Preston" (no venue)."""

LAUNCH_VENUE_BEFORE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:launched|unveiled|announced|published|"
    r"signed)\s+(?:today|yesterday|this\s+(?:morning|week)|on\s+[A-Z][a-z]+day)\s+(?:in|at)\s+$"
)
"""Rule ``launch-venue``: where a plan or report was launched on the day the release tells
of ("The strategy was launched today in Preston, after thefts … rose to 14,870"): the
launch's venue, not the scope of the figures (the issuer's area is); not "The scheme was
launched in Preston in 2023" (no day of the launch: the scheme's own place)."""

REASON_CLAUSE_BEFORE = re.compile(
    r"\d[^.;:]{0,80}?\b(?:as|because|after)\s+(?:(?:the\s+)?[a-z][\w’'-]*\s+){1,4}"
    r"(?:peaked|soared|surged|rose|grew|swelled|climbed|spiked|jumped)\s+(?:in|across|around)\s+"
    r"(?:the\s+)?$"
)
"""A place in a clause giving the cause of the figure before it ("33,904 calls as visitor
numbers peaked in Cornwall", "because crowds grew in Blackpool"): the cause's place, not
the figure's."""

OTHER_BODIES_BEFORE = re.compile(
    r"\d[^.;:]{0,80}?,\s+(?:as|while|when)\s+(?:other\s+|many\s+|most\s+)?(?:police\s+)?"
    r"(?:forces|councils|authorities|constabularies|trusts)\s+(?:across|in|throughout)\s+"
    r"(?:the\s+)?$",
    re.I,
)
"""Rule ``other-bodies-clause``: a place in a clause, after the figure and a comma, telling
what bodies of its kind did there at the time ("fallen to 171, a drop of 42%, as forces
across England and Wales used PCSO budgets …", "…, while councils in Wales cut theirs"):
the backdrop of the figure, not its area (the body's own is); not "a rise of 12% as
officers in Kent targeted dealers" (the force's own officers), nor "forces in Wales
recorded 900" (no figure before), "14,902 cases, while forces in Wales recorded 4,112"
(a figure of the clause's own: :data:`OTHER_BODIES_PLACE`)."""
OTHER_BODIES_PLACE = re.compile(r"(?=[^\d.;]*(?:[.;]|$))")
"""The place of ``other-bodies-clause`` starts a clause with no figure of its own."""


BODY_BASE_BEFORE = re.compile(
    r"\b(?:team|unit|charity|service|hub|office|centre|center|helpline|project|headquarters|"
    r"organisation|organization|control\s+room),?\s+(?:which\s+is\s+|is\s+)?"
    r"(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
"""A body's base right before its place ("The charity's Cheshire team, based in Warrington,
answered 4,870 calls", "the control room, based at Winsford"): where the body sits, not the
scope of what it counts; not "officers based in Leeds" (people work where they are based)."""


GANG_BASE_BEFORE = re.compile(
    r"\b(?:run|ran|operated|operating|organised|directed|controlled|coordinated)\s+"
    r"(?:out\s+of|from)\s+(?:(?:an?|two|three|four|several|various|their|its|his|her)\s+)?"
    r"(?:[a-z-]+\s+)?(?:addresses|address|homes?|propert(?:y|ies)|premises|flats?|houses?|"
    r"yards?|garages?|units?)\s+(?:in|at|across)\s+(?:the\s+)?$",
    re.I,
)
"""Where a gang or network was run from, right before the place ("The group was run from
addresses in Gravesend and Dartford", "operating out of a rented flat in Luton"): its base,
not the scope of the figures it is charged with (the people it brought into the UK, the
money it made); not "officers searched addresses in Luton" (no verb of running), nor "a
gang operating in Leeds sold 40kg" (the place it worked in, no premises)."""


NATIONAL_AGENT_BEFORE = re.compile(
    r"\b(?:(?:awarded|given|granted|funded|paid|backed|allocated)\s+(?:[^.;:]{0,40}?\s+)?by|"
    r"(?:paramedics|crews?|clinicians|doctors|nurses|staff|volunteers)\s+from)\s+(?:the\s+)?$"
)
"""A nation's body as the funder or the crew of what a sentence counts, right before its
name ("awarded £240,000 by the Welsh Government", "paramedics from the Welsh Ambulance
Service took 94 of them"): the giver or the helper, not the scope of the figures (the
release's own area is); not "the Scottish Government will invest £2m" (the body as subject
spends on its nation)."""

MUTUAL_AID_BEFORE = re.compile(
    r"\b(?:(?:officers|constables|PCSOs|specials|staff|reinforcements)\s+(?:came|come|coming|"
    r"were\s+(?:sent|drafted\s+in|brought\s+in|drawn\s+in))\s+from|(?:drew|drawn|drafted|"
    r"brought|called)\s+in\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
    r"[\d,]+\s+(?:officers|constables|PCSOs|specials|staff)\s+from|mutual\s+aid\s+from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4},?\s+(?:and\s+)?(?:the\s+)?){0,6}$"
)
"""The forces that sent officers to another force (mutual aid), right before a force of
them ("312 officers came from Lancashire Constabulary, … and North Wales Police", "drew in
186 officers from Dorset Police", "mutual aid from Kent Police"): where the officers came
from, not the area of the figures (the force they were sent to); not "Officers from Kent
Police arrested 12 people" (the force's own officers at work)."""


JOURNEY_ORIGIN_BEFORE = re.compile(
    r"\b(?:who|that|which)\s+(?:had\s+|ha[sv]e\s+)?(?:travell?ed|drove|driven)\s+(?:[a-z]+\s+){0,2}?"
    r"from\s+(?:the\s+)?$"
)
"""Rule ``journey-origin``: a relative clause telling where the counted people (or their
gang) travelled from, right before the place ("Three men who travelled from Essex … near
Holbeach", "poachers who drove up from London", "a gang that travelled from the Midlands"):
their journey's start, not the figure's area (the place they came to is); not "calls that
came from Essex" (what is counted there), "12 men travelled from Essex" (no relative clause)."""

ARRIVAL_CLAUSE_BEFORE = re.compile(
    r"\b(?:who|that|which)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
    r"(?:[a-z]+ly\s+)?(?:brought|trafficked|smuggled|moved|taken|flown|shipped|transported)\s+"
    r"(?:in)?to\s+(?:the\s+)?$",
    re.I,
)
"""A relative clause telling where the counted people had been brought, right before the
place ("nearly half of them were foreign nationals who had been brought to the UK by
traffickers", "12 workers who were illegally smuggled into Britain"): how they arrived, not
the scope of the figure (the release's area is); not "12 people were trafficked into the
UK" (no relative clause: the figure's own place)."""
ARRIVAL_COUNTRY = re.compile(
    r"(?:UK|United\s+Kingdom|Great\s+Britain|Britain|England|Scotland|Wales|Northern\s+"
    r"Ireland|Ireland)\b"
)
"""The countries people are brought into: a town they were brought to ("brought to Poole")
is where they were found, and stays the figure's area."""


HOME_CLAUSE_BEFORE = re.compile(
    r"\b(?:who|that)\s+(?:had\s+)?(?:lived|lives|was\s+living|had\s+been\s+living|resided|"
    r"resides)\s+(?:(?:in|at)\s+(?:a|an|the|his|her|their)\s+(?:[a-z’'-]+\s+){1,3})?(?:in|at)\s+"
    r"(?:the\s+)?$"
)
"""A relative clause telling where a person lived, right before the place ("the death of an
82-year-old woman who lived in a nursing home in Whitby", "a man who lives at a flat in
Crawley"): the person's home, not the scope of the release (its issuing body's area is);
not "people living in Kent" (no relative clause: the scope itself)."""


POSSESSIVE_HOME_BEFORE = re.compile(
    r"\b(?:at|in|outside)\s+(?:his|her|their)\s+(?:own\s+)?(?:home|house|flat|bungalow)"
    r"\s+in\s+(?:the\s+)?$"
)
"""Rule ``possessive-home``: one person's home, by a possessive, right before the place ("who
had cared for him at his home in Stockport", "visited her at her flat in Hove"): where
the person lived, not the scope of the figures told after it (the issuing body's area
is); not "at their homes in Hove" (homes: the scope of a count), "at a home in Hove", nor
"missing from his home in Harlow" (where a missing person went from: the appeal's scope)."""


def home_site(text: str, start: int) -> bool:
    """Whether the place at ``start`` is a person's home told by a relative clause
    (:data:`HOME_CLAUSE_BEFORE`, rule ``home-clause``) or by a possessive
    (:data:`POSSESSIVE_HOME_BEFORE`, rule ``possessive-home``)."""
    floor = max(0, start - 80)
    return bool(
        HOME_CLAUSE_BEFORE.search(text, floor, start)
        or POSSESSIVE_HOME_BEFORE.search(text, floor, start)
    )


COURT_AFTER = re.compile(
    r"\s+(?:(?:Crown|Youth|County|Family|Magistrates['’]?|Sheriff)\s+Courts?|"
    r"[Mm]agistrates|[Jj]ustices)\b(?![-\s]*(?:in|at)\b)"
)
"""Right after a place: the court it names ("Liverpool magistrates", "Leeds Crown Court",
"Derby Magistrates' Court")."""
APPEARANCE_BEFORE = re.compile(
    r"\b(?:appear(?:s|ed|ing)?|bailed|remanded|sent|committed)\s+(?:before|at|to)\s+$", re.I
)
"""Right before the place: a defendant's appearance at that court ("will appear before",
"bailed to", "remanded to"); not "waiting to be heard at" (the court's own caseload)."""


def court_appearance(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` names the court a defendant appears at
    (role ``court-appearance``: :data:`APPEARANCE_BEFORE`, then :data:`COURT_AFTER`)."""
    return bool(
        COURT_AFTER.match(text, end) and APPEARANCE_BEFORE.search(text, max(0, start - 40), start)
    )


EXTENSION_TARGET_BEFORE = re.compile(
    r"\b(?:(?:will|would|could|can|may|to|being)\s+(?:then\s+|later\s+)?(?:be\s+)?"
    r"(?:extended|rolled\s+out|expanded)|(?:to|will|would|could|can|may)\s+(?:extend|expand|"
    r"roll)(?:\s+(?:it|them|this|the\s+(?:[a-z-]+\s+){0,2}[a-z-]+))?(?:\s+out)?)\s+"
    r"(?:in)?to\s+(?:the\s+)?$"
)
"""Where a scheme or service is still to be taken, right before the place ("would put
£450,000 into the scheme so that it can be extended to Bolton and Wigan", "to roll it out to
Thurrock", "will be expanded into Cumbria"): its next places, not the scope of the figures
(the body's own area is); not "the operation was extended to Bolton" (done: its place)."""
EXTENSION_PLACE = re.compile(r"(?![\w’' -]*,\s+where\b)")
"""Such a place with no ", where" clause of its own: "would extend it to Wolverhampton,
where admissions have risen by a quarter" states the place's own figures."""


SPEAKER_BEFORE = re.compile(r"\b[A-Z][\w’'-]*,\s+(?:the\s+)?$")
"""A speaker's name and a comma right before a force ("Superintendent Niall Doherty, the
"): the opening of the speaker's description."""
SPEAKER_EMPLOYER = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?\s+(?:[a-z-]+\s+){0,3}(?:commander|lead|"
    r"head|chief|officer|manager|director|inspector|superintendent|spokes(?:person|man|woman)|"
    r"sergeant|constable),\s+(?:has\s+|had\s+)?(?:said|says|"
    r"told|tells|added|explained|warned|stressed)\b"
)
"""Rule ``speaker-employer``: a territorial force in the possessive that closes a speaker's
description before a verb of saying or telling ("Superintendent Niall Doherty, the PSNI's
district commander, told members that more than half …", "Inspector Jo Bell, Kent Police's
district commander, said one in eight …"): the force the speaker works for, not the scope
of the figures reported (the sentence before them sets it). Not "Kent Police's figures
show …" (no speaker), "Jo Bell, of Kent Police, said" (no possessive title), nor "Kent
Police's schools officer for Dover, said" (a portfolio's place follows: the force then
stands for the area beside it)."""
RANKED_SPEAKER_BEFORE = re.compile(r"(?:^|[\n.!?][\"”’]?\s*)$")
RANKED_SPEAKER_EMPLOYER = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?\s+(?:(?:Detective|Chief|Assistant|Deputy|"
    r"Temporary|Acting)\s+){0,3}(?:Inspector|Sergeant|Superintendent|Constable|Commander)\s+"
    r"(?:[A-Z][\w’'-]+\s+){1,3}(?:has\s+|had\s+)?(?:said|says|told|tells|added|explained)\b"
    r"(?!\s+(?:that\s+)?(?:the\s+(?:force|constabulary)|it)\s)"
)
"""Rule ``ranked-speaker-employer``: a territorial force in the possessive opening a
sentence right before a speaker's rank and name and a verb of saying ("Leicestershire
Police's Detective Inspector Tom Hallam said officers had carried out 31 disruption
operations linked to the hub"): the force the speaker works for, not the scope of the
figures reported (the release's area is: a council's hub, a charity's service). Not
"Leicestershire Police's figures show …" (no rank), "Leicestershire Police said …" (no
speaker), "Leicestershire Police's Detective Inspector Tom Hallam said the force had trained
400 officers" (the force's own deed: its area), nor "Officers from Leicestershire Police's
Detective Inspector …" (no opening)."""
_ROUTE_NOUN = r"\b(?:route|routes|service|services|line|lines|corridor)\s+"
_ROUTE_END = (
    r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|city\s+centre|town\s+centre|"
    r"(?:of|upon)\s+(?:the\s+)?[A-Z][\w’'-]*))*"
)
"""A place at an end of a route or spread: capitalised words, "city centre", and "of" or
"upon" inside a name ("the Isles of Scilly", "Newcastle upon Tyne")."""
ROUTE_ENDS_BEFORE = re.compile(
    _ROUTE_NOUN + r"(?:(?:that|which)\s+runs?\s+|running\s+|runs?\s+)?(?:between\s+(?:the\s+)?"
    rf"(?:{_ROUTE_END}\s+and\s+(?:the\s+)?)?|from\s+(?:the\s+)?{_ROUTE_END}\s+to\s+(?:the\s+)?)$"
)
"""The ends of a bus, tram or train route, right before a place of them ("The number 50 route
between Birmingham city centre and Druids Heath saw 97 reports", "the 36 service from Leeds
to Harrogate"): where the route runs, not the scope of its figures (the release's area is,
as for a road); not "incidents between Leeds and Bradford" (no route), nor "services in
Leeds" (the place the services are in)."""
ROUTE_FROM_BEFORE = re.compile(
    _ROUTE_NOUN + r"(?:(?:that|which)\s+runs?\s+|running\s+)?from\s+(?:the\s+)?$"
)
ROUTE_FROM_PLACE = re.compile(rf"{_ROUTE_END}\s+to\s+(?:the\s+)?[A-Z]")
"""The first end of a route "from" one place "to" another: "the 36 service from Leeds to
Harrogate"; not "calls to the 101 line from Newport were abandoned", "referrals to its
service from the North West" (where the calls came from: their area)."""

_SPREAD_NOUN = (
    r"\b(?:venues|schools|theatres|halls|towns|villages|communities|places|locations|"
    r"colleges|sites|libraries|clubs|services|projects|branches|shops|offices|bases|stations|"
    r"everywhere|anywhere)\s+"
    r"(?:(?:across|throughout|around|all\s+over)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+,?\s+)?"
    r"(?:(?:right|all\s+the\s+way)\s+)?from\s+(?:the\s+)?"
)
"""The venues or places of a spread, then "from" (rule ``spread-ends``); the breadth they
cover may come between (rule ``spread-across``: "120 services across the country, from
Shetland to the Borders", "branches throughout the county, from Penrith to Barrow")."""
SPREAD_ENDS_BEFORE = re.compile(_SPREAD_NOUN + rf"{_ROUTE_END}\s+to\s+(?:the\s+)?$")
"""Rule ``spread-ends``: the far end of a spread of venues or places "from" one place "to"
another, right before it ("in theatres and school halls from Basingstoke to Newport",
"villages from Alston to Appleby"): how widely an event was held, not the scope of its
figures (the issuer's area is); not "drove from Leeds to York" (no venues), nor "calls to
the 101 line from Newport" (no far end)."""
SPREAD_START_BEFORE = re.compile(_SPREAD_NOUN + "$")
"""Rule ``spread-start``: the first end of such a spread, one only when its far end follows
(:data:`ROUTE_FROM_PLACE`: "schools from Penzance to"); not "pupils at schools from
Penzance" (no far end: where they came from)."""

_DRUG_LINE = (
    r"\b(?:county|drugs?|deal(?:ing|er))\s+lines?\s+(?:(?:that|which)\s+(?:had\s+)?)?"
    r"(?:ran|runs?|running|operated|operating|supplied|supplying|moved|moving|took|taking|"
    r"brought|bringing|sent|sending|trafficked|trafficking)\s+(?:(?:class\s+a\s+)?(?:drugs|heroin|"
    r"cocaine|crack(?:\s+cocaine)?)(?:\s+and\s+(?:crack\s+)?cocaine)?\s+)?from\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|inner|outer|[a-z]+-(?:east|west))\s+)?"
)
DRUG_LINE_ENDS_BEFORE = re.compile(
    _DRUG_LINE + rf"{_ROUTE_END}\s+(?:in)?to\s+(?:the\s+)?(?:(?:north|south|east|west|"
    r"central)\s+)?$",
    re.I,
)
"""Rule ``drug-line-ends``: the ends of a county (drugs) line that ran drugs "from" one place
"to" another, right before a place of them ("A county line that ran drugs from south London
to Hastings has been shut down", "the drugs line running from Liverpool into Barrow"): where
the line ran, not the scope of the figures of the release (the force's area is, as for a
route); not "county lines in Hastings" (the place they work in), nor "officers from
Merseyside arrested 12 people" (no line), nor "a county line from Liverpool sold 400 wraps"
(no far end: :data:`DRUG_LINE_FROM_PLACE`)."""
DRUG_LINE_FROM_PLACE = re.compile(
    rf"(?:(?:north|south|east|west|central)\s+)?{_ROUTE_END}\s+(?:in)?to\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?[A-Z]"
)
"""Rule ``drug-line-start``: the first end of such a line is one only when its far end
follows ("from Leeds to")."""
DRUG_LINE_START_BEFORE = re.compile(_DRUG_LINE + "$", re.I)

PARLIAMENT_BEFORE = re.compile(
    r"\b(?:MPs|ministers|peers|[Pp]arliament(?:arians)?|the\s+Commons|lobby(?:ing)?|lobbied)"
    r"\b[^.;:\n]{0,30}?\b(?:at|in)\s+$"
)
PARLIAMENT_PLACE = re.compile(r"Westminster\b")
"""Rule ``parliament-seat``: Westminster after MPs, ministers or lobbying ("will present the
findings to MPs at Westminster", "lobbying ministers in Westminster"): the seat of Parliament,
not the scope of the figures of its sentence (the issuer's area is); not "officers in
Westminster made 40 arrests" (the London borough, with no MPs before it)."""


_SAMPLE = r",\s+from\s+(?:an?|one)\s+(?:[\w’'-]+\s+){1,4}?(?:in|at)\s+"
EXAMPLE_RANGE_START = re.compile(_SAMPLE + "$")
EXAMPLE_RANGE_END = re.compile(
    _SAMPLE + r"(?:[A-Z][\w’'-]*\s+){1,3}to\s+(?:an?|one)\s+(?:[\w’'-]+\s+){1,4}?(?:in|at)\s+$"
)
EXAMPLE_RANGE_PLACE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+to\s+(?:an?|one)\s")
"""Rules ``example-range-start``/``-end``: the two ends of an appositive range of examples
(", from a bakery in Walsall to an engineering firm in Telford,"): samples of the things
counted, not the figure's area; not "moved from a flat in Leeds to …" (no comma before)."""
LOCATOR_NEAR_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+,\s+(?:just\s+)?(?:near|outside|close\s+to)\s+$"
)
"""A named place, then the larger place it lies near, after a comma ("Great Bedwyn, near ",
"Downton, just outside "): a locator of the place before it, not the figures' area (role
``locator-near``); not "on a farm near " (the site rule's), "on the A338, near " (a road)."""


@dataclass(frozen=True)
class LeadRole:
    """A named role told by ``before`` matching up to a place, within ``reach`` characters;
    ``forces_only``: only a territorial force's name takes the role; ``place``: when set,
    the place's own words must match it."""

    name: str
    before: re.Pattern[str]
    reach: int
    forces_only: bool = False
    place: re.Pattern[str] | None = None
    rule: str | None = None
    """Only for places found by this place rule ("national-branch": a nation's body)."""
    site: bool = False
    """The place is no lead's scope either (read by
    :func:`pressfacts.statistics.place_roles.lead_site`): a court's, a hospital's seat."""

    def applies(self, text: str, start: int, rule: str) -> bool:
        """Whether the place starting at ``start`` (found by place rule ``rule``) plays it."""
        if self.forces_only and rule != "territorial-force":
            return False
        if self.rule is not None and rule != self.rule:
            return False
        if self.place is not None and not self.place.match(text, start):
            return False
        return bool(self.before.search(text, max(0, start - self.reach), start))


RESIDENCE_BEFORE = re.compile(
    r"(?:[A-Z][\w’'-]*,\s+(?:aged\s+)?\d{1,3},|\b\d{1,3},\s+(?:both|all|each))\s+(?:of|from)\s+"
    r"(?:the\s+)?$"
)
"""A person's name and age, then where they live: "Kyle Dawson, 31, of ", "Amy Hill, aged
24, from "; several people named with their ages, then their shared home ("Kyle Dawson,
29, and Amy Hill, 31, both of ", "…, 24, all from "): role ``residence`` of
:mod:`.place_roles`. Not "both of the towns" after no age ("arrests in both of ")."""


def resides(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where people just named with their ages live."""
    return bool(RESIDENCE_BEFORE.search(text, max(0, start - 40), start))


LEAD_ROLES: dict[str, LeadRole] = {
    role.name: role
    for role in (
        LeadRole("source-branch", SOURCE_BRANCH_BEFORE, 90),
        LeadRole("partners", PARTNERS_BEFORE, 160, forces_only=True),
        LeadRole("host-body", HOST_BODY_BEFORE, 20),
        LeadRole("supplier-clause", SUPPLIER_BEFORE, 160),
        LeadRole("member-bodies", MEMBER_BODIES_BEFORE, 200, place=MEMBER_BODY),
        LeadRole("mutual-aid", MUTUAL_AID_BEFORE, 200, forces_only=True),
        LeadRole("court-seat", COURT_SEAT_BEFORE, 40, site=True),
        LeadRole("hospital-site", HOSPITAL_SITE_BEFORE, 40, site=True),
        LeadRole("headquarters-site", HEADQUARTERS_SITE_BEFORE, 40, site=True),
        LeadRole("offence-site", OFFENCE_SITE_BEFORE, 90, site=True),
        LeadRole("meeting-venue", MEETING_VENUE_BEFORE, 90, site=True),
        LeadRole("launch-venue", LAUNCH_VENUE_BEFORE, 90, site=True),
        LeadRole("disposal-site", DISPOSAL_SITE_BEFORE, 120, site=True),  # lead only
        LeadRole("event-site", EVENT_SITE_BEFORE, 70),
        LeadRole("reason-clause", REASON_CLAUSE_BEFORE, 120),
        LeadRole("other-bodies-clause", OTHER_BODIES_BEFORE, 120, place=OTHER_BODIES_PLACE),
        LeadRole("body-base", BODY_BASE_BEFORE, 70),
        LeadRole("gang-base", GANG_BASE_BEFORE, 90),
        LeadRole("arrival-clause", ARRIVAL_CLAUSE_BEFORE, 80, place=ARRIVAL_COUNTRY),
        LeadRole("journey-origin", JOURNEY_ORIGIN_BEFORE, 60),
        LeadRole("national-agent", NATIONAL_AGENT_BEFORE, 70, rule="national-branch"),
        LeadRole("ranking-field", RANKING_FIELD, 80),
        LeadRole("extension-target", EXTENSION_TARGET_BEFORE, 90, place=EXTENSION_PLACE),
        LeadRole("speaker-employer", SPEAKER_BEFORE, 40, forces_only=True, place=SPEAKER_EMPLOYER),
        LeadRole(
            "ranked-speaker-employer",
            RANKED_SPEAKER_BEFORE,
            4,
            forces_only=True,
            place=RANKED_SPEAKER_EMPLOYER,
        ),
        LeadRole("route-ends", ROUTE_ENDS_BEFORE, 160),
        LeadRole("route-start", ROUTE_FROM_BEFORE, 40, place=ROUTE_FROM_PLACE),
        LeadRole("parliament-seat", PARLIAMENT_BEFORE, 70, place=PARLIAMENT_PLACE, site=True),
        LeadRole("spread-ends", SPREAD_ENDS_BEFORE, 140),
        LeadRole("spread-start", SPREAD_START_BEFORE, 60, place=ROUTE_FROM_PLACE),
        LeadRole("example-range-start", EXAMPLE_RANGE_START, 70, place=EXAMPLE_RANGE_PLACE),
        LeadRole("example-range-end", EXAMPLE_RANGE_END, 160),
        LeadRole("drug-line-ends", DRUG_LINE_ENDS_BEFORE, 200),
        LeadRole("drug-line-start", DRUG_LINE_START_BEFORE, 120, place=DRUG_LINE_FROM_PLACE),
        LeadRole("locator-near", LOCATOR_NEAR_BEFORE, 60),
    )
}
"""The roles told by the words before a place, by name."""
