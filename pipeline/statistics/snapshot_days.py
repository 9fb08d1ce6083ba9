"""Counts held on one day: "as at 31 March 2024", "on the register on 31 July this year".

A sentence may also open with the day and say the stock's state after it ("On 30 June,
1,200 people were being monitored": ``snapshot_on_day``).

A single day usually dates an event (an announcement, an arrest), and the period choice
never gives a figure one (:mod:`pressfacts.statistics.period_context`). A stock counted
on a day is different: children on a register, cases open, people on a waiting list "as
at" a date. :data:`SNAPSHOT_DAY_RULES` reads those days as a period of their own kind
(``snapshot``), one day long, which a figure may take; "this year" or "last year" right
after the day fixes its year and is part of the phrase, not a period of its own.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span, shifted

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = (
    rf"(?:(?P<d>{_DAY}){_ORDINAL}\s+(?:of\s+)?(?P<m>{MONTH})|"
    rf"(?P<mb>{MONTH})\s+(?P<db>{_DAY}){_ORDINAL})"
)
"""A day and its month in either order ("31 March", "31st of March", "March 31")."""
_YEAR_AFTER = r"(?![\w/])(?:,?\s+(?P<y>(?:19|20)\d{2})\b|\s+(?P<rel>this|last)\s+year\b)?"
"""After a stock's day: its year, "this year", "last year" or none."""
_OPENING_DAY = rf"(?:^|(?<=[.!?]\s))On\s+{_DAY_MONTH}(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
"""A day opening its sentence, with its year or none ("On 31 March 2025")."""
HEADCOUNT_NOUNS = (
    r"officers|constables|PCSOs|staff|employees|volunteers|detectives|specials|"
    r"call\s+handlers|drivers|licence\s+holders|licensed\s+premises"
)
"""A body's headcount or register, counted on a day ("had 2,087 police officers on")."""
_FULL_TIME = r"(?:full[\s-]time[\s-]equivalent\s+|FTE\s+)?"
"""A headcount's full-time-equivalent measure before its words ("148,620 full-time
equivalent police officers"), so it does not use up the words a headcount noun may have."""
_PLACE_NAMED = (
    r"(?:\s+in(?:\s+(?-i:[A-Z])[\w’'-]*|\s+and){1,4}|"
    r"\s+(?:in|across)\s+(?:the\s+|all\s+|its\s+)?(?:\d+\s+)?"
    r"(?:(?:territorial|police|home)\s+){0,2}"
    r"forces)?"
)
"""A place after the headcount, in capitalised words ("in England and Wales"), or the forces
it is counted across (rule ``headcount_across_forces``: "across the territorial forces", "in
the 43 police forces", "across all forces"); not "across the region" (no place named)."""
SNAPSHOT_LEADS = (
    r"as\s+(?:at|of|on)",
    r"(?:register|registers|list|lists|caseload|caseloads|books)\s+on",
    r"(?:open|active|outstanding|looked\s+after|in\s+care)\s+on",
    r"(?:\bon|subject\s+to)\s+(?:a\s+)?(?:(?:child\s+)?protection\s+)?plans?\s+on",
    r"stood\s+at\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?[\d,.]+(?:\s+[\w-]+){0,3}?\s+on",
    r"(?:more|fewer|higher|lower)\s+than\s+on",
    r"(?:had|employed)\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?[\d,.]+\s+"
    rf"{_FULL_TIME}(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{HEADCOUNT_NOUNS})\s+on",
    r"there\s+(?:were|was|are)\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?[\d,.]+"
    rf"\s+{_FULL_TIME}(?:[\w-]+\s+){{0,2}}?(?:{HEADCOUNT_NOUNS}){_PLACE_NAMED}\s+on",
)
"""Words right before a day that make it the day a stock was counted: "as at", "on the
register on", "cases open on", "numbers stood at 4,100 on", a headcount a body "had" or
"employed" ("had 2,087 police officers on", "employed 640 staff on") or a licensing
authority's register ("had 1,300 licensed drivers on", "had 420 licensed premises on"), and
a headcount there "were" in a place ("There were 146,830 officers in England and Wales on",
also as full-time equivalents: ``_FULL_TIME``;
not "There were 40 arrests on", an event), the day a stock is held up against ("85 more
than on 31 March"), children held on a plan ("on
a child protection plan on", "subject to a plan on"; not "agreed its protection plan on",
an event); not "arrested on" (an
event), "had 12 arrests on" (no staff counted)."""
SNAPSHOT_DAY = re.compile(
    rf"\b(?:{'|'.join(SNAPSHOT_LEADS)})\s+{_DAY_MONTH}{_YEAR_AFTER}",
    re.I,
)
"""A day a stock was counted on, with its year, "this year", "last year" or none."""


