"""Which sentences make a release's lead when its area is read.

A release may open on a hook that names neither a place nor a figure but speaks of the
figures to come ("The Ashdown Trust has warned that children groomed by gangs are still
missed, as new figures show …"); its figures, and the scope they are for, come in the
sentence after ("Analysis by the charity shows 4,100 children in England were …").
:func:`figure_lead` then reads both sentences as the lead, so that scope is the
document's area.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from pressfacts.statistics.street_names import STREET_WORDS

STATEMENT_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")
"""Where a statement ends: a full stop, question or exclamation mark, a closing quote."""
_FIGURE = re.compile(r"\d(?![\d,.]*[\s-]+(?:months?|years?|weeks?|days?)\b)")
"""A figure in digits: a lead that states one states its own scope, or none. The length of
a span is no figure (rule ``span_length_no_figure``: "in the last 12 months", "over the
past 3 years" date the lead's figures in words)."""
HOOK = re.compile(
    r"\b(?:figures|data|statistics|analysis|research|report|survey|findings)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|found|finds)\b|"
    r"\b(?:warn|warns|warned|warning)\b|"
    r"\baccording\s+to\s+(?:a|an|the|new)\s+(?:[\w-]+\s+){0,2}?(?:survey|poll|study|report|"
    r"research|analysis)\b|"
    # rule survey_by_body_found: "…, a survey by Guide Dogs has found"
    r"\b(?:survey|poll|study|research|report|analysis)\s+(?:by|for|from)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'&-]*\s+){1,5}?(?:has\s+|have\s+)?(?:found|finds|shows|showed|"
    r"revealed|reveals|suggests)\b",
    re.I,
)
"""What makes a lead a hook for the figures after it: a finding to come ("as new figures
show", "new research reveals"), a warning, or a finding credited to a survey or study whose
scope the next sentence tells ("One in five women … felt unsafe, according to a survey by
the charity" then "It polled 2,150 women across Wales"), or to a survey by a body named
after it that found it (rule ``survey_by_body_found``: "…, a survey by Guide Dogs has found"
then "The charity surveyed 1,250 people across the UK"); not "The Home Office published a
report." (no finding told)."""


OPENING_QUOTE = re.compile(r"[ \t_*]*[“\"‘]")
"""A paragraph opening on a quote mark."""
CLOSING_QUOTE = '”"’'
_WORDS = re.compile(r"\S")


def past_opening_quote(text: str, first_sentence: tuple[int, int]) -> tuple[int, int]:
    """The first sentence after an opening paragraph that is all one quote ("“We want every
    passenger to feel safe.”" then "That was the message from … as the force launched a
    campaign in the North West."): words someone said name no scope of the release. Else
    ``first_sentence``."""
    start = first_sentence[0]
    paragraph_end = text.find("\n", start)
    if (
        not OPENING_QUOTE.match(text, start)
        or paragraph_end < 0
        or text[start:paragraph_end].rstrip()[-1:] not in CLOSING_QUOTE
    ):
        return first_sentence
    following = _WORDS.search(text, paragraph_end)
    after = STATEMENT_END.search(text, following.start()) if following else None
    return (following.start(), after.end()) if following and after else first_sentence


def past_headline(text: str, first_sentence: tuple[int, int]) -> tuple[int, int]:
    """The lead sentence, and the sentence after it when the lead is a headline (it ends
    with no full stop): where a release names who issues it. An opening paragraph that is
    all one quote is no lead (:func:`past_opening_quote`)."""
    start, end = past_opening_quote(text, first_sentence)
    if STATEMENT_END.search(text[start:end].rstrip()):
        return start, end
    after = STATEMENT_END.search(text, end)
    return (start, after.end()) if after else (start, end)


def figure_lead(text: str, lead: tuple[int, int], place_starts: Iterable[int]) -> tuple[int, int]:
    """``lead`` (start, end of the lead sentence), with the sentence after it when the lead
    is a :data:`HOOK` that states no figure in digits and names no place or territorial
    body (none of ``place_starts`` inside it), and the sentence after states a figure in
    digits: the hook's figures and their scope."""
    start, end = lead
    if (
        _FIGURE.search(text, start, end)
        or not HOOK.search(text, start, end)
        or any(start <= at < end for at in place_starts)
    ):
        return lead
    after = STATEMENT_END.search(text, end)
    if after is None or not _FIGURE.search(text, end, after.end()):
        return lead
    return (start, after.end())


RANKING_FIELD = re.compile(
    r"\b(?:than|of)\s+(?:any\s+other\s+(?:[a-z-]+\s+){1,2}?|anywhere\s+(?:else\s+)?)"
    r"(?:in|across)\s+(?:the\s+)?$",
    re.I,
)
"""Before a place that is the field of a ranking, not the scope the lead tells of
("more … than any other county in [England]", "the most of any other force in [the
UK]", "more … than anywhere in [England]"): the place ranked is the lead's scope."""
LEAD_HIGHLIGHT = re.compile(
    r"\b(?:with|and)\s+the\s+(?:biggest|largest|sharpest|steepest|greatest|smallest|"
    r"fastest)\s+(?:[a-z-]+\s+){0,2}?(?:drop|fall|rise|increase|decrease|reduction|"
    r"jump|change|growth)\s+(?:[a-z-]+\s+){0,3}?(?:in|across|at)\s+(?:the\s+)?$",
    re.I,
)
"""Before a place the lead singles out as where a change was largest ("fell in June,
with the biggest drop in [Crawley town centre]", "and the sharpest rise of all in
[Hove]"): one part of what the lead tells of, not its scope; the body that speaks keeps the
document's area."""
_PART_COUNT = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty)"
)
_PART_PLACED = (
    r"(?:(?:were|was|are|is|being|will\s+be|will)\s+)?"
    r"(?:(?:based|working|work|serving|serve|posted|going|go)\s+)?"
)
"""What may stand between a part and the preposition of its place: "are based", "will work",
"will be serving" ("nine of whom will work in …")."""
LEAD_PART = re.compile(
    r"(?:\b(?!(?:all|both|each|every|none)\b)(?:[a-z]+|\d[\d,]*)\s+of\s+"
    r"(?:them|these|those|which|whom)|,\s+(?:with|including)\s+" + _PART_COUNT + r"(?:\s+[a-z-]+)?)"
    r"(?:\s+" + _PART_PLACED + r"(?:in|across|at|on)|"
    r"\b[^.;:]*?(?:,|\band)\s+" + _PART_COUNT + r"\s+(?:in|across|at|on))\s+(?:the\s+)?$",
    re.I,
)
"""Before a place the lead gives a part of its figure to (rule ``lead_part_place``): "Ten new
officers joined on Monday, [six of them in] Burnley [and four in] Blackburn", "40 arrests,
[12 of which were in] Hull", "[nine of whom will work in] Preston", "[, with nine in]
Preston", "[, including six officers in] Burnley": one part of what the lead tells of, not
its scope; the body that speaks keeps the document's area. "All of them in …" is the whole,
still a scope."""
SUBJECT_VERB = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:again\s+)?)?(?:recorded|reported|logged|saw|topped|had|"
    r"has|suffered)\b"
)
"""After a place that opens the lead as its subject ("[North Yorkshire] recorded …",
"[Cumbria] has again topped …"), not "[Kent] Police recorded" (a body's name)."""


