"""National bodies, the country each speaks for, and when a sentence cites one.

A national body has no territory of its own: its figures cover the country of its remit
(:data:`NATIONAL_SCOPES`). That country is a release's area when nothing territorial
fixes one, and a figure's area when its sentence cites a national charity as the source
of what it states ("The NSPCC says one in five children …", "Victim Support's chief
executive said: 'Half of …'"), though the release is a force's: the charity's figure is
about the country, not the force's area.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pressfacts.statistics.partner_cues import partnered

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Body, Place


@dataclass(frozen=True)
class NationalScope:
    """A national body with no territory of its own, and the country its figures cover
    when the release names no place (the body's id in the gazetteer)."""

    name: str
    area: str
    cited: bool = True
    """Whether a sentence citing the body as its source takes its country
    (:func:`cited_source`); False for a service whose own releases speak for its country
    but whose figures a joint release of several bodies states for theirs."""
    local_cases: bool = False
    """Whether the body's releases report local cases, whose lead names their place before
    its opening noun ("A Walsall loan shark has been jailed …"): that place, not the
    country, is then the release's area (rule ``local-case-lead``, :func:`release_nation`)."""


NATIONAL_SCOPES: tuple[NationalScope, ...] = (
    NationalScope("force:national-crime-agency", "UK"),
    NationalScope("force:child-exploitation-and-online-protection-command", "UK"),
    NationalScope("force:national-economic-crime-centre", "UK"),
    NationalScope("force:national-ballistics-intelligence-service", "UK"),
    NationalScope("force:british-transport-police", "Great Britain"),
    NationalScope("charity:nspcc", "UK"),
    NationalScope("charity:childline", "UK"),
    NationalScope("charity:victim-support", "England and Wales"),
    NationalScope("charity:mind", "England and Wales"),
    NationalScope("charity:unseen-uk", "UK"),
    NationalScope("charity:unseen", "UK"),
    NationalScope("charity:modern-slavery-exploitation-helpline", "UK"),
    NationalScope("org:independent-office-for-police-conduct", "England and Wales"),
    # rule ``prosecutor-remit``: the CPS prosecutes in England and Wales; its releases of a
    # local case name the case's place first ("A Walsall man …")
    NationalScope("org:crown-prosecution-service", "England and Wales", local_cases=True),
    NationalScope("org:hm-inspectorate-of-prisons", "England and Wales"),
    NationalScope("charity:prison-advice-and-care-trust", "England and Wales"),
    NationalScope("charity:dogs-trust", "UK"),
    NationalScope(
        "charity:royal-society-for-the-prevention-of-cruelty-to-animals", "England and Wales"
    ),
    NationalScope("charity:scottish-spca", "Scotland"),
    NationalScope("charity:stop-hate-uk", "UK"),
    NationalScope("charity:hourglass", "UK"),
    NationalScope("charity:stop-hate-line", "UK"),
    NationalScope("org:british-retail-consortium", "UK"),
    NationalScope("org:usdaw", "UK"),
    NationalScope("charity:royal-national-lifeboat-institution", "UK and Ireland"),
    NationalScope("charity:royal-life-saving-society-uk", "UK"),
    NationalScope("charity:war-memorials-trust", "UK"),
    NationalScope("org:forced-marriage-unit", "UK"),
    NationalScope("org:information-commissioners-office", "UK"),
    NationalScope("charity:fire-fighters-charity", "UK"),
    NationalScope("org:national-fire-chiefs-council", "UK"),
    NationalScope("charity:drinkaware", "UK"),
    NationalScope("charity:rnid", "UK"),
    NationalScope("org:nhs-england", "England"),
    NationalScope("org:nhs-scotland", "Scotland"),
    NationalScope("org:nhs-wales", "Wales"),
    NationalScope("charity:missing-people", "UK"),
    NationalScope("charity:brake", "UK"),
    NationalScope("org:uk-finance", "UK"),
    NationalScope("org:cifas", "UK"),
    NationalScope("org:financial-conduct-authority", "UK"),
    NationalScope("org:scotrail", "Scotland"),
    NationalScope("charity:iam-roadsmart", "UK"),
    NationalScope("org:thatcham-research", "UK"),
    NationalScope("charity:cycling-uk", "UK"),
    NationalScope("charity:which", "UK"),
    NationalScope("charity:karma-nirvana", "UK"),
    # rule ``charity-regulator-remits``: the regulators of charities and their fundraising
    NationalScope("org:fundraising-regulator", "England, Wales and Northern Ireland"),
    NationalScope("org:scottish-charity-regulator", "Scotland"),
    NationalScope("org:charity-commission-for-northern-ireland", "Northern Ireland"),
    # rule ``helpline-release-scope``: a release of the helpline is England's; a sentence
    # citing it in a release of several bodies keeps the release's area
    NationalScope("charity:national-domestic-abuse-helpline", "England", cited=False),
    NationalScope("charity:police-now", "England and Wales"),
    NationalScope("charity:rape-crisis-england-and-wales", "England and Wales"),
    NationalScope("charity:inquest", "England and Wales"),
    NationalScope("charity:retail-trust", "UK"),
    NationalScope("org:swim-england", "England"),
    NationalScope("org:england-athletics", "England"),
    NationalScope("org:england-netball", "England"),
    NationalScope("org:england-hockey", "England"),
    NationalScope("org:rugby-football-union", "England"),
    NationalScope("org:sport-england", "England"),
    NationalScope("org:historic-england", "England"),
    NationalScope("org:british-gymnastics", "UK"),
    NationalScope("org:swim-wales", "Wales"),
    NationalScope("org:sport-wales", "Wales"),
    NationalScope("org:scottish-swimming", "Scotland"),
    # rule ``money-lending-teams``: the trading standards teams against loan sharks, one a nation
    NationalScope("org:england-illegal-money-lending-team", "England", local_cases=True),
    NationalScope("org:wales-illegal-money-lending-unit", "Wales", local_cases=True),
    NationalScope("org:scottish-illegal-money-lending-unit", "Scotland", local_cases=True),
    # rule ``regional-unit-remits``: a regional organised crime unit whose name has no place
    NationalScope("force:eastern-region-special-operations-unit", "East of England"),
    # rule ``anti-slavery-commissioner-remit``: the commissioner's remit is the whole UK
    NationalScope("org:independent-anti-slavery-commissioner", "UK"),
    # rule ``national-police-unit-remits``: national police units with no territory of a force
    NationalScope("force:national-wildlife-crime-unit", "UK"),
)
"""National bodies by their statutory or stated remit (the NCA and its commands: the UK;
British Transport Police: the railways of Great Britain; the NSPCC and its Childline: the
UK; Victim Support: England and Wales, its Scottish and Northern Irish namesakes being
separate charities; Mind, the mental health charity for England and Wales (Mind Cymru is its
Welsh branch, the Scottish SAMH a charity of its own); Unseen, named "Unseen" in running
text and "Unseen UK" in the gazetteer, and the UK-wide Modern Slavery & Exploitation
Helpline it runs: the UK; the Independent Office for Police Conduct, which oversees the
forces of England and Wales; HM Inspectorate of Prisons, which inspects the prisons of
England and Wales, and the Prison Advice and Care Trust (Pact), which works in the prisons
of England and Wales; the animal welfare charities by their remit: Dogs Trust's rehoming
centres across the UK (Dogs Trust Ireland is a separate charity), the RSPCA in England and
Wales, the Scottish SPCA in Scotland; Stop Hate UK and the Stop Hate Line it runs for
victims of hate crime: the UK; the British Retail Consortium, the trade body of UK retailers
whose annual crime survey covers its members across the UK, and Usdaw, the shop workers'
union of the UK; the water safety charities: the RNLI, whose lifeboats and lifeguards cover
the coasts of the UK and Ireland, and the Royal Life Saving Society UK, of the UK; War
Memorials Trust, the charity for the war memorials of the whole UK; the Forced Marriage
Unit, the joint Foreign Office and Home Office unit whose casework covers the UK and British
nationals abroad: the UK; the Information Commissioner's Office, the data protection
regulator of the whole UK: the UK; the Fire Fighters Charity, which supports the fire and
rescue services community of the whole UK, and the National Fire Chiefs Council, the body of
the UK's fire and rescue services: the UK; Drinkaware, the alcohol charity whose campaigns,
surveys and Drinkaware Crew cover the whole UK: the UK; RNID, the charity for deaf people
and people with hearing loss across the UK: the UK; the National Ballistics Intelligence
Service, which tests and traces the recovered firearms and ballistic material of every force
of the UK: the UK; NHS England, NHS Scotland and NHS Wales, each its nation's health service
(a health board named for a place, "NHS Highland", is territorial: ``named_bodies``); the
UK-wide charities Missing People (its helpline and the missing children it counts across the
UK) and Brake (the road safety charity for the UK): the UK; the fraud and finance bodies of
the whole UK: UK Finance (the trade body of UK banking, whose Banking Protocol and fraud
figures cover its members across the UK), Cifas (the UK's fraud prevention service) and the
Financial Conduct Authority (the regulator of UK financial services): the UK; ScotRail, the
train operator of Scotland's national rail network, whose figures (assaults on its staff,
its services) cover Scotland; IAM RoadSmart and Cycling UK (road safety and cycling
charities of the UK), Thatcham Research (the motor insurers' research centre, testing the
cars sold in the UK), Which? (the UK's consumer body) and Karma Nirvana (the UK's
honour-based abuse helpline): the UK; the charity regulators by their remit (rule
``charity-regulator-remits``): the Fundraising Regulator, the independent regulator of
charitable fundraising in England, Wales and Northern Ireland (its complaints figures cover
them), the Scottish Charity Regulator (OSCR): Scotland, and the Charity Commission for
Northern Ireland: Northern Ireland; Police Now (which trains graduate officers for the
forces of England and Wales) and Rape Crisis England and Wales (its name): England and
Wales; Inquest, the charity on deaths in state care and police custody in England and
Wales: England and Wales; the Retail Trust, the charity for the people who work in retail
across the UK (its helpline and counselling open to retail staff of the whole UK): the UK;
the sports governing bodies and sports councils of one nation by their remit (rule
``sport-governing-bodies``): Swim England, England Athletics, England Netball, England
Hockey, the Rugby Football Union and Sport England: England; Swim Wales and Sport Wales:
Wales; Scottish Swimming: Scotland; British Gymnastics, the governing body of the whole UK:
the UK; Historic England, the public body for the historic environment of England (its heritage
crime figures, listed buildings and scheduled monuments are England's): England; the
illegal money lending teams (rule ``money-lending-teams``), trading standards teams each
of one nation: the England Illegal Money Lending Team: England; the Wales Illegal Money Lending
Unit: Wales; the Scottish Illegal Money Lending Unit: Scotland; the regional organised crime
units whose name holds no place (rule ``regional-unit-remits``): the Eastern Region Special
Operations Unit (ERSOU), the unit of the forces of the East of England: the East of England
(a unit named for its region, "North West Regional Organised Crime Unit", speaks for the
place its name opens on: ``named_bodies``); the Independent Anti-Slavery Commissioner (rule
``anti-slavery-commissioner-remit``), whose statutory remit and reports cover the whole UK:
the UK; the National Wildlife Crime Unit (rule ``national-police-unit-remits``), the
police unit that gathers wildlife crime intelligence and supports the investigations of every
force of the UK (hosted by Police Scotland, whose area it does not take): the UK. Left out: the
Internet Watch
Foundation, whose webpages are found on servers the world over (the founding devset's gold leaves
them without an area);
Crimestoppers and Barnardo's, whose local figures releases cite ("calls about the case",
"our service in Hull"); the Suzy Lamplugh Trust, whose "nationally" a gold reads as England
and Wales; the Lucy Faithfull Foundation, whose funded hours a gold leaves without an area).
Used last, when no territorial body or place fixes a release's area, and for a figure whose
sentence cites a national charity as its source."""
NATIONAL_AREAS = {scope.name: scope.area for scope in NATIONAL_SCOPES}
"""The country of each national body, by its id."""
_LOCAL_CASES = frozenset(scope.name for scope in NATIONAL_SCOPES if scope.local_cases)
"""The national bodies whose releases report local cases (:attr:`NationalScope.local_cases`)."""
_NOT_CITED = frozenset(scope.name for scope in NATIONAL_SCOPES if not scope.cited)
"""The national bodies a sentence cites without taking their country."""
SOURCE_VERBS: tuple[str, ...] = (
    "says",
    "said",
    "estimates",
    "estimated",
    "reports",
    "reported",
    "revealed",
    "found",
    "warns",
    "warned",
    # a national service counting its own work: "Childline delivered 2,000 sessions"
    "delivered",
    "answered",
    "received",
    "handled",
)
"""Verbs by which a body is the source of what its sentence states (or, for its own
work, the one who did it: its counts cover its remit, not the release's area)."""
_VERBS = "|".join(SOURCE_VERBS)
SOURCE_ASIDE = r",\s+(?:which|who)\s+[^.;:,\n]{1,80},\s+"
"""Rule ``source-aside``: a relative clause between the body and its verb ("Inquest, which
supported the family, said …", "Mind, which ran the survey, found …")."""
_AFTER = re.compile(
    rf"(?:\s*(?:['’]s\s+[^.;:\n]{{0,80}}?\s)?|{SOURCE_ASIDE})(?:{_VERBS})\b"
    rf"|\s+(?:has|have)\s+(?:{_VERBS})\b",
    re.I,
)
CITED_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:figures|data|statistics)\s+(?:published\s+|released\s+)?"
    r"(?:from|by))\s+(?:the\s+)?$",
    re.I,
)
"""Words that cite the body after them as the source of what its sentence states ("…,
according to the NSPCC", "figures from West Midlands Police show …"): a charity so cited
speaks for its remit (:func:`cited_source`); a force so cited yields to a place its clause
names (:func:`~pressfacts.statistics.closing_bodies.cited_body`)."""