SUPERVISED_STATES = (
    r"wearing\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:tags?|monitors?)",
    r"on\s+(?:licence|probation|bail|(?:a\s+)?curfew|(?:an?\s+)?(?:[\w-]+\s+){0,2}?tags?)",
    r"under\s+(?:probation\s+)?supervision",
    r"subject\s+to\s+(?:an?\s+)?(?:electronic\s+|GPS\s+)?(?:curfew|monitoring|tag)s?",
)
"""Offenders' supervision as a state held on a day, after "were"/"was" (in
``_HELD_STATES``): "were wearing an electronic tag", "were on licence", "were on a GPS tag",
"were under supervision", "were subject to a curfew"."""
_HELD_STATES = (
    r"being\s+[a-z]+",
    r"in\s+(?:custody|care|prison|hospital)",
    r"on\s+(?:the\s+)?(?:register|list|caseload|books|remand)",
    r"on\s+(?:long-term\s+|short-term\s+)?(?:sick|sickness|maternity|paternity|parental)\s+leave",
    r"off\s+sick",
    r"on\s+(?:restricted|recuperative|adjusted)\s+duties",
    *SUPERVISED_STATES,
)
"""A state a stock is in, after "were"/"was": "were being monitored", "were in custody",
"was on the register", staff absent or held back from full duty ("were on long-term sick
leave", "were off sick", "were on restricted duties"), and offenders' supervision
(``SUPERVISED_STATES``: "were wearing an electronic tag", "were on licence", "were on a GPS
tag", "were under supervision", "were subject to a curfew"); not "were arrested", "were
fitted with tags" or "were released on licence" (events)."""
_SHARE_OF_HEADCOUNT = (
    r"[^.;]{0,60}?\b(?:made|make|makes)\s+up\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?"
    rf"[\d.]+(?:%|\s+per\s+cent)\s+of\s+(?:all\s+|the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{HEADCOUNT_NOUNS}|workforce)\b"
)
"""A share of a headcount a sentence opened by a day states ("On 31 March, women made up
36.4% of officers"): the day the headcount was counted (rule ``snapshot_on_day``); not
"On 3 May, women made up 40% of those arrested" (no headcount)."""
SNAPSHOT_ON_DAY = re.compile(
    rf"{_OPENING_DAY},"
    rf"(?=[^.;]{{0,100}}?\b(?:was|were)\s+(?:{'|'.join(_HELD_STATES)})\b|{_SHARE_OF_HEADCOUNT})",
    re.I | re.M,
)
"""A sentence opened by the day a stock was counted, with the state it was in later in
the clause: "On 31 March 2025, 2,140 people were being supervised", "On 1 May, 64 boys
were in custody"; not "On 3 May, 12 people were arrested" (an event)."""

