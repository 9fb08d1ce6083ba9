"""A change or count "since" a named day runs from that day to the publication date.

"Thefts have risen 12% since March 5", "since 14 February", "since 1st April 2023":
without this rule the day is read as a single day (:data:`pressfacts.statistics.
single_dates.DAY_DATE`) and the figure would cover that day alone. :data:`SINCE_DAY` is
the period rule ``since_day`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`;
as "since 2021" runs from 2021-01-01 to P, "since March 5" runs from the latest 5 March
not after P to P. Not "since March" (``since_month``: the month's first day), nor "since
2021" (``since``).

:data:`SINCE_START_RULES` read "since" the start of a named operation, scheme or campaign
in a month: "since the start of Operation Nightjar in May", "since launching the scheme
in October": from the month's first day (the latest such month not after P) to P, as
"since May" (the month alone would otherwise be read as the whole month), or on a day,
"since the start of the season on 1 September" (rule ``since_start_day``): from that day
to P; and the start of a month itself, "since the start of December" (rule
``since_month_start``), as "since December"; and a month named with "last", "since last
October" (rule ``since_last_month``): from the latest such month before P's month to P.
``school_year`` reads "since the start of the school year", "this academic year": from the
latest 1 September not after P (the school year's start) to P. A start said again after it
was dated (``since_start_again``, ``since_span_again``, ``since_start_noun``,
``since_event_noun``) is read by :mod:`pressfacts.statistics.since_again`.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.named_things import NAMED_WORD
from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    resolve_since,
    resolve_since_month,
)
from pressfacts.statistics.since_again import (
    SINCE_ADVERB_AGAIN,
    SINCE_EVENT_NOUN,
    SINCE_SPAN_AGAIN,
    SINCE_START_AGAIN,
    SINCE_START_NOUN,
    resolve_since_event_noun,
    resolve_since_span_again,
    resolve_since_start_again,
    resolve_since_start_noun,
)
from pressfacts.statistics.single_dates import DAY_DATE

SINCE = r"(?:since|from(?=\s[^.;:]{1,30}?\s(?:to\s+date|until\s+now|onwards?)\b))"
""""since", or "from" a start the words "to date", "until now" or "onwards" run on from:
"from 1 April 2024 to date", "from April until now", "from 2021 onwards"."""
SINCE_NEEDS = ("since", "to date", "until now", "onward")
"""What a sentence holds for :data:`SINCE` to match (one of them)."""
SINCE_DAY = re.compile(rf"\b{SINCE}\s+" + DAY_DATE.pattern, re.I)
""""since" and a day: "since March 5", "since 5 March 2023", "since Tuesday 4 June",
"from 1 April to date"."""


def resolve_since_day(ctx: Context) -> Resolution:
    """From the named day (the latest such day not after P when no year is written) to P;
    undated without P."""
    published = ctx.published
    if published is None:
        return None
    day = ctx.days.read(ctx.match, ctx.reference)
    if day is None or day > published:
        return None
    return Span(day, published, "since")


_START_NOUNS = r"(?:start|launch|beginning|introduction|roll-?out|opening)"
"""What starts: "since the start of", "since the launch of"."""
START_VERBS = (
    r"(?:launching|starting|beginning|introducing|opening|setting\s+up|rolling\s+out|joining|"
    r"becoming|forming|taking\s+(?:office|over|up))"
)
"""A start as a participle, with or without its object: "since launching the scheme",
"since opening", "since setting up", and a person's or a group's own start: "since joining
(the force)", "since becoming a special", "since taking office", "since forming"."""

