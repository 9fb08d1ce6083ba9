"""A one-day event named by its weekday: "Saturday's derby", "Sunday's match".

- ``weekday_event``: a weekday in the possessive before the noun of a one-day event
  (:data:`WEEKDAY_EVENT_NOUNS`: a match, a march, a concert): that day, the latest such
  weekday on or before P ("during and after Saturday's derby", P a Monday: the Saturday
  two days before). Not an event spoken of as to come ("ahead of Saturday's match",
  "before Sunday's march", "next Saturday's game": no period), nor a weekday alone ("on
  Saturday": the rule reads only the possessive before an event noun).
- ``future_weekday``: "on Sunday" in a sentence that speaks of it as to come ("Families
  will gather in 40 towns on Sunday", P a Thursday): the next such weekday on or after P.
  A weekday said of the past ("officers stopped 40 drivers on Sunday") is read as
  ``weekday_in_span`` reads it (no period when no span holds it, as before), also when only
  a later clause speaks of what is to come (``past_clause_before_future``); not a
  recurring one ("on Friday and Saturday nights", "on Sundays", "every Sunday"), nor a
  dated one ("on Wednesday 18 June": the day rules').
- ``weekday_in_span``: "On Saturday night", "19 of them on Saturday" after a dated span of
  a week or less that holds one such weekday ("from Friday 4 July to Sunday 6 July",
  "over the weekend of 2 and 3 August"): that day of the span. Not a weekday spoken of as
  to come (``future_weekday``'s), nor one after no such span (no period, as before). A
  weekday the span does not hold whose latest day by P comes before the span ("on Thursday
  night" after "between Friday and Sunday", P the Monday after) is that day (rule
  ``weekday_before_span``, read as ``past_weekday``); a day after the span stays undated.
- ``past_weekday`` (tried by ``weekday_in_span`` when no span holds the day): "made 31
  arrests on Saturday" in a sentence told in the past (``period_future.told_in_past``), P
  a Monday: the latest such weekday on or before P (the Saturday two days before). Not a day spoken
  of as to come, nor one in a sentence with no past verb ("The march is on Saturday"),
  nor one after hours that may run into the next day ("between 10pm and 3am on
  Saturday"); hours within the day date it (``hours_within_the_day``: "from 2pm to 11pm on
  Monday"); undated without P.
- ``early_hours_of_weekday``: "in the early hours of Sunday" (or "… Sunday morning"),
  read as ``weekday_in_span`` reads "on Sunday": the day of a short span stated before,
  else the latest such weekday by P in a sentence told in the past.
- ``since_weekday``: "since Friday", "since last Saturday" (no date after it): from the
  latest such weekday before P to P ("Since Friday, officers have received 19 reports", P
  a Tuesday: from the Friday four days before). Not "since Friday 3 May" (``since_day``).
- ``last_weekday``: "last Thursday" (no date after it) in a sentence told in the past
  ("Officers raided six addresses last Thursday and recovered 38 phones", P a Wednesday:
  the Thursday six days before): the latest such weekday before P, a week before when P is
  that weekday. Not one told as a telling's or a court's day ("said last Thursday",
  "was jailed last Thursday"), nor "since last Friday" (``since_weekday``), "last
  Thursday's match" (``weekday_event``) or a dated one ("last Thursday, 3 May").
- ``yesterday``: "yesterday" in a sentence told in the past, read as ``last_weekday``
  reads a weekday: the day before P ("Officers raided four units in Oldham yesterday", P 18
  February: 17 February). Not a telling's nor a court's day ("the force said yesterday",
  "was jailed yesterday"), nor "yesterday's raids" (an event named by its day).
- ``the_match``: "for the match", "at the game", "after the derby": the day of the event
  named by its weekday not far before (``weekday_event``: "Saturday's derby … 600 officers
  were on duty for the match"); no period when none is.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.findings import UNRESOLVED
from pressfacts.lexicon.months import WEEKDAYS
from pressfacts.statistics.period_court_days import court_day
from pressfacts.statistics.period_future import to_come_in_clause, told_in_past
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)
from pressfacts.statistics.period_told_bodies import vote_at_meeting

WEEKDAY_EVENT_NOUNS: tuple[str, ...] = (
    "match",
    "game",
    "derby",
    "fixture",
    "cup\\s+final",
    "final",
    "march",
    "protest",
    "demonstration",
    "concert",
    "festival",
    "parade",
    "race",
    "event",
    "operation",
)
"""Nouns of an event held on one day, read after a weekday's possessive."""