_CASELOAD_VERBS = (
    r"working\s+with", r"supporting", r"caring\s+for", r"looking\s+after", r"managing",
    r"monitoring", r"housing", r"holding",
)  # fmt: skip
"""Progressive verbs of a caseload held: "was working with 240 children", "were supporting
96 families", "was caring for 40 dogs"."""
SNAPSHOT_CASELOAD_DAY = re.compile(
    rf"{_OPENING_DAY}(?:,|\s)"
    rf"(?=[^.;]{{0,100}}?\b(?:was|were)\s+(?:{'|'.join(_CASELOAD_VERBS)})\b)",
    re.I | re.M,
)
"""Rule ``snapshot_caseload_day``: a sentence opened by a day (a comma after it or not),
whose clause then says a caseload was held that day ("On 1 October the team was working
with 240 children", "On 31 March, staff were supporting 96 families"); not "On 3 May the
team arrested 12 people" (an event), nor a day inside the sentence. The comma or space
after the day is read, so the phrase outruns the plain day rule (``day``), as
``snapshot_on_day``'s comma does."""
SAME_DAY_LAST_YEAR = re.compile(
    r"\b(?:on|as\s+(?:at|of|on))\s+the\s+same\s+(?:date|day)\s+"
    r"(?:last\s+year|a\s+year\s+(?:earlier|before|ago))\b",
    re.I,
)
"""Rule ``snapshot_same_day_last_year``: the day a stock was counted, one year earlier ("up
from 165 on the same date last year", "as at the same day a year earlier"); not "on the same
day in 2023" (a day of its own), nor "on the same date" alone (``snapshot_that_day``)."""


def resolve_same_day_last_year(ctx: Context) -> Resolution:
    """The day of :func:`resolve_snapshot_that_day`, a year earlier (28 February for 29
    February), as a comparison's earlier half anchored on that day (rule
    ``same_day_change_span``: "up 4% on the same date last year" after "had 2,611 officers
    on 31 March" covers 31 March last year to 31 March; the level "when it had 2,509" takes
    the earlier day alone); None when there is none."""
    day = resolve_snapshot_that_day(ctx)
    if not isinstance(day, Span) or day.kind != "snapshot":
        return None
    earlier, _ = shifted(day.start, day.start, -1)  # 29 February: the 28th
    return Span(earlier, earlier, "previous", (day.start, day.end))


def resolve_snapshot_day(ctx: Context) -> Resolution:
    """The day itself; without a year, the latest such day not after P ("this year":
    P's year, "last year": the year before); None when neither fixes the year."""
    month = month_number(ctx.group("m") or ctx.group("mb") or "")
    day = int(ctx.group("d") or ctx.group("db") or 0)
    published = ctx.published
    if ctx.group("y"):
        year = int(ctx.group("y") or 0)
    elif published is None:
        return None
    elif ctx.group("rel"):
        year = published.year - (1 if (ctx.group("rel") or "").lower() == "last" else 0)
    else:
        year = (
            published.year
            if (month, day) <= (published.month, published.day)
            else published.year - 1
        )
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    if _THAN.match(ctx.match.group(0)) and ctx.previous is not None and ctx.previous.start > when:
        # "85 more than on 31 March": the earlier stock a change is measured from
        return Span(when, when, "previous", (ctx.previous.start, ctx.previous.end))
    return Span(when, when, "snapshot")


_THAN = re.compile(r"(?:more|fewer|higher|lower)\s+than\s", re.I)

COUNT_NOUNS = r"count|census|snapshot|headcount|tally"
"""A count of a stock on one day: a rough sleeping count, a street census, a snapshot."""
SNAPSHOT_COUNT_DAY = re.compile(
    rf"\b(?:{COUNT_NOUNS}),?\s+(?:was\s+)?(?:taken|carried\s+out|conducted|held|done)\s+on\s+"
    rf"(?:(?P<d>{_DAY}){_ORDINAL}\s+(?:of\s+)?(?P<m>{MONTH})|(?P<mb>{MONTH})\s+(?P<db>{_DAY}){_ORDINAL})"
    r"(?![\w/])(?:,?\s+(?P<y>(?:19|20)\d{2})\b|\s+(?P<rel>this|last)\s+year\b)?",
    re.I,
)
"""Rule ``snapshot_count_day``: the day a count of a stock was taken ("The single-night
count, taken on 20 November, found 14 people sleeping rough", "a street census carried out
on 3 October 2024 recorded 212 people"): the figure the count found is the stock on that
day; not "officers made 12 arrests on 3 May" (no count taken), nor "the count will be
repeated on 20 May" (no verb of taking)."""