_PUT_UP = r"(?:went\s+up|(?:was|were)\s+(?:first\s+)?(?:installed|fitted|put\s+up|switched\s+on))"
"""Rule ``since_put_up`` (read by ``since_start_month``): cameras, signs or barriers whose
start is their going up: "since they went up in March", "since the cameras were installed
last May", "since the barriers were put up in June", "since the lights were switched on in
April". Not "since prices went up" with no month after it (no start dated)."""
_STARTED = (
    r"(?:began|started|launched|opened|went\s+live|(?:was|were)\s+(?:first\s+)?(?:launched|"
    r"set\s+up|introduced|trialled|trialed|piloted|rolled\s+out|brought\s+in|franchised|"
    r"taken\s+over|brought\s+(?:back\s+)?under\s+(?:[a-z]+\s+){0,2}control)|"
    rf"{_PUT_UP})"
)
"""A past verb of a start: "began", "was launched", "was trialled", "were rolled out", and
a service's new running (rule ``since_start_month``): "were brought in", "were franchised",
"was taken over", "were brought under public control"."""
_STARTED_AT = r"(?:(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?=(?:in|last|on)\s))?"
"""Where the thing started, between its verb and its date: "was trialled in Watford last
September", "was launched at Leeds Station in May"."""
_IN_FORCE = r"(?:came\s+into\s+(?:force|effect)|took\s+effect|came\s+in(?=\s+(?:in|last)\s))"
"""A law, ban or power starting to apply: "came into force", "took effect", the plain
"came in" right before its month ("since the injunction came in last May"; rule
``since_start_month``); not "came in at" or "came in for" (no start dated)."""
_THING_ARTICLE = r"(?:the|its|their|our|an?(?=\s+[a-z]))"
"""The article of a thing whose start "since" dates: "the", a possessive, "a"/"an" before
a lower-case noun (rule ``since_a_start``: "since a pilot began at HMP Hull last November");
not before a capital ("since A Ward opened in May": a name, not an article)."""
_BARE_PLURAL_VERBS = (
    "installed",
    "fitted",
    "put up",
    "switched on",
    "introduced",
    "launched",
    "rolled out",
    "brought in",
    "set up",
    "trialled",
    "trialed",
    "piloted",
)
"""The passive starts of rule ``since_bare_plural_start`` (after "were")."""
_BARE_PLURAL_STARTED = (
    r"(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*s\s+(?:went\s+(?:live|up)|were\s+(?:first\s+)?"
    r"(?:" + "|".join(verb.replace(" ", r"\s+") for verb in _BARE_PLURAL_VERBS) + "))"
)
"""Things named by a plural noun with no article, then their start (rule
``since_bare_plural_start``): "since average speed cameras were switched on in May", "since
body cameras were introduced last March", "since new barriers went up in June"; lower-case
words only, so "since Smith and Jones were ..." is no thing's start."""
_ADOPTED = r"(?:adopted|introduced|brought\s+in|rolled\s+out|signed\s+up\s+to)"
"""Rule ``since_adopted_month`` (read by ``since_start_month``): a body taking up a scheme,
up to six words ("since it adopted the Right Care Right Person approach last May", "since
the force introduced body cameras in March")."""
_RETURNED = r"(?:returned|reopened|resumed|went\s+back)"
"""A term or a service starting again: "schools returned", "the courts reopened"."""
_START_OF = (
    rf"(?:the\s+{_START_NOUNS}\s+of\s+[\w\s’'-]{{1,60}}?|{START_VERBS}\s+(?:[\w\s’'-]{{1,60}}?)?"
    rf"|(?:the|its|their|our)\s+{_START_NOUNS}\s+(?:[\w\s’'-]{{1,40}}?)?"
    rf"|{_THING_ARTICLE}\s+(?:{NAMED_WORD}\s+){{0,7}}?(?:{_STARTED}|{_IN_FORCE})\s+{_STARTED_AT}"
    rf"|{_BARE_PLURAL_STARTED}\s+{_STARTED_AT}"
    rf"|(?:it|they|we|she|he)\s+{_STARTED}\s+(?:(?:the|its|their|our|a|an)\s+(?:[\w’'-]+\s+){{1,3}}?)?"
    rf"|(?:it|they|we|the\s+(?:force|council|trust|service))\s+{_ADOPTED}\s+"
    rf"(?:(?:the|its|their|our|a|an)\s+)?(?:[\w’'-]+\s+){{1,6}}?"
    rf"|(?:[\w’'-]+\s+){{1,8}}?(?:{_IN_FORCE}|{_RETURNED})\s+)"
)
"""What "since" opens on when a thing's start is dated after it: "the start of Operation
Nightjar", "launching the scheme", "its launch", "the winter operation began", and a law,
ban or power that "came into force" or "took effect" (with or without an article: "the ban
came into force", "new powers for officers came into force", "the ban on XL Bully type dogs
came into force": up to seven words name the thing), a pronoun for the thing named before
("since it opened", "since they launched the patrols"), things named by a bare plural
(:data:`_BARE_PLURAL_STARTED`: "since speed cameras were switched on"), and a term or service that
started again ("pupils went back", "the courts reopened": :data:`_RETURNED`)."""
SINCE_START = re.compile(
    rf"\bsince\s+{_START_OF}\b(?:in|(?P<last>last))\s+(?P<m>{MONTH})(?!\w|\.?\s*\d)",
    re.I,
)
""""since" the start of a named thing in a month: "since the start of Operation Nightjar
in May", "since launching the scheme in October", "since its launch in March", or in a
month named with "last" ("since the campaign launched last October": such a month of the
year before P's, as ``since_last_month``)."""
SINCE_START_DAY = re.compile(
    rf"\bsince\s+{_START_OF}\bon\s+{DAY_DATE.pattern}",
    re.I,
)
""""since" the start of a named thing on a day: "since the start of the season on 1
September", "since launching the appeal on March 3", "since the winter operation began on
27 October" (the day alone would date the start)."""