def cited_source(text: str, body: Body) -> bool:
    """The charity named at ``[start, end)`` is cited as the source of its sentence:
    "The NSPCC says …", "… Childline has revealed", "according to the NSPCC", "figures
    from the NSPCC show", "Victim
    Support's chief executive, Jo Bell, said: …". Only charities: a national police
    body in a joint operation states the operation's local figures; not a body whose scope
    is not ``cited`` (:class:`NationalScope`)."""
    if body.label != "CHARITY" or body.id in _NOT_CITED:
        return False
    start, end = body.start, body.end
    before = CITED_BEFORE.search(text, max(0, start - 40), start)
    return bool(before or _AFTER.match(text, end, end + 100))


NATIONAL_LEAD = re.compile(
    r",\s+(?:(?:which\s+is|as)\s+)?the\s+(?:UK['’]s\s+|country['’]s\s+)?national\s+lead\s+"
    r"(?:force|police\s+force|body|agency)\b",
    re.I,
)
"""A territorial force described right after its name as the country's lead for a crime
("City of London Police, the national lead force for fraud, …"): its release speaks for
the country it leads in, not for its own area."""


NATIONAL_LEAD_ANAPHOR = re.compile(
    r"\bthe\s+force,?\s+(?:which\s+is\s+|as\s+|is\s+)the\s+(?:UK['’]s\s+|country['’]s\s+)?"
    r"national\s+lead\s+(?:force|police\s+force)\b",
    re.I,
)
"""The national lead described through "the force" (rule ``national-lead-anaphor``): "The
figures, published by the force as the national lead force for fraud, …": the force the
release named first is the national lead; not "the force's national lead for fraud" (a
person's portfolio), "a national lead force" (no "the force" before it)."""