IN_FORCE_DAY = re.compile(
    r"(?<!\bbe\s)(?<!\bremain\s)\bin\s+(?:force|effect)"
    r"(?:\s+(?:against|for|on|in|across)\s+[^.;,:\d]{1,60}?)?\s+on\s+" + _DAY_MONTH + _YEAR_AFTER,
    re.I,
)
"""Rule ``snapshot_in_force_day``: orders, notices or injunctions "in force" (or "in
effect") on a day are a stock held that day ("There were 1,874 football banning orders in
force on 1 August", "62 closure orders were in effect on 31 March 2025"), also with whom or
where they bind told between ("in force against supporters of the city's clubs on 31
January"); not "came into force on 1 April" (a law starting: an event), "will be in force
on 22 November" (an order to come), nor "were issued on 3 May" (an event)."""

ON_ISSUE_DAY = re.compile(
    r"(?<!\bbe\s)\bon\s+issue"
    r"(?:\s+(?:across|in|throughout|to)(?:\s+the)?(?:\s+(?-i:[A-Z])[\w’'-]*|\s+and|\s+of){1,4})?"
    r"\s+on\s+" + _DAY_MONTH + _YEAR_AFTER,
    re.I,
)
"""Rule ``snapshot_on_issue_day``: certificates, licences, permits or badges "on issue" on a
day are a stock held that day ("there were 489,000 shotgun certificates on issue in England
and Wales on 31 March 2026", "1,240 blue badges were on issue on 1 April"), with the place
they were held in told between in capitalised words ("across the Isle of Wight"); not
"will be on issue on 1 May" (one to come), "were issued on 3 June" (an event), nor "on
issue" with no day."""

AVAILABLE_STATES = r"available|vacant|empty|occupied|in\s+use"
"""States of places or beds held on a day: spaces "available", beds "vacant" or "occupied"."""
AVAILABLE_DAY = re.compile(
    r"\b(?:(?:were|was|are|is)\s+(?:still\s+)?|there\s+(?:were|was|are|is)\s+"
    r"(?:about\s+|around\s+|almost\s+|nearly\s+|just\s+|only\s+)?[\d,.]+(?:\s+[\w-]+){0,3}?\s+)"
    rf"(?:{AVAILABLE_STATES})"
    r"(?:\s+(?:across|in|throughout)(?:\s+the)?(?:\s+(?-i:[A-Z])[\w’'-]*|\s+and){1,4})?\s+on\s+"
    + _DAY_MONTH
    + _YEAR_AFTER,
    re.I,
)
"""Rule ``snapshot_available_day``: spaces, beds or places that "were available", "vacant",
"empty", "occupied" or "in use" on a day are a stock held that day ("4,100 refuge spaces
were available across England on 31 March 2025", "62 beds were occupied on 1 January"),
also after "there were" and the count ("There were 212 beds available in Kent on 1
May"), with the place they were in told between in capitalised words; not "will be available on
1 May" or "were made available on 3 June" (an offer or a release: an event), nor "were
available on request" (no day)."""

SNAPSHOT_THAT_DAY = re.compile(
    r"\b(?:on|as\s+(?:at|of|on))\s+(?:that|the\s+same)\s+(?:date|day)\b(?!\s+(?:of|in)\b)|"
    r"\bon\s+the\s+day(?=\s*,)",
    re.I,
)
"""A day that points back to the day a stock was counted: "On that date, around one in
eight holders lived in the South West", "as at the same date"; not "on that day of
action", "on the same day in 2023" (a day of its own); "On the day," (a comma after it)
points back too."""
_THAT_DAY_REACH = 1500
"""How far before "that date" (in characters) the day it points back to may be stated."""
DATED_DAY_KINDS = ("relative", "explicit")
"""Rule ``that_day_dated``: kinds of a single day the period choice gives a figure ("found
41 people on Tuesday": a weekday before P); "On the day, officers served three notices"
right after it takes that day too."""
_DATED_DAY_REACH = 600
"""How far before "On the day" (in characters) such a day may be stated."""