LEAD_COVERAGE = re.compile(
    r"\b(?:which|that|who)\s+(?:covers|serves)\s+(?:all\s+of\s+)?(?:the\s+)?$|"
    r"\b(?:covering|serving)\s+(?:all\s+of\s+)?(?:the\s+)?$",
    re.I,
)
"""Before a place that a body of the lead covers ("The Stalking Helpline, which covers
[England and Wales], took …", "a service covering [Kent] and Medway"): the lead's scope,
as "in" or "across" a place is (rule ``lead_coverage``); not "covers the cost"."""

LEAD_COST_BEARER = re.compile(r"\b(?:costs?|costing|cost\s+to)\s+(?:the\s+)?$", re.I)
"""Before a place that bears what the lead counts ("Rural theft cost [the UK] an estimated
£46.2m", "Fly-tipping is costing [Scotland] …", "the cost to [Wales] rose"): the lead's
scope, as "in" or "across" a place is (rule ``lead_cost_bearer``); not "cost Kent Police
£2m" (a force, no place) nor "costs in Kent" (read as "in")."""

EVENT_NEAR = re.compile(
    r"\b(?:festival|event|concert|gig|carnival|fair|show|showground|rally|race|race\s+meeting|"
    r"camp|gathering)s?\s+(?:site\s+)?near\s+(?:the\s+)?$",
    re.I,
)
"""Before the place an event was held near ("23 arrests at the Wolds Sound festival near
[Market Rasen]", "ejected from the county show near [Ripon]"): the scope of the lead and of
the figure's clause, as "in" or "at" a place is (rule ``event_near_place``; read by
:func:`scope_of_lead` and :func:`.district_names.venue_at`); not a place something else lies
near ("a crash near [Grantham]", "lives near [Boston]")."""