_WEEKDAY_EVENT = (
    r"\b(?P<d>"
    + "|".join(WEEKDAYS)
    + r")['’]s\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(WEEKDAY_EVENT_NOUNS)
    + r")\b"
)
_TO_COME = re.compile(
    r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|for|next|this\s+coming|coming|upcoming)"
    r"\s+\Z",
    re.I,
)
"""Right before the weekday: the event is to come ("ahead of Saturday's match")."""


def resolve_weekday_event(ctx: Context) -> Resolution:
    """The latest day of that weekday on or before P; no period when the event is to
    come; undated without P."""
    text, start = ctx.match.string, ctx.match.start()
    if _TO_COME.search(text[max(0, start - 30) : start]):
        return NOT_A_PERIOD
    return _latest_weekday(ctx)


def _latest_weekday(ctx: Context) -> Resolution:
    """The latest day of the matched weekday on or before P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
    day = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return Span(day, day, "relative")


_DATED_AFTER = (
    r"\s+(?:\d|the\s+\d|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)"
)
"""After a weekday, the date that makes it a dated day ("on Friday 3 May", "on Friday the
3rd"), read by other rules: no weekday of these rules."""

_NEXT_WEEKDAY = (
    r"(?:\s+(?:and|or|to|until|through)|,)\s+(?:(?:on|into|the)\s+)?(?:"
    + "|".join(WEEKDAYS)
    + r")\b|\s+and\s+into\b"
)
"""After a weekday, another joined to it ("on Friday and Saturday", "on Friday to Sunday",
"on Friday and into Saturday"), or listed after a comma (guard ``weekday_list``: "on
Thursday, Friday and Saturday nights", a habit): a pair, a list or a span the weekday-pair
rules read, not one day. "on Tuesday and recovered nine guns" and "on Sunday, the charity
said" are one day: what follows is no weekday."""

_FUTURE_WEEKDAY = (
    r"(?<!every\s)\bon\s+(?P<d>"
    + "|".join(WEEKDAYS)
    + r")\b(?!['’]|s\b|\s+(?:night|nights|evenings?|mornings?|afternoons?)\b|"
    + _DATED_AFTER
    + "|"
    + _NEXT_WEEKDAY
    + r")"
)
"""A weekday alone after "on", not a recurring, a paired nor a dated one."""


def resolve_future_weekday(ctx: Context) -> Resolution:
    """The next day of that weekday on or after P when the sentence speaks of it as to
    come; not a period otherwise (a weekday of the past stays undated, as before)."""
    published = ctx.published
    if published is None or not to_come_in_clause(ctx):
        return resolve_weekday_in_span(ctx)  # a day of the past: inside a span, if any
    weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
    day = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return Span(day, day, "relative")


_WEEKDAY_PART = (
    r"(?<!every\s)\b[Oo]n\s+(?P<d>"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:night|evening|afternoon|morning))?\b"
    r"(?!['’]|s\b|\s+(?:nights|evenings|mornings|afternoons)\b|"
    + _DATED_AFTER
    + "|"
    + _NEXT_WEEKDAY
    + r")"
)
"""A weekday (or a part of one) after "on", not a recurring, a paired nor a dated one."""
_EARLY_HOURS = (
    r"\b(?:[Ii]n|[Dd]uring)\s+the\s+early\s+hours\s+of\s+(?P<d>"
    + "|".join(WEEKDAYS)
    + r")(?:\s+morning)?\b(?!['’]|s\b|\s+(?:nights|evenings|mornings|afternoons)\b|"
    + _DATED_AFTER
    + "|"
    + _NEXT_WEEKDAY
    + r")"
)
"""Rule ``early_hours_of_weekday``: "in the early hours of Sunday (morning)", read as "on
Sunday" is (``weekday_in_span``, else ``past_weekday``); not a dated one ("the early hours of
Sunday 1 March": the day rules'), nor "the early hours of Sunday's match", nor a recurring
one (guard ``early_hours_recurring``: "in the early hours of Saturday and Sunday mornings",
"of Sunday mornings", "of Saturdays": when things tend to happen, no one day)."""
_TIME_BEFORE = re.compile(r"\d\s*(?:am|pm|\.\d\d|:\d\d)\s+$", re.I)
"""Times of day right before the weekday ("between 10pm and 4am on Saturday"): hours that may
run into the next day, no day of a span (but :data:`HOURS_WITHIN_THE_DAY`)."""
HOURS_WITHIN_THE_DAY = re.compile(
    r"\b(?:from|between)\s+(?P<h1>\d{1,2})(?:[.:]\d\d)?\s*(?P<m1>am|pm)\s*"
    r"(?:and|to|until|till|-|–)\s*(?P<h2>\d{1,2})(?:[.:]\d\d)?\s*(?P<m2>am|pm)\s+\Z",
    re.I,
)
"""Rule ``hours_within_the_day``: hours before the weekday that end later on the same day
("a dispersal order from 2pm to 11pm on Monday"): that day, as a weekday alone is read;
not hours past midnight ("between 10pm and 3am on Saturday": which day is unsaid)."""


