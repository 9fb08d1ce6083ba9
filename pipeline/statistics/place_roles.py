"""Places named in a role other than where a sentence's figures are.

A place or territorial body in a figure's sentence is usually the figure's area. These
rules, each named in :data:`PLACE_ROLE_RULES`, tell the roles in which it is not:

- ``audience``: the people a report was given to ("he told Carmarthenshire councillors
  there had been 300 arrests": the arrests are not Carmarthenshire's);
- ``unit-name``: a place inside the name of a team or unit ("Insp Lee, of the Kent and
  Essex roads policing team, said …": a team, not an area);
- ``common-word``: a one-word place name written all in lower case is the common word
  it spells ("a bath", "a harrow", "reading"), not the town ("the north west" stays a
  region);
- ``examples``: places given as examples of what a figure counts ("five more boroughs,
  including Camden and Brent"; "towns such as Rhyl"): some of the counted things, not
  where the figure is; a ", where" clause about one makes it its own figures' area
  (:func:`example_elsewhere`: "including Brent, where 40 were stopped");
  ``example-range-start``/``-end``: the ends of a range of examples (", from a bakery in
  Walsall to an engineering firm in Telford,");
- ``superlative-scope``: the scope of a superlative ("the largest force area in
  England", "the highest rate in the UK", "one of the busiest lines in Wales"): what it
  ranks against, not where the figures are.
- ``work-sites``: the towns several sites of a body stand in ("volunteers at bases in
  London, Glasgow and Cardiff"): where the counted people work, not the figure's scope;
- ``call-centre-site``: the town a force's control room or contact centre stands in,
  when the centre takes calls ("the control room in Cwmbran took 9,000 calls"): the
  calls come from the whole area it serves;
- ``body-seat``: the place a body is based in, as an adjective of the body ("the
  Leeds-based charity answered 900 calls", "a Cardiff-based company"): where the body
  sits, not the scope of what it counts;
- ``scheme-remit``: a place as the adjective of a national scheme ("referred 212 people
  to the NRM, the UK framework for identifying victims"): the scheme's remit;
- ``sports-team``: a place that names a team ("on days when England played", "during
  every Wales game", "Scotland fans"): the side playing, not where the figures are;
- ``residence``: where a person named with their age lives ("Kyle Dawson, 31, of
  Wolverhampton, was jailed"; "…, 29, and Amy Hill, 31, both of Leek"): their home, not
  the scope of the release's figures;
- ``portfolio``: the place of a speaker's portfolio closing the description before "said"
  ("Insp Hale, the force's roads policing lead for Somerset, said: …"): the speaker's
  remit, not the scope of the figures quoted.
- ``source-branch``: the place of the body whose figures are cited ("the total, up 14%,
  comes from figures compiled by the Probation Service in Wales"): the source's branch.
- ``mutual-aid``: the forces that sent officers to another ("312 officers came from
  Lancashire Constabulary, …"): where the officers came from, not the figures' area;
- ``partners``: those a body's relative clause says it works for or with (", which works on
  behalf of North Yorkshire Police and Humberside Police, made 612 arrests"),
  ``member-bodies`` the councils and forces it brings together (", which brings together
  Rutland County Council, Leicestershire Police and …, received"), and ``host-body`` the
  body hosting it (", hosted by Birmingham City Council,"), ``supplier-clause`` a giver
  (", which were given to it by Kent Police"): not its scope;
- ``court-seat``: the town a court sits in ("magistrates in Derby granted an order on
  £73,900"): where the case was heard, not the scope of its figures; ``court-appearance``:
  the town naming the court a defendant appears at ("will appear before Liverpool
  magistrates", "bailed to Derby Magistrates' Court"), likewise (not a court's caseload,
  "cases waiting at Bristol Crown Court"); ``meeting-venue``: the town of a civic building
  a panel met or voted at ("a vote at County Hall in Preston"), likewise; ``hospital-site``,
  ``headquarters-site``: the town of a casualty's hospital or a body's headquarters, likewise;
- ``body-base``: where a team or service is based ("its Cheshire team, based in
  Warrington, answered 4,870 calls"): the body's seat, not the scope of its figures;
- ``gang-base``: where a gang was run from ("The group was run from addresses in
  Gravesend and Dartford"): its base, not the scope of the figures it is charged with;
- ``local-branch``: the place of a charity's local branch named by it ("volunteers from Age
  UK Oxfordshire visited 380 people"): a partner's name; the branch stands for its place
  only as the document's issuing body, or as its sentence's subject (guard
  ``branch-subject``, :mod:`.branch_subjects`).
- ``reason-clause``: the place of a clause giving the cause of the figure before it ("with
  33,904 calls as visitor numbers peaked in Cornwall"): the cause's place.
- ``other-bodies-clause``: the place of a clause after the figure telling what bodies of
  its kind did there ("a drop of 42%, as forces across England and Wales used …"): the
  backdrop, not the figure's area.
- ``extension-target``: where a scheme is still to be extended ("can be extended to Bolton"):
  its next places; ``route-ends``, ``route-start``: "the route between Leeds and Otley".
- ``parliament-seat``: Westminster after MPs or ministers ("to MPs at Westminster"): Parliament.
- ``event-site``: where the event a span is counted from took place ("in the six weeks
  after the flooding in Carlisle"): the event's place, not the scope of what followed.
- ``arrival-clause``: where counted people had been brought, in a relative clause ("half of
  them were foreign nationals who had been brought to the UK"): how they arrived, not its scope.
- ``journey-origin``: where counted people travelled from, in a relative clause ("Three
  men who travelled from Essex … near Holbeach"): their journey's start.
- ``national-agent``: a nation's body as the funder or crew ("awarded £240,000 by the Welsh
  Government"): the giver or helper.
- ``locator-near``: the larger place a named place is said to be near ("Great Bedwyn, near
  Marlborough, recorded 612"): a locator of that place, not the figures' area.
- ``ranking-field``: the field a comparison with every other ranks against ("licenses 27,400
  drivers, more than any other council in England", "than anywhere else in the UK":
  :data:`~.lead_sentences.RANKING_FIELD`): not where the figure is (its body's area is).

(A figure stated again for a district of its first area keeps that area:
:mod:`pressfacts.statistics.repeated_figures`.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressfacts.statistics.branch_subjects import branch_subject
from pressfacts.statistics.court_caseloads import institution_name
from pressfacts.statistics.located_groups import located_group, most_quantifier
from pressfacts.statistics.named_bodies import LOCAL_BRANCH
from pressfacts.statistics.place_role_leads import LEAD_ROLES, court_appearance, home_site, resides
from pressfacts.statistics.referred_figures import in_quote
from pressfacts.statistics.street_names import STREET_WORDS
from pressfacts.statistics.work_sites import work_sites_before

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Place


@dataclass(frozen=True)
class RoleContext:
    """What a place-role rule looks at: the text and the place."""

    text: str
    place: Place


TELLING = re.compile(
    r"\b(?:told|tells|telling|briefed|briefing|addressed|addressing|informed)\s+(?:the\s+)?$",
    re.I,
)
"""A verb of telling right before a place: the place names who was told."""
UNIT_HEADS = (
    "team", "teams", "unit", "squad", "command", "department", "directorate", "division",
    "taskforce", "task force", "bureau", "hub",
)  # fmt: skip
"""Head words of a team's or unit's name."""
UNIT_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in UNIT_HEADS)
    + r")\b",
    re.I,
)
"""A unit's head word at most three words after a place ("Norfolk and Suffolk roads
policing team")."""
DIVISION_AFTER = re.compile(
    r"\s+(?:division|district|policing\s+(?:district|area)|command\s+area|local\s+policing\s+area)\b",
    re.I,
)
"""After a place: a force's division of that name ("Police Scotland's Tayside division",
"the Highlands and Islands division", "the force's Medway district"): a territory, not a
unit; ranked with the bodies as an area, not below them."""
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
"""A unit's name follows "the" ("of the Kent dog unit"); "Kent teams" is no name."""


SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:largest|biggest|busiest|smallest|highest|lowest|fewest|best|worst|greatest|"
    r"most\s+(?!of\b)[a-z]+)\b[\w\s’'-]{0,40}?\s(?:in|across|of|within)\s+(?:the\s+)?$",
    re.I,
)
"""A superlative and its noun right before a place: "the largest force area in ", "the
highest rate within the " (force area)."""
PREDICATE_SUPERLATIVE = re.compile(
    r"(?:\b(?:was|were|is|are|remains?|remained)|,\s*(?:and|but|while|whereas)|"
    r"\b(?:and|but|while|whereas))\s+(?:highest|lowest|greatest|biggest|largest|"
    r"smallest)\s+(?:in|across)\s+(?:the\s+)?$"
    r"|\b(?:highest|lowest|greatest|biggest|largest|smallest|busiest|quietest|fewest|most)"
    r"\s+(?:[a-z]+\s+){1,3}?"
    r"(?:(?:was|were|is|are)\s+(?:recorded\s+|seen\s+|found\s+)?|came\s+|come\s+)(?:in|across|"
    r"from)\s+(?:the\s+)?$",
    re.I,
)
"""A superlative said of the figure with no noun of its own: "the rate was highest in the
North East" places the figure there; it ranks nothing against the place, and so does the
same superlative coordinated after it with its verb left out ("highest in Hull, at 38%, and
lowest in Selby, at 26%": the 26% is Selby's). So does a
superlative subject placed by "was in" or "came in": "the highest rate was in Dundee, at
48.6", "The highest number of arrests came in Plymouth (52)", "The busiest haven was in
Medway, with 1,386 visits", "Most visits were in Leeds, with 940"."""