LEAD_STREET_TOWN = re.compile(
    rf"\b(?:in|on|at)\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{'|'.join(STREET_WORDS)}),\s+$"
)
"""Before the town a street of the lead lies in ("a flat in Oxford Road, [Reading]", "a
shop on Cheriton Road, [Folkestone]"): the lead's scope, as "in" a place is (rule
``lead_street_town``; the street words of :data:`.street_names.STREET_WORDS`, capitalised
as a street's name is); not a street and its town in a home address ("Lee Cole, 40, of Park
Grove, Bury": "of", a person's home) nor "in Oxford Road" alone (no town after it)."""

LEAD_STREETS_OF = re.compile(r"\b(?:off|on|from|onto)\s+the\s+streets\s+of\s+$", re.I)
"""Before the town whose streets the lead's figure is taken off or seen on (rule
``lead_streets_of``): "500 knives have been taken off the streets of [Stockport]", "fewer
dealers on the streets of [Hull]": the lead's scope, as "in" a place is."""

LEAD_AT_STATION = re.compile(r"\b(?:at|outside|around|near)\s+(?:the\s+)?$", re.I)
"""Before a railway station named for its town, the site of what the lead tells (rule
``lead_station_site``, with :data:`STATION_NAMED`): "Eleven people were arrested during an
operation at [Cardiff] Central station", "officers patrolling outside [Leeds] station": a
station's operation speaks for the station's town, as "in" a place would; not "at [Leeds]
Crown Court" (no station), nor "travelled from [Leeds] station" (no site word)."""
STATION_NAMED = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:railway\s+|rail\s+|train\s+)?"
    r"[Ss]tation\b"
)
"""A station's name from its town on ("Cardiff Central station", "Wigan North Western
station", "Leeds railway station"): the words of ``lead_station_site``."""

LEAD_PORT_OF = re.compile(
    r"\b(?:at|through|in|into|outside|near)\s+(?:the\s+)?(?i:port|docks)\s+of\s+$"
)
"""Before the town a port is named for, the site of what the lead tells (rule
``lead_port_site``, with :data:`PORT_NAMED` after :data:`LEAD_AT_STATION`): "officers
working at the port of [Tilbury] recovered 63 stolen cars", "seized at [Dover] port",
"found at [Felixstowe] docks": a port's work speaks for the port's town, as a station's
does; not "shipped from the port of [Dover]" (no site word before it)."""
PORT_FORCE_BEFORE = re.compile(r"\b(?:Police|Constabulary)\b[^.;:\n]*$")
"""Earlier in the port's clause, a territorial force named (guard ``port_force_lead`` of
``lead_port_site``): "Essex Police officers working at the port of Tilbury"; not "Border
Force officers found 14 handguns … at the Port of Felixstowe, the National Crime Agency
said" (a national agency's release speaks for the country, not the port's town)."""
PORT_NAMED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:ferry\s+)?(?:port|docks)\b")
"""A port named from its town on ("Dover port", "Felixstowe docks", "Holyhead ferry port"),
in lower case (not "Dover Port Health Authority", a body)."""


def _port_site(text: str, at: int, before: str) -> bool:
    """Rule ``lead_port_site``: the place at ``at`` names the port a territorial force's
    officers worked at (:data:`LEAD_PORT_OF` before it, or :data:`PORT_NAMED` from it on
    after a site word, and :data:`PORT_FORCE_BEFORE` in its clause)."""
    port = LEAD_PORT_OF.search(before) is not None or (
        LEAD_AT_STATION.search(before) is not None and PORT_NAMED.match(text, at) is not None
    )
    return port and PORT_FORCE_BEFORE.search(text, max(0, at - 120), at) is not None


