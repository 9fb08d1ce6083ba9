"""Weeks and weekends named relative to P.

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES`, with its needs
(the words one of which a text must hold for its pattern to be tried):

- ``relative_week``: "this week" runs from the Monday of P's week to P (as the contract's
  "this year" runs to P), but in a quote after a week stated just before that ended in the
  week before P's it is that week (rule ``this_week_of_stated_week``); "last week" is the
  whole Monday-to-Sunday week before P's; "last weekend" the Saturday and Sunday before P's
  week (on a Saturday or Sunday, the weekend before P's own); "over the weekend", "at the
  weekend" the latest Saturday and Sunday begun by P (cut at P), but the weekend stated just
  before when there is one ("… over the Halloween weekend. … 17 arrests during the
  weekend"), also past single days of it told since (``weekend_past_its_days``: "… on
  Saturday night … over the weekend"). "this weekend" in a sentence told in the past (rule
  ``past_this_weekend``: "Nine of those arrested this weekend were under 18") is that latest
  weekend too; one to come, or with no verb of the past, stays undated. Undated without P.
  Not "this week's" (a possessive: "this week's figures" is a document, not a span) nor
  "every week", "a week" (no anchor). Right after a verb of saying ("told councillors last
  week", "said this week") it dates the saying, not a figure: an event's day (the kind
  ``day``, which no figure takes), as "on Monday" is; so after figures put before a body
  ("presented to the licensing committee this week": rule ``presented_to_body``).
- ``past_weeks``: "in the last six weeks", "over the past two weeks": the N weeks (7N
  days) up to P, as "since" runs to P (weeks are no whole months). Undated without P.
- ``weeks_ending``: "the week ending 27 July", "the fortnight to 14 March", "the four
  weeks to Sunday 3 November 2024", "the seven days up to 2 May": the N weeks ending on
  that day (a day without a year placed as a single day is, by P).
- ``weekday_range``: "between Friday and Sunday", "from Thursday to Saturday" with no
  date after the day names (a time or part of the day at either end, "between 6pm on
  Friday and 6am on Sunday", "between Friday evening and the early hours of Monday", is
  read as whole days): the latest such run of days ending on or before P. Not
  "from Monday 16 to Sunday 22 September" (days with dates: the day-range rules'), nor
  opening hours ("the helpline is open from Monday to Friday": no span).
- ``weekday_range_of_week``: a run of weekdays in a week named relative to P ("Monday to
  Friday last week", "between Tuesday and Thursday this week"): those days of that week
  ("this week" ends at P at the latest). Undated without P; not "last weekend".
- ``weekday_pair``: two weekdays in a row after "on" ("made 11 arrests on Wednesday and
  Thursday"): the run of the two days, read as ``weekday_range`` reads "between Wednesday
  and Thursday" (inside a short span stated just before, else the latest such pair ending
  on or before P). Not two days apart ("on Monday and Friday"), recurring ones ("on Friday
  and Saturday nights", "every Friday and Saturday"), dated ones ("on Friday and Saturday 7
  and 8 March"), nor a pair spoken of as to come ("officers will patrol on Friday and
  Saturday": no period).
- ``week_possessive_event``: "last week's" or "this week's" before an event it names
  ("during last week's Operation Sceptre week of action", "in this week's crackdown",
  "last week's two-day operation"): that week, as "last week" / "this week" is. Not
  "last week's figures" or "this week's report" (a document of that week, not a span).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.events import REFERRED_EVENT
from pressfacts.lexicon.months import WEEKDAYS
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_events import explicit_span_after
from pressfacts.statistics.period_future import to_come, told_in_past
from pressfacts.statistics.period_quoted_shares import inside_quote
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    TIME_ON,
    WEEK_DAYS,
    Context,
    PeriodRule,
    Resolution,
    Span,
    previous_span,
)
from pressfacts.statistics.period_told_bodies import presented_to_body
from pressfacts.statistics.period_weekend_again import called_a_weekend_earlier
from pressfacts.statistics.single_dates import DAY_DATE

WEEKEND_AFTER_A_COUNT = (
    r"\s+after\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|"
    r"almost\s+|some\s+|up\s+to\s+)?(?:\d[\d,]*|hundreds|dozens|scores|thousands|"
    rf"{COUNT})\s+(?:of\s+)?(?!(?:days?|nights?|weeks?|months?|years?)\b)(?-i:[a-z])"
)
"""Rule ``weekend_after_a_count``: "after" and a count of things opening a clause after
"over the weekend" ("seized 14 vehicles over the weekend after more than 300 cars gathered",
"… over the weekend after dozens of drivers met"): the clause says why, and the weekend
stays the latest one begun by P. Not "the weekend after Christmas", "the weekend after 5
July" (a date), "the weekend after two weeks of patrols" (a span): a weekend counted from
an event or a date, which is no relative weekend."""

RELATIVE_WEEK = re.compile(
    r"\b(?:(?P<which>this|last)\s+week(?P<end>end)?\b(?!['’]s)|"
    r"(?:over|at|during|across)\s+the\s+(?P<the>weekend)\b(?!['’]s|\s+(?:of|before)\b|"
    rf"(?!{WEEKEND_AFTER_A_COUNT})\s+after\b))",
    re.I,
)
"""A week or weekend named relative to P: "this week", "last week", "last weekend", "over
the weekend", "over the weekend after 40 cars met" (:data:`WEEKEND_AFTER_A_COUNT`); not
"over the weekend of 5 and 6 July" (dated) nor "the weekend before" / "after Easter"."""

SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|asked|replied|announced|revealed|confirmed|warned|explained|added|wrote|"
    r"reported|published|released)\b(?:\s+[\w'’-]+){0,3}\s+$",
    re.I,
)
"""A verb of saying with up to three words after it, right before the phrase ("told
Gwynedd councillors last week"): the phrase dates the saying."""
_SAID_REACH = 60


def resolve_relative_week(ctx: Context) -> Resolution:
    """The week (or weekend) named, counted from P's week; undated without P, and "this
    weekend" (before or after P) is left undated."""
    published = ctx.published
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    start = ctx.match.start()
    said = SAID_BEFORE.search(
        ctx.match.string, max(0, start - _SAID_REACH), start
    ) is not None or presented_to_body(ctx.match.string, start)  # rule presented_to_body
    this = (ctx.group("which") or "").lower() == "this"
    if ctx.group("the"):  # the latest weekend begun by P, cut at P
        stated = _weekend_stated_before(ctx) or _weekend_past_its_days(ctx)
        if stated is not None:
            return stated
        return _weekend_by(monday, published)
    if ctx.group("end"):
        if this:  # rule past_this_weekend: "arrested this weekend" is the weekend gone by
            return _weekend_by(monday, published) if told_in_past(ctx) else None
        saturday = monday - dt.timedelta(days=2)  # on a weekend, the one before P's own
        return Span(saturday, saturday + dt.timedelta(days=1), "relative")
    kind = "day" if said else "relative"
    if this:
        return _week_just_stated(ctx, monday) or Span(monday, published, kind)
    last = monday - dt.timedelta(days=7)
    return Span(last, last + dt.timedelta(days=6), kind)


def _week_just_stated(ctx: Context, monday: dt.date) -> Span | None:
    """Rule ``this_week_of_stated_week``: "this week" inside a quote, after a week stated
    before it (a span of :data:`~.period_rules.WEEK_DAYS` days) that ended in the week before
    P's ("The week of action ran from 9 to 15 March. … 'This week shows …'", published on the
    20th): the week the release reports, as the speaker said it while it ran. Not in the
    narrative ("This week, 12 were charged": P's week), nor after a week that ended earlier
    or a longer span."""
    if not inside_quote(ctx.match.string, ctx.match.start()):
        return None
    before = previous_span(ctx)
    if before is None or (before[1] - before[0]).days not in WEEK_DAYS:
        return None
    if not monday - dt.timedelta(days=7) <= before[1] < monday:
        return None
    return Span(before[0], before[1], "same")


def _weekend_by(monday: dt.date, published: dt.date) -> Span:
    """The latest Saturday and Sunday begun by P (cut at P), P's week starting ``monday``."""
    saturday = monday + dt.timedelta(days=5)
    if saturday > published:
        saturday -= dt.timedelta(days=7)
    return Span(saturday, min(saturday + dt.timedelta(days=1), published), "relative")


_WEEKEND_BEFORE_REACH = 300
"""How far (characters) before "during the weekend" a weekend stated may end and still be
the one it points back to (the sentence before, or the one before that)."""


NAMED_WEEKEND = re.compile(r"\bweekend\b", re.I)
"""A span stated before with its dates that the text itself calls a weekend ("over the
carnival weekend of 24 and 25 August") (rule ``named_weekend_points_back``): "over the
weekend" after it points back to it whatever its days (a bank holiday weekend of a Sunday
and a Monday) and from further on (:data:`_NAMED_WEEKEND_REACH`), as the same weekend told
again. A weekend named but not dated ("over the Halloween weekend", dated by the rules of
holidays) keeps the short reach."""
_NAMED_WEEKEND_REACH = 1500
"""How far (characters) before "over the weekend" a span called a weekend may end and still
be the one it points back to (a few paragraphs of the same release)."""


def _weekend_stated_before(ctx: Context) -> Span | None:
    """The weekend stated just before "during/over the weekend" ("… over the Halloween
    weekend. The force made 17 arrests during the weekend"): a span of two to four days
    from a Friday or Saturday to a Sunday or Monday, over by P, ending within
    :data:`_WEEKEND_BEFORE_REACH` characters, or any such span the text called a weekend
    (:data:`NAMED_WEEKEND`); None otherwise (the latest weekend)."""
    before = ctx.previous
    published = ctx.published
    if before is None or published is None or before.end > published:
        return None
    named = (
        before.kind == "explicit"
        and NAMED_WEEKEND.search(ctx.match.string, before.start_char, before.end_char)
    ) or called_a_weekend_earlier(ctx.match.string, ctx.found, before)
    reach = _NAMED_WEEKEND_REACH if named else _WEEKEND_BEFORE_REACH
    if not 0 <= ctx.match.start() - before.end_char <= reach:
        return None
    days = (before.end - before.start).days
    if not 1 <= days <= 3:
        return None
    if not named and (before.start.weekday() not in (4, 5) or before.end.weekday() not in (6, 0)):
        return None
    return Span(before.start, before.end, "same")


_YARDSTICK_KINDS = ("previous", "baseline", "unresolved")
"""Kinds of phrase :func:`_weekend_past_its_days` steps over (a yardstick, an undated one)."""


def _weekend_past_its_days(ctx: Context) -> Span | None:
    """Rule ``weekend_past_its_days``: "over the weekend" after single days of a weekend
    stated before ("Between Friday and Sunday, … Over the weekend, … on Halloween night, up
    from two on the same night last year. … 96 fires over the weekend") is that weekend
    again: back over single days that all lie inside it (and yardsticks), to the latest
    span of two to four days from a Friday or Saturday to a Sunday or Monday (any days the
    text called a weekend: "the carnival weekend of 24 and 25 August"), over by P,
    within :data:`_NAMED_WEEKEND_REACH` characters; None when no single day stands between
    (:func:`_weekend_stated_before`'s case), when a longer span or a day outside it does
    (a day of another week), or when none is near."""
    published, start = ctx.published, ctx.match.start()
    if published is None:
        return None
    days: list[PeriodFinding] = []
    for before in reversed(ctx.found):
        if before.kind in _YARDSTICK_KINDS:
            continue
        if start - before.end_char > _NAMED_WEEKEND_REACH:
            return None
        if before.start == before.end:
            days.append(before)
            continue
        named = before.kind in ("explicit", "same") and NAMED_WEEKEND.search(
            ctx.match.string, before.start_char, before.end_char
        )
        weekend_days = before.start.weekday() in (4, 5) and before.end.weekday() in (6, 0)
        if (
            not days
            or before.end > published
            or not 1 <= (before.end - before.start).days <= 3
            or not (named or weekend_days)
            or any(not before.start <= day.start <= before.end for day in days)
        ):
            return None
        return Span(before.start, before.end, "same")
    return None


PAST_WEEKS = re.compile(
    rf"\b(?:the\s+)?(?:last|past)\s+(?:(?P<n>{COUNT})\s+(?P<unit>weeks|days)|"
    r"(?P<fortnight>fortnight))\b(?!['’])",
    re.I,
)
"""The last N weeks or days up to P: "in the last six weeks", "over the past 2 weeks", "in
the last seven days", "over the past fortnight" ("last week" alone is the calendar week
before P's; "over the past week" points back to a week stated before: ``the_week``)."""


def resolve_past_weeks(ctx: Context) -> Resolution:
    """The 7N (or N) days up to P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    days = stated_days(ctx)
    return Span(published - dt.timedelta(days=days), published, "relative") if days else None


def stated_days(ctx: Context) -> int:
    """The days a matched span states: 14 for its group ``fortnight``, else its count
    ``n`` times 1 when its ``unit`` is of days ("days", "day") and 7 when of weeks."""
    if ctx.group("fortnight"):
        return 14
    per = 1 if (ctx.group("unit") or "").lower().startswith("day") else 7
    return per * count_value(ctx.group("n") or "")


WEEKS_ENDING = re.compile(
    rf"\b(?:(?:in|during|over|for|across)\s+)?(?:the\s+)?(?:(?P<n>{COUNT})\s+weeks|(?P<fortnight>fortnight)|week|seven\s+days)\s+"
    r"(?:ending|ended|to|up\s+to)\s+" + DAY_DATE.pattern,
    re.I,
)
"""Weeks up to a stated day: "(in) the week ending 27 July", "the fortnight to 14 March"
(the preposition taken, so that "in the week" alone is not read first)."""


def resolve_weeks_ending(ctx: Context) -> Resolution:
    """The N weeks (7N days) ending on the day stated; undated when the day is not fixed."""
    end = ctx.days.read(ctx.match, ctx.reference)
    if end is None:
        return None
    weeks = 2 if ctx.group("fortnight") else count_value(ctx.group("n") or "one")
    if not weeks:
        return NOT_A_PERIOD
    return Span(end - dt.timedelta(days=7 * weeks - 1), end)


_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
"""A part of the day after a weekday: "Friday evening", "Sunday morning"."""
_EARLY_HOURS = r"(?:the\s+(?:early|small)\s+hours\s+of\s+)?"
"""The first hours of a weekday before it: "the early hours of Monday" (that day)."""
WEEKDAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+{TIME_ON}{_EARLY_HOURS}(?P<d1>{_WEEKDAY}){_PART_OF_DAY}\s+"
    rf"(?:and|to|until)\s+{TIME_ON}{_EARLY_HOURS}(?P<d2>{_WEEKDAY}){_PART_OF_DAY}\b"
    r"(?!\s*\d|\s+(?:the\s+)?\d)",
    re.I,
)
"""A run of named weekdays with no dates: "between Friday and Sunday", "from Thursday to
Saturday", with a time or part of the day at either end ("between 6pm on Friday and 6am
on Sunday", "from Friday evening until Sunday morning"): whole days."""


_OPENING_HOURS = re.compile(
    r"\b(?:open|opens|available|staffed|runs|operates|closed)\s+(?:\w+\s+)?$", re.I
)
"""Right before a run of weekdays, its opening times ("open from Monday to Friday",
"available every day between Monday and Saturday"): a timetable, no span."""
_HOURS_REACH = 30


_HELD_RUN_REACH = 600
"""How far back (characters) the dated span that holds a run of weekdays may stand."""
_HELD_RUN_DAYS = 7
"""The longest span (days) a run of weekdays is read inside: a weekend, an event, a week."""


def run_in_stated_span(ctx: Context, first: int, last: int) -> Span | None:
    """Rule ``weekday_range_in_span``: the run from the first weekday to the second inside
    the latest dated span of a week or less stated within :data:`_HELD_RUN_REACH`
    characters before ("46 cars over the bank holiday weekend. Officers were called to 23
    meets between Saturday and Monday": that weekend's Saturday to Monday), when that span
    holds the whole run; None when no such span does (a yardstick is no such span)."""
    start = ctx.match.start()
    for before in reversed(ctx.found):
        if start - before.end_char > _HELD_RUN_REACH:
            return None
        if before.kind in ("previous", "baseline", "day", "same", "unresolved"):
            continue
        days = (before.end - before.start).days + 1
        if days > _HELD_RUN_DAYS:
            return None
        length = (last - first) % 7
        for offset in range(days - length):
            run_start = before.start + dt.timedelta(days=offset)
            if run_start.weekday() == first:
                return Span(run_start, run_start + dt.timedelta(days=length), "explicit")
        return None
    return None


def resolve_weekday_range(ctx: Context) -> Resolution:
    """The run inside a short span stated just before (:func:`run_in_stated_span`), else
    the latest run from the first day to the second ending on or before P; undated
    without P; no span at all after opening-hours words (:data:`_OPENING_HOURS`)."""
    start = ctx.match.start()
    if _OPENING_HOURS.search(ctx.match.string, max(0, start - _HOURS_REACH), start):
        return NOT_A_PERIOD
    first = WEEKDAYS.index((ctx.group("d1") or "").lower())
    last = WEEKDAYS.index((ctx.group("d2") or "").lower())
    held = run_in_stated_span(ctx, first, last)
    if held is not None:
        return held
    published = ctx.published
    if published is None:
        return None
    end = published - dt.timedelta(days=(published.weekday() - last) % 7)
    return Span(end - dt.timedelta(days=(last - first) % 7), end, "relative")


WEEKDAY_PAIR = re.compile(
    rf"(?<!every\s)\bon\s+(?P<d1>{_WEEKDAY})\s+and\s+(?P<d2>{_WEEKDAY})"
    r"(?:\s+(?:night|evening))?\b(?!['’]|s\b|\s+(?:nights|evenings|mornings|afternoons)\b|"
    r"\s*\d|\s+(?:the\s+)?\d)",
    re.I,
)
"""Two weekdays joined after "on": "on Wednesday and Thursday", "on Friday and Saturday
night"; not plural parts of the day (recurring), nor days with dates after them."""


def resolve_weekday_pair(ctx: Context) -> Resolution:
    """Rule ``weekday_pair``: two days in a row, of the past, as a run of weekdays
    (:func:`resolve_weekday_range`); no period for two days apart or a pair to come."""
    first = WEEKDAYS.index((ctx.group("d1") or "").lower())
    last = WEEKDAYS.index((ctx.group("d2") or "").lower())
    if (last - first) % 7 != 1 or to_come(ctx):
        return NOT_A_PERIOD
    return resolve_weekday_range(ctx)


WEEKDAYS_OF_WEEK = re.compile(
    rf"\b(?:(?:between|from)\s+)?(?P<d1>{_WEEKDAY})\s+(?:and|to|until)\s+(?P<d2>{_WEEKDAY})\s+"
    r"(?P<which>last|this)\s+week\b(?!end|['’]s)",
    re.I,
)
"""A run of weekdays in a week named relative to P: "Monday to Friday last week", "from
Tuesday to Thursday this week" (not "Friday to Sunday last weekend")."""


def resolve_weekdays_of_week(ctx: Context) -> Resolution:
    """Those days of the week named ("last": the week before P's; "this": P's, to P at the
    latest); undated without P; no span when the run goes backwards ("Friday to Monday")."""
    published = ctx.published
    if published is None:
        return None
    first = WEEKDAYS.index((ctx.group("d1") or "").lower())
    last = WEEKDAYS.index((ctx.group("d2") or "").lower())
    if last < first:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    if (ctx.group("which") or "").lower() == "last":
        monday -= dt.timedelta(days=7)
    start = monday + dt.timedelta(days=first)
    if start > published:
        return None
    return Span(start, min(monday + dt.timedelta(days=last), published), "relative")


WEEK_POSSESSIVE_EVENT = re.compile(
    r"\b(?P<which>this|last)\s+week['’]s\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?(?:[\w-]+\s+){0,2}?"
    rf"(?:week\s+of\s+(?:[\w-]+\s+)?action|{REFERRED_EVENT})\b",
    re.I,
)
"""Rule ``week_possessive_event``: "last week's" / "this week's" before an event ("last
week's Operation Sceptre week of action", "this week's two-day crackdown"); not before a
document ("last week's figures")."""


WEEK_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "relative_week",
        RELATIVE_WEEK,
        resolve_relative_week,
        needs=("this week", "last week", "the weekend"),
    ),
    PeriodRule(
        "week_possessive_event",
        WEEK_POSSESSIVE_EVENT,
        resolve_relative_week,
        needs=("last week's", "this week's", "last week’s", "this week’s"),
    ),
    PeriodRule("past_weeks", PAST_WEEKS, resolve_past_weeks, needs=("weeks", "days", "fortnight")),
    PeriodRule(
        "weeks_ending",
        WEEKS_ENDING,
        resolve_weeks_ending,
        needs=("week", "fortnight", "seven days"),
    ),
    PeriodRule(
        "weekday_range",
        WEEKDAY_RANGE,
        resolve_weekday_range,
        needs=("between", "from"),
    ),
    PeriodRule("weekday_pair", WEEKDAY_PAIR, resolve_weekday_pair, needs=WEEKDAYS),
    PeriodRule(
        "weekday_range_of_week",
        WEEKDAYS_OF_WEEK,
        resolve_weekdays_of_week,
        needs=("last week", "this week"),
    ),
)
"""The rules of this module, with their needs (the period table adds them)."""