_STRUCK = r"(?:struck|hit|swept\s+in|broke\s+out|burst\s+(?:its|their)\s+banks?|broke|burst)"
"""Rule ``since_event_struck`` (read by ``since_event_day`` and the like): the irregular past
verb of a storm, flood or blaze that came: "since Storm Ivor struck on 9 January", "since the
floods hit in November", "since the river burst its banks on 4 March", "since the fire broke
out"."""
_PAST_VERB = (
    r"(?:[a-z]{3,}ed|began|became|came|took|went|set\s+up|made|won|rose|fell|brought|"
    rf"wrote|gave|saw|ran|was|were|{_STRUCK})"
)
"""A past verb of the event a span runs from: "published", "began", "took", or the "was" of
a passive ("since the campaign was first run in …")."""
EVENT_BEFORE = (
    rf"(?:the\s+{_START_NOUNS}\s+of\s+|{START_VERBS}\s+|"
    rf"(?:(?:the|a|an|its|their|our)\s+)?{NAMED_WORD}(?:\s+{NAMED_WORD}){{0,10}}?\s+{_PAST_VERB}\s+)"
)
"""The event a span runs from, up to its date: "the start of", "launching", "the pilot
began"."""
EVENT_BEFORE_IN = rf"{EVENT_BEFORE}[\w\s’'-]{{0,60}}?\bin\s+"
"""The event between "since" and the "in" of its date: "the inquiry published its report
in", "the start of the scheme in", "the campaign was first run in"."""
_DETERMINER = r"(?:its|their|the|our|his|her|a|an|this|that)"
EVENT_OBJECT_BEFORE_LAST = (
    rf"{EVENT_BEFORE}(?:[\w’'-]+\s+){{0,5}}?(?!{_DETERMINER}\s)[\w’'-]+\s+(?=last\s)"
)
"""Rule ``since_season_event_object`` (read by ``since_season``): the event told with its
object or manner before a season named with "last" ("since the team began patrolling with
drones last autumn", "since the council started its hotline last spring"), as "since the
pilot began last autumn" is; up to six words, no comma or full stop between, the last no
determiner ("since the force began its last summer campaign": the campaign's "last")."""
SEASON_EVENT_BEFORE = rf"(?:{EVENT_BEFORE_IN}|{EVENT_BEFORE}(?=last\s)|{EVENT_OBJECT_BEFORE_LAST})"
"""The event a season's span runs from, before the season (rule ``since_season``): "since
the scheme began in the spring", "since the pilot began last autumn", or with its object
(:data:`EVENT_OBJECT_BEFORE_LAST`)."""
SINCE_EVENT = re.compile(
    rf"\bsince\s+{EVENT_BEFORE_IN}(?P<m>{MONTH})\s+(?:(?P<y>{YEAR})|(?P<rel>last|this)\s+year)\b",
    re.I,
)
""""since" an event dated by a month and year: "since the inquiry published its report in
October 2022", "since the force launched its app in May 2021", "since the start of the
scheme in June 2023", or a year told from P ("since it was expanded in April last year",
"since the app launched in May this year"); not "since March 2019" (``since``: no event
between)."""