def _clock_hour(hour: str, meridiem: str) -> int:
    """The 24-hour clock's hour of "2pm", "12am"."""
    return int(hour) % 12 + (12 if meridiem.lower() == "pm" else 0)


def _hours_of_another_day(text: str, start: int) -> bool:
    """Whether times of day stand right before the weekday at ``start`` of ``text`` and do
    not lie within that one day (:data:`HOURS_WITHIN_THE_DAY`)."""
    if not _TIME_BEFORE.search(text, max(0, start - 20), start):
        return False
    hours = HOURS_WITHIN_THE_DAY.search(text[max(0, start - 40) : start])
    return not hours or _clock_hour(hours["h2"], hours["m2"]) <= _clock_hour(
        hours["h1"], hours["m1"]
    )


_SPAN_REACH = 1500
"""How far back (characters) the dated span holding the weekday may stand."""
_SHORT_SPAN_DAYS = 7
"""The longest span (days) a bare weekday is read inside: an event, a weekend, a week."""


def resolve_weekday_in_span(ctx: Context) -> Resolution:
    """That weekday of the latest dated span of a week or less stated within
    :data:`_SPAN_REACH` characters before; no period when the sentence speaks of the day
    as to come, when no such span is, or when the span holds no such weekday, save the
    latest such day by P just before the span (rule ``weekday_before_span``)."""
    start = ctx.match.start()
    if to_come_in_clause(ctx) or _hours_of_another_day(ctx.match.string, start):
        return NOT_A_PERIOD
    weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
    for before in reversed(ctx.found):
        if start - before.end_char > _SPAN_REACH:
            break
        if before.kind == UNRESOLVED:
            continue  # a phrase with no dates ("on Thursday" with no P): no day to count on
        days = (before.end - before.start).days + 1
        if days > _SHORT_SPAN_DAYS or before.kind == "previous":
            continue  # a long span, or a yardstick ("up from 174 at last year's festival")
        if days == 1:  # a day stated already: no span to read inside, but a day to count on
            return resolve_past_weekday(ctx, after=before.start)
        hits = [
            before.start + dt.timedelta(days=n)
            for n in range(days)
            if (before.start + dt.timedelta(days=n)).weekday() == weekday
        ]
        if not hits:  # rule weekday_before_span: the day before the span, as told
            found = resolve_past_weekday(ctx)
            return found if isinstance(found, Span) and found.end < before.start else NOT_A_PERIOD
        return Span(hits[0], hits[0], "explicit") if len(hits) == 1 else NOT_A_PERIOD
    return resolve_past_weekday(ctx)


_DAY_SUPERLATIVE = r"(?:busiest|quietest|worst|calmest|hottest)\s+(?:day|night)"
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
BUSIEST_WEEKDAY = (
    r"\b(?:(?:the|its)\s+"
    + _DAY_SUPERLATIVE
    + r"\s+(?:was|came\s+on|fell\s+on)\s+|(?=(?:"
    + _WEEKDAY_NAMES
    + r")\s+was\s+the\s+"
    + _DAY_SUPERLATIVE
    + r"))(?P<d>"
    + _WEEKDAY_NAMES
    + r")\b(?!['’]|s\b|\s+(?:nights|evenings|mornings|afternoons)\b|"
    + _DATED_AFTER
    + r")"
)
"""Rule ``busiest_weekday``: a weekday named as the busiest (quietest, worst) day of a span
told before ("412 incidents over the bank holiday weekend. The busiest day was Sunday, when
… 61", "Saturday was the busiest day"): that day of the span, read as ``weekday_in_span``
reads "on Sunday"; not a dated day ("the busiest day was Sunday 3 May": the day rules'),
nor "the busiest day of the week" with no weekday named."""