NATIONAL_SERVICE_RUNNER = re.compile(
    r"\bthe\s+(?:UK['’]s\s+|country['’]s\s+)?national\s+(?:[\w-]+,?\s+){1,7}?"
    r"(?:run|operated|hosted|managed)\s+by\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``national-service-runner`` (written by held-out 281 and 283 at once, merged into
this one): a force named as the one running, operating, hosting or managing a national
service ("Action Fraud, the national reporting centre for fraud and cybercrime run by the
City of London Police", "the National Fraud Intelligence Bureau, which is operated by the
City of London Police"): its release speaks for the service's country, as a national lead
force's does; not a local service it runs ("the fraud desk run by Kent Police"), nor "a
national …" (no "the")."""


def leads_nationally(text: str, end: int, start: int | None = None) -> bool:
    """Whether the body named up to ``end`` is described as a national lead force, or
    (given its ``start``) as the runner of a national service
    (:data:`NATIONAL_SERVICE_RUNNER`)."""
    if NATIONAL_LEAD.match(text, end, end + 80) is not None:
        return True
    return start is not None and bool(
        NATIONAL_SERVICE_RUNNER.search(text, max(0, start - 120), start)
    )


def _anaphoric_lead(text: str, places: list[Place]) -> str | None:
    """The area of the territorial force named first before "the force …, the national
    lead force" (:data:`NATIONAL_LEAD_ANAPHOR`, rule ``national-lead-anaphor``), else None."""
    described = NATIONAL_LEAD_ANAPHOR.search(text)
    if described is None:
        return None
    forces = [p for p in places if p.rule == "territorial-force" and p.end <= described.start()]
    return forces[0].area if forces else None


def national_leads(
    text: str, places: list[Place], stated_country: Callable[[str, list[Place]], str | None]
) -> list[Place]:
    """``places`` with each mention of a force described as the national lead force
    (:func:`leads_nationally`) standing for the country of several nations the text
    names first (``stated_country``: "across England, Wales and Northern Ireland"), not
    for its own area (rule ``national-lead``; also a force running a national service,
    rule ``national-service-runner``; also a force described later as "the force
    …, the national lead force", rule ``national-lead-anaphor``); unchanged when the text
    names none."""
    leads = {
        p.area
        for p in places
        if p.rule == "territorial-force" and leads_nationally(text, p.end, p.start)
    }
    anaphoric = _anaphoric_lead(text, places)
    if anaphoric is not None:
        leads.add(anaphoric)
    country = stated_country(text, places) if leads else None
    if country is None:
        return places
    return [
        replace(p, area=country)
        if p.area in leads
        and (
            p.rule == "territorial-force"
            or (p.rule == "place" and _FORCE_WORDS.match(text, p.start))
        )
        else p
        for p in places
    ]


_FORCE_WORDS = re.compile(r"(?:the\s+)?force\b", re.I)
"""A place that is the force's own words ("by the force", "force-wide", "the force area":
:data:`.place_phrases.FORCE_AREA`): for a national lead force, its country too."""


STAFF_ASIDE = re.compile(
    r",\s+an?\s+(?!spokes)(?:[a-z-]+\s+){1,3}(?:with|at|from)\s+(?:the\s+)?$", re.I
)
"""Before a charity that a speaker's appositive names as where one of its staff works
(guard ``charity-staff-aside`` of rule ``lead-unplaced-charity``): "said Jo Reid, a youth
worker with the Ashdown Trust", ", a volunteer at the Ashdown Trust": the speaker is one of
the charity's staff, who speaks for a partner of the release's issuer, not the issuer; not
", chief executive of the Ashdown Trust" (its head speaks for it), ", a spokeswoman for …"."""
_STAFF_REACH = 60
"""How far before a charity :data:`STAFF_ASIDE` reads."""


def unplaced_charity_leads(
    text: str,
    bodies: Sequence[Body],
    first_sentence: tuple[int, int],
    territorial: Sequence[Place],
) -> bool:
    """Whether the lead sentence names a charity of no known area (not a national body of
    :data:`NATIONAL_SCOPES`, not a territorial branch, not a staff member's workplace:
    :data:`STAFF_ASIDE`): the release speaks for it, and a
    force named only later is a partner or a source, not its area ("The Ashdown Trust
    says its helpline took 4,870 calls …" then "The Metropolitan Police said …")."""
    placed = {p.start for p in territorial}
    return any(
        b.label == "CHARITY"
        and b.id not in NATIONAL_AREAS
        and b.start not in placed
        and first_sentence[0] <= b.start < first_sentence[1]
        and not STAFF_ASIDE.search(text, max(0, b.start - _STAFF_REACH), b.start)
        for b in bodies
    )


def national_before_partner(text: str, bodies: Sequence[Body], first: Place) -> str | None:
    """The country of a national body (:data:`NATIONAL_SCOPES`) named before ``first``, the
    release's first territorial body, when that body is named as a partner (rule
    ``national-before-partner``: "prosecuted by the England Illegal Money Lending Team after a
    joint investigation with West Midlands Police": the release speaks for the team); None
    when the force leads ("West Midlands Police, working with the NCA, …") or is no partner,
    or the body is no force ("commissioned by NHS England and the Office of the Police and
    Crime Commissioner for Kent": the commissioner's Kent)."""
    if first.rule != "territorial-force" or not partnered(text, first):
        return None
    return next(
        (NATIONAL_AREAS[b.id] for b in bodies if b.id in NATIONAL_AREAS and b.start < first.start),
        None,
    )


def release_nation(
    bodies: Sequence[Body], by_lead: tuple[str | None, str | None]
) -> tuple[str | None, str | None]:
    """(area, rule) of a release that names no territorial body: the country of the first
    national body named (``national-body``), else ``by_lead``, the place before the lead's
    opening noun ("A Walsall man …"), which also beats a national body whose releases report
    local cases (rule ``local-case-lead``: "A Walsall loan shark has been jailed" in a release
    of the England Illegal Money Lending Team is Walsall's)."""
    national = next((b.id for b in bodies if b.id in NATIONAL_AREAS), None)
    if national is None or (national in _LOCAL_CASES and by_lead[0]):
        return by_lead
    return NATIONAL_AREAS[national], "national-body"