def resolve_since_event(ctx: Context) -> Resolution:
    """From the first day of the event's month to P; undated without P or when the month
    is after P."""
    published = ctx.published
    if published is None:
        return None
    year = ctx.group("y")
    told = published.year - (1 if (ctx.group("rel") or "").lower() == "last" else 0)
    start = dt.date(int(year) if year else told, month_number(ctx.group("m") or ""), 1)
    return Span(start, published, "since") if start <= published else None


def resolve_since_start_month(ctx: Context) -> Resolution:
    """A start "in" a month as ``since_month``; one "last" month as ``since_last_month``."""
    if ctx.group("last"):
        return resolve_since_last_month(ctx)
    return resolve_since_month(ctx)


_SINCE_START_NEEDS = (
    "since the",
    "since launching",
    "since starting",
    "since beginning",
    "since introducing",
    "since opening",
    "since setting",
    "since rolling",
    "since joining",
    "since becoming",
    "since forming",
    "since taking",
    "since its",
    "since their",
    "since our",
    "since a ",
    "since an ",
    "since it ",
    "since they ",
    "since we ",
    "since she ",
    "since he ",
    "into force",
    "came in",
    "into effect",
    "took effect",
    "returned",
    "reopened",
    "resumed",
    "went back",
    *(f"were {first}{verb}" for verb in _BARE_PLURAL_VERBS for first in ("", "first ")),
    "went live",
    "went up",
)
"""What a start's "since" opens with, one of which its rules need."""
SINCE_EVENT_DAY = re.compile(
    rf"\bsince\s+(?:(?:the|its|their|our)\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,4}}?\s+"
    rf"(?:was\s+|were\s+)?{_PAST_VERB}\s+on\s+{DAY_DATE.pattern}",
    re.I,
)
""""since" an event with its past verb, dated by a day: "since nominations closed on 9
April", "since the new law came in on 1 March", "since the appeal was issued on May 3";
not "since 9 April" alone (``since_day``), nor "since the start of the season on 1
September" (``since_start_day``)."""
SINCE_EVENT_MONTH = re.compile(
    rf"\bsince\s+(?:(?:the|its|their|our)\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,4}}?\s+"
    rf"(?:was\s+|were\s+)?{_PAST_VERB}\s+in\s+(?:(?:early|mid-?|late)\s*)?(?P<m>{MONTH})"
    rf"(?![\w-]|,?\s+(?:{YEAR}|last\s+year|this\s+year)\b|\s*\d)",
    re.I,
)
""""since" an event with its past verb in a month with no year: "since nominations closed
in early April", "since the scheme started in March": from the first day of the latest
such month not after P to P, as "since April"; not "since it started in May 2021"
(``since_event_month_year``)."""
SINCE_START_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("since_event_day", SINCE_EVENT_DAY, resolve_since_day, ("since",)),
    PeriodRule("since_event_past_month", SINCE_EVENT_MONTH, resolve_since_month, ("since",)),
    PeriodRule(
        "since_start_month",
        SINCE_START,
        resolve_since_start_month,
        _SINCE_START_NEEDS,
    ),
    PeriodRule("since_event_month_year", SINCE_EVENT, resolve_since_event, ("since",)),
    PeriodRule(
        "since_start_day",
        SINCE_START_DAY,
        resolve_since_day,
        _SINCE_START_NEEDS,
    ),
)
"""The start of a named thing in a month, "since" it: from that month to P (rule
``since_start_month``); not "since the start of the year" (``so_far``), nor "since the
start of May" (no thing named: ``since_month`` reads the month)."""