_SPAN_EDGE_BEFORE = re.compile(
    r"\b(?:end(?:ed|ing|s)?|finish(?:ed|es|ing)?|clos(?:ed|es|ing)|beg(?:an|un|ins)|"
    r"start(?:ed|s|ing)?|open(?:ed|s|ing)?|launch(?:ed|es|ing)?|ran\s+until|until|to)\s+$",
    re.I,
)
"""Right before "on Sunday": the day ends or starts a span ("a fortnight of action that
ended on Sunday", "ran until Saturday"), not the day the figure covers."""


REPORTING_DAY_BEFORE = re.compile(
    r"\b(?:said|says|told|heard|announced|presented|published|released|revealed|meeting)\b",
    re.I,
)
"""Before the weekday in its sentence: the day a figure was told, not counted ("the force
said on Thursday", "announced the grants … on Monday", "presented to the board on
Monday", "was told at its public meeting on Thursday", "councillors heard on Monday")."""
REPORTING_DAY_AFTER = re.compile(r"\s*,?\s*(?:said|says|heard|told|showed|shows|announced)\b", re.I)
"""Right after the weekday, a verb of telling (rule ``reporting_day_after``): "A report to
the committee on Tuesday said police had recovered 512 weapons", "a survey on Monday
showed": the day the figures were told, not counted. Not "On Tuesday, officers made 46
arrests" (no such verb after the day), nor "… at a house on Thursday found 412 plants"
(what was found that day)."""


REPORTED_EVENT_VERB = re.compile(
    r"\b(?:was|were|(?:had|has|have)\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}(?:ed|en|ht|ck)|found|held|made|lost|sold|left|kept|shot|hit|put)\b"
)
"""Rule ``reported_event_day``: a passive verb of the past between the last verb of saying
and the weekday ("said two men were arrested in Goole on Monday", "said a trailer had been
stolen from a yard on Friday"): the weekday dates that event, not the telling. Not "said
on Thursday that 40 were arrested" (no such verb before the weekday)."""


def _reporting_day(ctx: Context) -> bool:
    """Whether the weekday dates the telling of the figures (:data:`REPORTING_DAY_BEFORE`,
    :data:`REPORTING_DAY_AFTER`) or a court hearing (``period_court_days.court_day``)
    rather than what they count; an event told in the reported clause before the weekday
    (:data:`REPORTED_EVENT_VERB`) is what it dates, as is a vote at a meeting
    (``vote_at_meeting_day``)."""
    text, start, end = ctx.match.string, ctx.match.start(), ctx.match.end()
    head = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    sentence = text[head : min(stops) if stops else len(text)]
    if court_day(sentence) or REPORTING_DAY_AFTER.match(text, end):
        return True
    told = list(REPORTING_DAY_BEFORE.finditer(text, head, start))
    if told and vote_at_meeting(text, told[-1].group(), end):  # rule vote_at_meeting_day
        return False
    return bool(told) and not REPORTED_EVENT_VERB.search(text, told[-1].end(), start)


def resolve_past_weekday(ctx: Context, after: dt.date | None = None) -> Resolution:
    """Rule ``past_weekday``: the latest such weekday on or before P when the weekday's
    sentence is told in the past (``period_future.told_in_past``); no period otherwise,
    undated without P. After a single day stated before (``after``), rule
    ``weekday_after_a_day``: the first such weekday on or after that day, when it is not
    after P ("23 arrests on Friday 6 March. On Sunday, 11 more": 8 March)."""
    text, start = ctx.match.string, ctx.match.start()
    if not told_in_past(ctx, own_clause=True) or _SPAN_EDGE_BEFORE.search(
        text[max(0, start - 20) : start]
    ):
        return NOT_A_PERIOD
    if _reporting_day(ctx):
        return NOT_A_PERIOD
    if after is not None:
        weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
        day = after + dt.timedelta(days=(weekday - after.weekday()) % 7)
        if ctx.published is None or day <= ctx.published:
            return Span(day, day, "relative")
    return _latest_weekday(ctx)


_SINCE_WEEKDAY = (
    r"\bsince\s+(?:last\s+)?(?P<d>"
    + "|".join(WEEKDAYS)
    + r")\b(?!['’]|s\b|\s+(?:night|evening|afternoon|morning)\b|"
    + _DATED_AFTER
    + r")"
)
""""since" a weekday alone: "since Friday", "since last Saturday"; not a dated one ("since
Friday 3 May"), nor a part of one ("since Friday night"), nor a possessive's event."""