RANKED_COUNT_AFTER = re.compile(r"\s*\(\s*[£\d]")
"""Right after a place: its own count in brackets ("the fewest in the North East (47)"):
the place where the superlative is, not the field it ranks in; not ", with 80 in Dover"
after "the largest number of any county in England" (the next clause's count)."""


def _superlative_scope(context: RoleContext) -> bool:
    start = context.place.start
    found = SUPERLATIVE_BEFORE.search(context.text, max(0, start - 70), start)
    if not found or RANKED_COUNT_AFTER.match(context.text, context.place.end):
        return False
    if located_group(context.text, start) or most_quantifier(context.text, found):
        return False  # "the most prolific shoplifters in Leeds", "behind most thefts in Leeds"
    return not PREDICATE_SUPERLATIVE.search(context.text, max(0, start - 70), start)


EXAMPLES_BEFORE = re.compile(r"\b(?:including|such\s+as|among\s+them)\s+(?:the\s+)?$", re.I)
"""Right before a place: it is an example of the things counted ("including Camden")."""
EXAMPLE_WHERE = re.compile(r",\s+where\s+[^.;:,]*", re.I)
"""Right after an example place: a relative clause about it ("including Camden, where 40
were stopped"), whose figures are the place's own."""


def _examples(context: RoleContext) -> bool:
    start, end = context.place.start, context.place.end
    return bool(EXAMPLES_BEFORE.search(context.text, max(0, start - 20), start)) and not (
        EXAMPLE_WHERE.match(context.text, end)
    )


def example_elsewhere(text: str, place: Place, at: int) -> bool:
    """Whether ``place`` is an example place with a ", where" clause about it
    (:data:`EXAMPLE_WHERE`) that does not hold the figure at ``at``: an example still for
    every figure outside that clause ("put 35 signs at sites including Calder Country
    Park, where there were 4 rescues, and plans 20 more": only the 4 is the park's)."""
    if not EXAMPLES_BEFORE.search(text, max(0, place.start - 20), place.start):
        return False
    clause = EXAMPLE_WHERE.match(text, place.end)
    return clause is not None and not clause.start() < at < clause.end()


CALL_CENTRE_BEFORE = re.compile(
    r"\b(?:control|contact|call|communications|service|operations)\s+(?:room|centre|center|hub)s?"
    r"\s+(?:in|at|based\s+in)\s+$",
    re.I,
)
"""A centre that takes a force's calls, right before the town it stands in: "the control
room in Cwmbran", "its contact centre at Hutton"."""
CALL_VERB_AFTER = re.compile(
    r"\s+(?:took|takes|handled|handles|answered|answers|received|receives|dealt\s+with|"
    r"logged|logs|fielded|fields)\b",
    re.I,
)
"""The centre as the subject of handling calls: what it handles comes from the whole
area it serves."""