def scope_of_lead(text: str, at: int, scope: re.Pattern[str]) -> bool:
    """Whether the place at ``at`` is given as the scope of what its sentence tells: the
    ``scope`` words, or the words of a body's coverage (:data:`LEAD_COVERAGE`), stand
    right before it, or the words of a cost it bears (:data:`LEAD_COST_BEARER`), of an
    event held near it (:data:`EVENT_NEAR`), of a street, station or port there
    (:data:`LEAD_STREET_TOWN`, :data:`LEAD_STREETS_OF`, ``lead_station_site``,
    ``lead_port_site``), and they are no ranking's field (:data:`RANKING_FIELD`: "than any
    other county in England") nor a part the lead singles out (:data:`LEAD_HIGHLIGHT`:
    "with the biggest drop in Crawley town centre"; :data:`LEAD_PART`: "six of them in
    Burnley")."""
    before = text[max(0, at - 30) : at]
    return (
        scope.search(before) is not None
        or LEAD_COVERAGE.search(before) is not None
        or LEAD_COST_BEARER.search(before) is not None
        or EVENT_NEAR.search(before) is not None
        or LEAD_STREET_TOWN.search(before) is not None
        or LEAD_STREETS_OF.search(before) is not None
        or (
            LEAD_AT_STATION.search(before) is not None and STATION_NAMED.match(text, at) is not None
        )
        or _port_site(text, at, before)
    ) and not any(
        guard.search(text, max(0, at - 80), at)
        for guard in (RANKING_FIELD, LEAD_HIGHLIGHT, LEAD_PART)
    )


POSSESSIVE_SUBJECT = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){1,4}?(?:(?:has|have|had)\s+(?:now\s+|also\s+)?)?"
    r"(?:made|recorded|reported|logged|seen|seized|arrested|issued|carried|dealt|handled|"
    r"received|taken|saw|took)\b"
)
"""After a place that opens the lead as the owner of its subject (rule
``lead_possessive_subject``): "[Warrington]'s town centre beat team has made 148 arrests",
"[Hull]'s neighbourhood officers seized …": the lead tells of what that place's own team,
unit or service did; not "[Kent]'s Police and Crime Commissioner has …" (a body's office,
capitalised), "[Hull]'s officers are …" (no verb of a tally)."""


REPORTED_OPENING = re.compile(
    r"(?:The\s+)?(?:(?-i:[A-Z])[\w’'&-]*\s+){1,5}(?:has\s+|have\s+|had\s+)?"
    r"(?:warned|warns|said|says|found|finds|revealed|reveals)\s+that\s+$"
)
"""A lead opened by a named body and its verb of warning, saying or finding, then "that",
right before a place (rule ``lead_reported_subject``): "[Women's Aid has warned that]
England is …", "[Shelter Cymru has found that] Wales has …"."""
REPORTED_SUBJECT_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had)\s+(?!been\b)")
"""After the place the reported clause opens on: "England is more than 2,000 spaces short";
not "Kent has been chosen" (a passive: the place is acted on)."""