def resolve_since_weekday(ctx: Context) -> Resolution:
    """From the latest such weekday before P (a week before when P is that weekday) to P;
    undated without P."""
    published = ctx.published
    if published is None:
        return None
    weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
    back = (published.weekday() - weekday) % 7 or 7
    return Span(published - dt.timedelta(days=back), published, "since")


_LAST_WEEKDAY = (
    r"(?<!since\s)\b[Ll]ast\s+(?P<d>"
    + "|".join(WEEKDAYS)
    + r")\b(?!['’]|s\b|,?"
    + _DATED_AFTER
    + "|"
    + _NEXT_WEEKDAY
    + r")"
)
"""Rule ``last_weekday``: "last Thursday" alone, not "since last Friday", "last Thursday's
match", "last Friday and Saturday" nor a dated one."""


def resolve_last_weekday(ctx: Context) -> Resolution:
    """The latest such weekday before P (a week before when P is that weekday) when the
    sentence is told in the past and the day is no telling's nor court's; undated without
    P."""
    published = ctx.published
    if published is None:
        return None
    if not told_in_past(ctx) or _reporting_day(ctx):
        return NOT_A_PERIOD
    weekday = WEEKDAYS.index((ctx.group("d") or "").lower())
    day = published - dt.timedelta(days=(published.weekday() - weekday) % 7 or 7)
    return Span(day, day, "relative")


_YESTERDAY = r"\byesterday\b(?!['’])"
"""Rule ``yesterday``: "yesterday" (or "yesterday morning"), not "yesterday's" (an event
named by its day, read by no rule here)."""


def resolve_yesterday(ctx: Context) -> Resolution:
    """The day before P when the sentence is told in the past and the day is no telling's
    nor court's, read as ``last_weekday`` reads "last Thursday" ("Police raided four units
    in Oldham yesterday", P 18 February: 17 February); not "the force said yesterday",
    "was jailed yesterday", "will open yesterday"; undated without P."""
    published = ctx.published
    if published is None:
        return None
    if not told_in_past(ctx) or _reporting_day(ctx):
        return NOT_A_PERIOD
    day = published - dt.timedelta(days=1)
    return Span(day, day, "relative")


_EVENT_DAY = re.compile(_WEEKDAY_EVENT, re.I)
_THE_MATCH = (
    r"\b(?:for|at|during|after|around)\s+the\s+(?:match|game|derby|fixture)\b"
    r"(?!['’]|\s+(?:of|between|against)\b)"
)
"""The event named again: "for the match", "after the derby"; not "the match's",
"the match between …" (another match named whole)."""
_MATCH_REACH = 600
"""How far back (characters) the event named by its weekday may stand."""


def resolve_the_match(ctx: Context) -> Resolution:
    """The day of the latest weekday's event stated within :data:`_MATCH_REACH` characters
    before; no period when there is none."""
    text, start = ctx.match.string, ctx.match.start()
    for before in reversed(ctx.found):
        if start - before.end_char > _MATCH_REACH:
            break
        if before.start == before.end and _EVENT_DAY.fullmatch(
            text, before.start_char, before.end_char
        ):
            return Span(before.start, before.end, "same")
    return NOT_A_PERIOD


WEEKDAY_EVENT_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "weekday_event",
        compile_rule(_WEEKDAY_EVENT, "mtwfsMTWFS"),
        resolve_weekday_event,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "future_weekday",
        compile_rule(_FUTURE_WEEKDAY, "oO"),
        resolve_future_weekday,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "weekday_in_span",
        compile_rule(_WEEKDAY_PART, "oO"),
        resolve_weekday_in_span,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "early_hours_of_weekday",
        compile_rule(_EARLY_HOURS, "iIdD"),
        resolve_weekday_in_span,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "busiest_weekday",
        compile_rule(BUSIEST_WEEKDAY, "tiTImtwfsMTWFS"),
        resolve_weekday_in_span,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "since_weekday",
        compile_rule(_SINCE_WEEKDAY, "sS"),
        resolve_since_weekday,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "last_weekday",
        compile_rule(_LAST_WEEKDAY, "lL"),
        resolve_last_weekday,
        needs=WEEKDAYS,
    ),
    PeriodRule(
        "yesterday",
        compile_rule(_YESTERDAY, "yY"),
        resolve_yesterday,
        needs=("yesterday",),
    ),
    PeriodRule(
        "the_match",
        compile_rule(_THE_MATCH, "fdaFDA"),
        resolve_the_match,
        needs=("the match", "the game", "the derby", "the fixture"),
    ),
)
"""The rules over a weekday's one-day event; they carry their own needs."""