def _call_centre_site(context: RoleContext) -> bool:
    place, text = context.place, context.text
    return bool(
        CALL_CENTRE_BEFORE.search(text, max(0, place.start - 40), place.start)
        and CALL_VERB_AFTER.match(text, place.end)
    )


def _audience(context: RoleContext) -> bool:
    start = context.place.start
    return bool(TELLING.search(context.text, max(0, start - 30), start))


def _unit_name(context: RoleContext) -> bool:
    place, text = context.place, context.text
    if text[place.start : place.end].casefold() != place.area.casefold():
        return False  # a body's whole name ("the North East ROCU"), no unit's modifier
    return bool(
        THE_BEFORE.search(text, max(0, place.start - 6), place.start)
        and not SUBJECT_THE_BEFORE.search(text, max(0, place.start - 40), place.start)
        and UNIT_AFTER.match(text, place.end, place.end + 60)
        and not DIVISION_AFTER.match(text, place.end)  # "the Tayside division": a territory
    )


SUBJECT_THE_BEFORE = re.compile(
    r"(?:\A|\n|[.!?][ \t]+)(?:The|(?:Officers|Staff|Members|PCSOs|Wardens|Detectives)[ \t]+"
    r"(?:from|of|in)[ \t]+the)[ \t]+$"
)
"""A team named by its place opening its sentence ("The Leeds team made 310 arrests",
"Officers from the Hastings neighbourhood team issued 212 fines"): the team is the
figures' subject, its place their area; not "Insp Lee, of the Kent roads policing team,
said" (the speaker's unit)."""


def _common_word(context: RoleContext) -> bool:
    words = context.text[context.place.start : context.place.end]
    if words.casefold() != context.place.area.casefold():
        return False  # a phrase standing for an area ("force-wide"), not its name
    return words.islower() and " " not in words  # "the north west" is a region


@dataclass(frozen=True)
class PlaceRoleRule:
    """A named role in which a place is not a figure's area; ``applies`` says whether the
    place of the context is in that role."""

    name: str
    applies: Callable[[RoleContext], bool]


def _work_sites(context: RoleContext) -> bool:
    return work_sites_before(context.text, context.place.start)


BODY_SEAT_AFTER = re.compile(
    r"-based\s+(?:[a-z]+\s+){0,2}?(?:charity|charities|organisation|organization|foundation|"
    r"trust|company|firm|group|hotline|helpline|body|agency|network|service|provider|"
    r"campaign|campaigners|watchdog|regulator)\b",
    re.I,
)
"""Right after a place: "-based" and the body it seats ("-based charity", "-based
children's charity", "-based internet watchdog"). Not "London-based officers" (people,
who may work where they are based)."""


def _body_seat(context: RoleContext) -> bool:
    return bool(BODY_SEAT_AFTER.match(context.text, context.place.end))


def _institution_name(context: RoleContext) -> bool:
    return institution_name(context.text, context.place.start, context.place.end)


def _court_appearance(context: RoleContext) -> bool:
    return court_appearance(context.text, context.place.start, context.place.end)


SCHEME_AFTER = re.compile(
    r"\s+(?:framework|scheme|system|mechanism|register|database|strategy|legislation|law)\b"
    r"(?:\s+(?:for|that|which|to)\b|\s*[,.;)])",
    re.I,
)
"""Right after a place used as an adjective: the national scheme it names ("the UK
framework for identifying victims", "the UK system that …"): the scheme's remit, not the
scope of the sentence's figures. Not "the UK total" (a figure's own scope)."""


def _scheme_remit(context: RoleContext) -> bool:
    start = context.place.start
    return context.text[max(0, start - 4) : start].lower() == "the " and bool(
        SCHEME_AFTER.match(context.text, context.place.end)
    )


TEAM_AFTER = re.compile(
    r"\s+(?:played|plays|playing|games?|match(?:es)?|fixtures?|fans|"
    r"supporters|squad|kick-offs?|derby|derbies|(?:v|vs)\.?\s)\b",
    re.I,
)
"""Right after a place: what a team does or has, or its fixture ("England played", "a Wales
game", "Scotland fans", "England v Spain", "Sunday's Manchester derby"). Not "England recorded",
"the England total", nor "lost"/"won" ("Shropshire lost £2m": the place's own figures)."""