def lead_subject(text: str, lead_start: int, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` opens the lead at ``lead_start`` as the
    subject of its verb (:data:`SUBJECT_VERB`) or the owner of that subject
    (:data:`POSSESSIVE_SUBJECT`), or opens the clause a named body reports there (rule
    ``lead_reported_subject``: :data:`REPORTED_OPENING`, :data:`REPORTED_SUBJECT_VERB`):
    the lead tells of that place."""
    opening = text[lead_start:start].strip()
    if opening:
        return (
            REPORTED_OPENING.fullmatch(text[lead_start:start].lstrip()) is not None
            and REPORTED_SUBJECT_VERB.match(text, end) is not None
        )
    return (
        SUBJECT_VERB.match(text, end) is not None or POSSESSIVE_SUBJECT.match(text, end) is not None
    )


LEAD_MODIFIER = re.compile(r"(?:^|[.!?\n]\s*)(?:A|An|The)\s+$")
"""Before a place that modifies the noun opening the lead ("[A] Walsall loan shark who lent
…", "The Hull charity has …", a byline line before it): the lead tells of that place (rule
``lead_modifier``), when nothing else in the document gives an area."""
_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*")


class Located(Protocol):
    """A place found in the text: where it stands and the area it names (read only)."""

    @property
    def start(self) -> int:
        """Where the place starts in the text."""

    @property
    def end(self) -> int:
        """Where the place ends in the text."""

    @property
    def area(self) -> str:
        """The area the place names."""


def lead_modifier(
    text: str,
    lead_start: int,
    candidates: Iterable[tuple[Located, object]],
    noun_after: re.Pattern[str] = _NOUN_AFTER,
) -> tuple[str | None, str | None]:
    """(area, ``lead_modifier``) of the first place of ``candidates`` ((place, its group) in
    the lead at ``lead_start``) that modifies the lead's opening noun
    (:data:`LEAD_MODIFIER`, then ``noun_after``: a lower-case word); else (None, None)."""
    for place, _ in candidates:
        opening = text[lead_start : place.start]  # "^" of the pattern is the lead's start
        if LEAD_MODIFIER.search(opening) and noun_after.match(text, place.end):
            return place.area, "lead_modifier"
    return None, None


LEAD_BODY_AFTER = re.compile(
    r"(?:-based)?\s+(?:charity|charities|foundation|hospice|project|support\s+group|"
    r"community\s+group|voluntary\s+group)\b"
)
"""After a place modifying the lead's opening noun: a charity or voluntary body of that place
("A Gwynedd charity supported …", "The Hull-based foundation …"; rule
``lead-placed-charity``)."""


def lead_placed_charity(
    text: str, lead_start: int, candidates: Iterable[tuple[Located, object]]
) -> str | None:
    """Rule ``lead-placed-charity``: the area of a lead opening on a charity of a place
    (:data:`LEAD_MODIFIER`, then the place, then :data:`LEAD_BODY_AFTER`): the release
    speaks for that charity, over a territorial body named only after the lead (a funder,
    a partner); else None."""
    return lead_modifier(text, lead_start, candidates, LEAD_BODY_AFTER)[0]


class _Placed(Protocol):
    """What :func:`figure_scope_first` reads of a place: where it starts and its area."""

    @property
    def start(self) -> int: ...
    @property
    def area(self) -> str: ...


P = TypeVar("P", bound=_Placed)
_COUNT = re.compile(r"(?<![\d,.])\d[\d,]*(?![\d,]*\s*(?:/|–|-\d))")
"""A count in digits: not a year range's first year ("2024/25")."""
_YEAR = re.compile(r"(?:19|20)\d\d")


def figure_scope_first(
    text: str, lead: Sequence[P], within: Callable[[str, str], bool] | None
) -> list[P]:
    """The lead's scope places in order, the place that scopes the lead's figure first
    where the lead opens on a place inside it as its audience: "Homeowners in Oxfordshire
    are urged to lock up after 1,832 homes were burgled across the Thames Valley" (a
    local reprint's angle on the release's figure) is the Thames Valley's figure. The
    later place leads when a count in digits stands between the two and the first place
    lies ``within`` the later; else ``lead`` as it is ("30 children in Kent, 12 of them in
    Ashford": the smaller place is a part)."""
    if len(lead) < 2 or within is None:
        return list(lead)
    first = lead[0]
    counts = (m for m in _COUNT.finditer(text, first.start, lead[-1].start))
    count = next((m for m in counts if not _YEAR.fullmatch(m.group())), None)
    if count is None:
        return list(lead)
    wider = next(
        (p for p in lead[1:] if p.start > count.end() and within(first.area, p.area)), None
    )
    return list(lead) if wider is None else [wider, *(p for p in lead if p is not wider)]


BYLINE = re.compile(r"^\s*By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:,[^.\n]{0,60})?\s*$")
"""A byline standing as a sentence: "By Sam Okafor", "By Jo Reed, Crime Reporter"."""


def lead_sentence(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The first sentence of a release that is not its byline (where the release says
    what it is about and where)."""
    for start, end in sentences[:2]:
        if not BYLINE.match(text[start:end]):
            return start, end
    return sentences[0] if sentences else (0, 0)


LEAD_JOINT_WORDS = re.compile(
    r"\b(?:forces|alongside|jointly|together\s+with|regional|partners?|colleagues)\b", re.I
)
"""Words of a lead that tells of work with other forces ("Dyfed-Powys Police alongside
other Welsh forces have …"): a list of forces named after it is the release's own."""


def body_alone_in_lead(text: str, lead_start: int, lead_end: int, list_start: int) -> bool:
    """Whether a list of forces at ``list_start`` comes after a lead (``text[lead_start:
    lead_end]``) that names the issuing force alone, with no word of joint work (guard
    ``lead-body-alone`` of the document area's ``joint-forces``: "Thames Valley Police
    arrested 371 drivers …" then "…, head of roads policing for Thames Valley Police and
    Hampshire Constabulary": the list is one officer's remit, not the release's area)."""
    if lead_start <= list_start < lead_end:
        return False
    return not LEAD_JOINT_WORDS.search(text, lead_start, lead_end)