_STARTED = (
    r"\b(?:set\s+up|launched|formed|created|introduced|started|began|opened|installed|put\s+in)"
    r"(?:\s+(?:a|an|the|their|its|our)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:at|in|outside)\s+[A-Z][\w'’-]*(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]*){0,5})?"
)
"""A thing started, with what was started and where: "launched the scheme", "installed at
Leek and Stone", "began"."""
_DONE_SINCE = (
    r"(?=[^.;:]{0,60}?\b(?:(?:has|have|had)\s+(?:already|so\s+far)|"
    r"(?:has|have)\s+(?:(?:now|also|since)\s+)?(?:been\s+)?(?:recorded|logged|made|issued|sent|seen|taken|"
    r"caught|stopped|checked|handled|received|helped|supported|reached|trained|arrested|"
    r"charged|seized|recovered|identified|safeguarded|visited|referred|answered|removed|"
    r"closed|led\s+to|resulted\s+in|carried\s+out)\b))"
)
"""What has been done since, shortly after the start: "has already taken", "have arrested",
"has led to", "have been charged", "has also made", "has since helped" (rule
``done_since_also``: "also" or "since" between the auxiliary and the verb)."""
DONE_SINCE = re.compile(_DONE_SINCE, re.I)
""":data:`_DONE_SINCE` alone, read right after a start another rule found."""
STARTED_THEN_SO_FAR = re.compile(
    rf"{_STARTED}\s+(?:in|last)\s+(?P<m>{MONTH})(?!\w|\.?\s*\d){_DONE_SINCE}", re.I
)
"""A thing started in a month, then what it "has already" done: "the unit, set up in June,
had already linked 312 offences", "The helpline, launched in March, has already taken 900
calls", "where residents set up a group in March, volunteers have recorded 640", "Under
Operation Ash, which began in May, officers have arrested 61": from that month to P, as
"since June" (the month alone would date the start); a present perfect of a tally ("have
recorded", "has led to") needs no "already". Bins and kiosks "installed" or "put in" at
named sites ("The bins installed at Leek, Cheadle and Stone in March have taken in 212
knives") or "last June" ("was installed last June and has already taken …") too."""
STARTED_IN_YEAR_THEN_SO_FAR = re.compile(
    rf"{_STARTED}\s+in\s+(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b(?![/–-]\d){_DONE_SINCE}",
    re.I,
)
"""The same with the start's year: "The scheme, which began in April 2024, has so far
helped 615 families", "The hub, opened in 2023, has seen 900 people": from the month's (or
the year's) first day to P."""
_STARTED_NEEDS = (
    "set up", "launched", "formed", "created", "introduced", "started", "began", "opened",
    "installed", "put in",
)  # fmt: skip
DURING_SINCE_BEGAN = re.compile(
    r"\bduring\s+(?:the|its|their|our|this)\s+(?:[\w-]+\s+){0,3}?(?:investigation|inquiry|"
    r"probe|operation|campaign|crackdown|initiative|scheme|project|pilot)\b[^.,;]{0,40}?,?\s+"
    r"(?:which|that)\s+(?:began|started|opened|launched|was\s+launched|was\s+set\s+up)\s+in\s+"
    rf"(?:(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?|(?P<y2>{YEAR}))\b(?![/–-]\d)",
    re.I,
)
"""A figure counted during a thing whose start its relative clause dates: "seized 3kg
during the investigation, which began in March 2024", "during the operation that started
in May": from that month (or year) to P, as "since" it; not "during the operation, which
ran from …" (a span of its own: ``event_clause_period``)."""


def resolve_during_since_began(ctx: Context) -> Resolution:
    """From the start's month of its year (or the year's 1 January) to P; a month without
    a year is the latest such month up to P."""
    year = ctx.group("y") or ctx.group("y2")
    if ctx.published is None:
        return None
    if year is None:
        return resolve_since_month(ctx)
    month = month_number(ctx.group("m") or "") if ctx.group("m") else 1
    return Span(dt.date(int(year), month, 1), ctx.published, "since")