def resolve_snapshot_that_day(ctx: Context) -> Resolution:
    """The latest day a stock was counted on stated not far before (a ``snapshot``); else
    (rule ``that_day_dated``) the latest single day of :data:`DATED_DAY_KINDS` stated
    within :data:`_DATED_DAY_REACH`; None when there is none (the day of an event is no
    stock's: "On that day, officers made 12 arrests" after "on 3 May" stays undated)."""
    floor = ctx.match.start() - _THAT_DAY_REACH
    day = next(
        (
            p
            for p in reversed(ctx.found)
            if p.kind == "snapshot" and p.start == p.end and p.end_char >= floor
        ),
        None,
    )
    if day is not None:
        return Span(day.start, day.end, "snapshot")
    near = ctx.match.start() - _DATED_DAY_REACH
    dated = next((p for p in reversed(ctx.found) if p.start == p.end and p.end_char >= near), None)
    if dated is None or dated.kind not in DATED_DAY_KINDS:
        return None
    return Span(dated.start, dated.end, dated.kind)


SNAPSHOT_TODAY = re.compile(r"\bas\s+(?:at|of)\s+(?:today|this\s+morning)\b(?!['’])", re.I)
"""The day of writing as the day a stock is counted: "As of today, there are 143 banning
orders in force", "as at this morning"; not "today" alone ("said today": an event's day,
rule ``today``), nor "as of today's date" (a possessive)."""


def resolve_snapshot_today(ctx: Context) -> Resolution:
    """P itself, as a stock's day (rule ``snapshot_today``); None without P."""
    published = ctx.published
    return Span(published, published, "snapshot") if published else None


SNAPSHOT_DAY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "snapshot_today",
        SNAPSHOT_TODAY,
        resolve_snapshot_today,
        needs=("as at", "as of"),
    ),
    PeriodRule(
        "snapshot_day",
        SNAPSHOT_DAY,
        resolve_snapshot_day,
        needs=("as at", "as of", "as on", " on "),
    ),
    PeriodRule(
        "snapshot_count_day",
        SNAPSHOT_COUNT_DAY,
        resolve_snapshot_day,
        needs=("count", "census", "snapshot", "tally"),
    ),
    PeriodRule(
        "snapshot_in_force_day",
        IN_FORCE_DAY,
        resolve_snapshot_day,
        needs=("in force", "in effect"),
    ),
    PeriodRule(
        "snapshot_on_issue_day",
        ON_ISSUE_DAY,
        resolve_snapshot_day,
        needs=("on issue",),
    ),
    PeriodRule(
        "snapshot_available_day",
        AVAILABLE_DAY,
        resolve_snapshot_day,
        needs=("available", "vacant", "empty", "occupied", "in use"),
    ),
    PeriodRule(
        "snapshot_on_day",
        SNAPSHOT_ON_DAY,
        resolve_snapshot_day,
        needs=(
            "being",
            "in custody",
            "in care",
            "in prison",
            "in hospital",
            "on the",
            "on remand",
            "leave",
            "off sick",
            "duties",
            "made up",
            "make up",
            "makes up",
            "wearing",
            "on licence",
            "on probation",
            "on bail",
            "tag",
            "curfew",
            "supervision",
        ),
    ),
    PeriodRule(
        "snapshot_caseload_day",
        SNAPSHOT_CASELOAD_DAY,
        resolve_snapshot_day,
        needs=tuple(verb.replace(r"\s+", " ") for verb in _CASELOAD_VERBS),
    ),
    PeriodRule(
        "snapshot_same_day_last_year",
        SAME_DAY_LAST_YEAR,
        resolve_same_day_last_year,
        needs=("same date", "same day"),
    ),
    PeriodRule(
        "snapshot_that_day",
        SNAPSHOT_THAT_DAY,
        resolve_snapshot_that_day,
        needs=("that date", "that day", "same date", "same day", "the day"),
    ),
)
"""The period rules of a stock counted on a day."""