def _sports_team(context: RoleContext) -> bool:
    return bool(TEAM_AFTER.match(context.text, context.place.end))


def _residence(context: RoleContext) -> bool:
    return resides(context.text, context.place.start)


PORTFOLIO_BEFORE = re.compile(
    r"\b(?:lead|commander|head|manager|director|officer|co-?ordinator|champion)"
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+for\s+(?:the\s+)?$",
    re.I,
)
"""A speaker's portfolio right before a place: "the force's roads policing lead for ",
"head of enforcement for the " (rule ``portfolio-of-remit``)."""
SAID_AFTER = re.compile(r"\s*,\s+(?:said|says|added|explained)\s*[:,]?\s*[\"“‘']", re.I)
"""The place closes the speaker's description before a quote: ", said: \"" (not reported
speech, "…, said one in eight of the families it worked with there", which may be of
the portfolio's place)."""


def _portfolio(context: RoleContext) -> bool:
    place, text = context.place, context.text
    return bool(
        PORTFOLIO_BEFORE.search(text, max(0, place.start - 30), place.start)
        and SAID_AFTER.match(text, place.end)
    )


def _led(name: str) -> Callable[[RoleContext], bool]:
    """The test of the role ``name`` of :data:`~.place_role_leads.LEAD_ROLES`."""
    role = LEAD_ROLES[name]
    return lambda context: role.applies(context.text, context.place.start, context.place.rule)


def _local_branch(context: RoleContext) -> bool:
    place = context.place
    return place.rule == LOCAL_BRANCH and not branch_subject(context.text, place.start, place.end)


def event_site(text: str, place: Place) -> bool:
    """Whether ``place`` is the site of the event a span is counted from
    (:data:`.place_role_leads.EVENT_SITE_BEFORE`): it is no figure's area and no document's."""
    return LEAD_ROLES["event-site"].applies(text, place.start, place.rule)


def lead_site(text: str, place: Place) -> bool:
    """Whether ``place`` is no lead's scope: an event's site (:func:`event_site`), a
    person's home (:func:`.home_site`), the town a court sits in (role ``court-seat``:
    "Five men were banned by magistrates in Derby …, Derbyshire Police said": the release
    speaks for the force's area, not the court's), a hospital's, a meeting's, a launch's or
    Parliament's (the ``site`` roles of :data:`.place_role_leads.LEAD_ROLES`)."""
    return (
        event_site(text, place)
        or home_site(text, place.start)
        or any(r.site and r.applies(text, place.start, place.rule) for r in LEAD_ROLES.values())
    )


def _event_site(context: RoleContext) -> bool:
    return event_site(context.text, context.place)