STARTED_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("started_then_so_far", STARTED_THEN_SO_FAR, resolve_since_month, _STARTED_NEEDS),
    PeriodRule(
        "started_in_year_then_so_far", STARTED_IN_YEAR_THEN_SO_FAR, resolve_since, _STARTED_NEEDS
    ),
    PeriodRule("during_since_began", DURING_SINCE_BEGAN, resolve_during_since_began, ("during",)),
)
"""The rules ``started_then_so_far`` and ``started_in_year_then_so_far``: a start in a month
(or a month of a year, or a year) and what is done since; ``during_since_began``: what was
counted during a thing begun then."""

SINCE_MONTH_START = re.compile(
    rf"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?P<m>{MONTH})(?!\w|\.?\s*\d)", re.I
)
""""since" the start of a month: "since the start of December" (as "since December")."""

SCHOOL_YEAR = re.compile(
    r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)|so\s+far\s+this|"
    r"(?<!last\s)this)\s+(?:school|academic)\s+year\b(?!['’])",
    re.I,
)
"""The school year so far: "since the start of the school year", "this academic year"."""


def resolve_school_year(ctx: Context) -> Resolution:
    """From the latest 1 September not after P to P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    year = published.year if published.month >= 9 else published.year - 1
    return Span(dt.date(year, 9, 1), published, "since")


SINCE_NAMED_START = re.compile(
    rf"\bsince\s+(?!{MONTH}\b)(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){{0,5}}?"
    r"(?:,\s[^,.;:\"“”]{1,120}?,)?\s+"
    r"(?:began|started|launched|opened|was\s+(?:launched|set\s+up|introduced|formed|created|"
    r"opened)|came\s+into\s+(?:force|being|effect))\s+in\s+"
    rf"(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b",
    re.I,
)
"""A named scheme's start: "since Operation Boson began in 2019", "since Project Vigil
was launched in March 2022", also with the name glossed between commas ("since Operation
Kestrel, the force's drive against county lines, began in May 2023"): from then (the
year's or month's first day) to P."""

SINCE_LAST_MONTH = re.compile(rf"\bsince\s+last\s+(?P<m>{MONTH})(?!\w|\.?\s*\d)", re.I)
""""since" a month named with "last": "since last October" (not "since last year")."""


def resolve_since_last_month(ctx: Context) -> Resolution:
    """From the first day of such a month in the year before P's ("since last October" in
    October or November 2026: from 1 October 2025; as ``last_month_named``) to P; undated
    without P."""
    published = ctx.published
    if published is None:
        return None
    month = month_number(ctx.group("m") or "")
    return Span(dt.date(published.year - 1, month, 1), published, "since")


MONTH_START_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("since_month_start", SINCE_MONTH_START, resolve_since_month, ("since the",)),
    PeriodRule("since_last_month", SINCE_LAST_MONTH, resolve_since_last_month, ("since last",)),
    PeriodRule("since_named_start", SINCE_NAMED_START, resolve_since, ("since",)),
    PeriodRule("school_year", SCHOOL_YEAR, resolve_school_year, ("school year", "academic year")),
    PeriodRule(
        "since_start_again",
        SINCE_START_AGAIN,
        resolve_since_start_again,
        ("since the", "since its", "since their"),
    ),
    PeriodRule(
        "since_span_again",
        SINCE_SPAN_AGAIN,
        resolve_since_span_again,
        (" since,", " since.", " since;", " since:", " since then"),
    ),
    # the span of the latest "since" stated before, within reach ("has arrested 286 people
    # since it was set up in September. … Officers have since charged 198 suspects":
    # September to P, past a span stated between them); undated when none was stated
    PeriodRule(
        "since_adverb_again",
        SINCE_ADVERB_AGAIN,
        resolve_since_span_again,
        (" since ", "so far"),
    ),
    PeriodRule(
        "since_start_noun",
        SINCE_START_NOUN,
        resolve_since_start_noun,
        ("since the", "since its", "since their"),
    ),
    PeriodRule("since_event_noun", SINCE_EVENT_NOUN, resolve_since_event_noun, ("since the",)),
)
"""The start of a month, a named scheme's start, and the school year so far (the period
table adds them)."""