_WEEKEND_SLACK_DAYS = 1
"""How far (days) a span stated after "the weekend" may start before its Saturday or end
after its Sunday and still be that weekend told exactly ("from 6pm on Friday")."""


def weekends_stated_later(
    found: list[PeriodFinding], weekends: Sequence[int]
) -> list[PeriodFinding]:
    """Each "over the weekend" (its index in ``found``) takes the next dated span stated
    close after it (:func:`~.period_events.explicit_span_after`) that tells the same weekend
    exactly ("… over the weekend. The order was in force between 6pm on Friday and 6am on
    Sunday": Friday to Sunday), when that span holds no day more than
    :data:`_WEEKEND_SLACK_DAYS` outside the weekend. Rule ``weekend_told_again``: a later
    "over the weekend" read as the same Saturday and Sunday as one so told is that weekend
    again ("23 arrests over the weekend. The festival ran from Friday 31 July to Sunday 2
    August. … nine reports over the weekend": Friday to Sunday, both)."""
    slack = dt.timedelta(days=_WEEKEND_SLACK_DAYS)
    told: dict[tuple[dt.date, dt.date], PeriodFinding] = {}
    for index in weekends:
        weekend = found[index]
        again = told.get((weekend.start, weekend.end))
        if again is not None:  # weekend_told_again
            found[index] = replace(weekend, start=again.start, end=again.end, kind="same")
            continue
        later = explicit_span_after(found, index, ("explicit", "relative"))
        if later is None or (later.start, later.end) == (weekend.start, weekend.end):
            continue
        if weekend.start - slack <= later.start <= weekend.end and (
            weekend.start <= later.end <= weekend.end + slack
        ):
            found[index] = replace(weekend, start=later.start, end=later.end, kind="same")
            told[weekend.start, weekend.end] = found[index]
    return found