PLACE_ROLE_RULES: tuple[PlaceRoleRule, ...] = (
    PlaceRoleRule("audience", _audience),
    PlaceRoleRule("unit-name", _unit_name),
    PlaceRoleRule("common-word", _common_word),
    PlaceRoleRule("examples", _examples),
    PlaceRoleRule("example-range-start", _led("example-range-start")),
    PlaceRoleRule("example-range-end", _led("example-range-end")),
    PlaceRoleRule("superlative-scope", _superlative_scope),
    PlaceRoleRule("call-centre-site", _call_centre_site),
    PlaceRoleRule("work-sites", _work_sites),
    PlaceRoleRule("body-seat", _body_seat),
    PlaceRoleRule("institution-name", _institution_name),
    PlaceRoleRule("scheme-remit", _scheme_remit),
    PlaceRoleRule("sports-team", _sports_team),
    PlaceRoleRule("residence", _residence),
    PlaceRoleRule("portfolio", _portfolio),
    PlaceRoleRule("source-branch", _led("source-branch")),
    PlaceRoleRule("local-branch", _local_branch),
    PlaceRoleRule("reason-clause", _led("reason-clause")),
    PlaceRoleRule("other-bodies-clause", _led("other-bodies-clause")),
    PlaceRoleRule("event-site", _event_site),
    PlaceRoleRule("partners", _led("partners")),
    PlaceRoleRule("member-bodies", _led("member-bodies")),
    PlaceRoleRule("host-body", _led("host-body")),
    PlaceRoleRule("supplier-clause", _led("supplier-clause")),
    PlaceRoleRule("mutual-aid", _led("mutual-aid")),
    PlaceRoleRule("court-seat", _led("court-seat")),
    PlaceRoleRule("hospital-site", _led("hospital-site")),
    PlaceRoleRule("headquarters-site", _led("headquarters-site")),
    PlaceRoleRule("meeting-venue", _led("meeting-venue")),
    PlaceRoleRule("launch-venue", _led("launch-venue")),
    PlaceRoleRule("court-appearance", _court_appearance),
    PlaceRoleRule("body-base", _led("body-base")),
    PlaceRoleRule("gang-base", _led("gang-base")),
    PlaceRoleRule("arrival-clause", _led("arrival-clause")),
    PlaceRoleRule("journey-origin", _led("journey-origin")),
    PlaceRoleRule("national-agent", _led("national-agent")),
    PlaceRoleRule("ranking-field", _led("ranking-field")),
    PlaceRoleRule("extension-target", _led("extension-target")),
    PlaceRoleRule("speaker-employer", _led("speaker-employer")),
    PlaceRoleRule("ranked-speaker-employer", _led("ranked-speaker-employer")),
    PlaceRoleRule("route-ends", _led("route-ends")),
    PlaceRoleRule("route-start", _led("route-start")),
    PlaceRoleRule("parliament-seat", _led("parliament-seat")),
    PlaceRoleRule("spread-ends", _led("spread-ends")),
    PlaceRoleRule("spread-start", _led("spread-start")),
    PlaceRoleRule("drug-line-ends", _led("drug-line-ends")),
    PlaceRoleRule("drug-line-start", _led("drug-line-start")),
    PlaceRoleRule("locator-near", _led("locator-near")),
)
"""The roles in which a place named by a sentence is not its figures' area."""


def place_role(context: RoleContext) -> str | None:
    """The name of the first rule of :data:`PLACE_ROLE_RULES` that applies, else None."""
    return next((rule.name for rule in PLACE_ROLE_RULES if rule.applies(context)), None)


def figure_places(text: str, places: Sequence[Place]) -> list[Place]:
    """The places of a sentence that may be its figures' areas (none in a role of
    :data:`PLACE_ROLE_RULES`)."""
    return [p for p in places if place_role(RoleContext(text, p)) is None]


_OR_BETWEEN = re.compile(r"(?:\s+[A-Z][\w’'-]*){0,3},?\s+or\s+(?:the\s+)?")
"""What stands between the last two of places offered as alternatives: " or ", " City
Council or " (a body named for its place, then the next)."""


HOME_STREET_WORDS = (*STREET_WORDS, "Close", "Drive", "Way", "Grove", "Gardens", "Walk", "Mews")
"""The words that end a street's name in a home address ("of Mill Close, Bury")."""
HOME_ADDRESS_BEFORE = re.compile(
    r"[A-Z][\w’'-]*,\s+(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+(?:\d{1,4}\s+)?"
    rf"(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{'|'.join(HOME_STREET_WORDS)}),\s+$"
)
"""A person's name and age, then the street they live in: "Lee Cole, 40, of Park Grove, "
(the town after it is their home's)."""


def narrative_places(text: str, places: Sequence[Place]) -> list[Place]:
    """The places of a sentence outside quoted words: only they lead a place in to the
    sentences after ("… not just in Derby,” she said. The force will save £4m.": the
    saving is not Derby's). Places offered as alternatives ("referred to Hull, York or
    Selby council") lead none in: no one of them is what the sentences after are about;
    nor does an event's site (``event-site``), nor the town of a home address ("Lee Cole,
    40, of Park Grove, Bury, was jailed. He stole £9,000 …": the theft is not Bury's) or
    of a person's home (:func:`.home_site`: "cared for her at her home in Bury")."""
    kept = [
        p
        for p in places
        if not in_quote(text, p.start)
        and not HOME_ADDRESS_BEFORE.search(text, max(0, p.start - 80), p.start)
        and not event_site(text, p)
        and not home_site(text, p.start)
    ]
    if any(" or " in p.area for p in kept) or (  # a list joined as one: "Hull or York"
        len(kept) >= 2
        and kept[-2].area != kept[-1].area
        and _OR_BETWEEN.fullmatch(text, kept[-2].end, kept[-1].start)
    ):
        return []
    return kept
