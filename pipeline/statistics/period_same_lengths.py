""" "The same period last year", "the year before" and their kin: a span stated before,
a year (or N years) earlier.

The resolvers of the period rules ``same_period_last_year`` and ``year_before``. For the
first, when the phrase states the
span's length ("the same three months last year", "the same quarter a year earlier", "the
same six weeks last year"), it points back to the latest span stated before that is that
long, not to whatever span came last ("£4m this financial year … Compared with the same
three months last year, thefts fell by 9%": the three months stated before the year's
budget). A named week ("last year's freshers' week") repeats the span stated in the latest
sentence naming that week. With no length, or none of that length before, the span stated
just before, passing over
a plan stated since, a span after P ("… from 1 December to 1 January. 'We will be out again
over the summer,' she added. … risen by 12% on the same period last year": the campaign's
dates; ``same_period_past_span``); but
"the same period" (no "day" in it) after a single day ("At the Boxing Day fixture, … a rise
of 35% on the same period last season") repeats the latest longer span stated before.

For ``year_before``: "a year earlier" right after such a yardstick in the same sentence
restates it ("Compared with the same three months last year, … 42 fewer than a year
earlier": the same three months), not the span stated before the yardstick shifted
again; "the year before" after a span of years to P ("Since the scheme began in 2021,
…") counts back from the latest year-long span stated before it; and "the year before" in
a sentence after one whose span dates only a yardstick ("Thefts fell to 80 from 95 in
2023/24. Robberies numbered 40, up from 31 the year before.") counts back from the latest
span stated before that yardstick that is none (the year the release speaks of), not
from the yardstick (:func:`_past_yardstick`).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.findings import UNRESOLVED, PeriodFinding
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_football_seasons import SEASON_END, SEASON_START
from pressfacts.statistics.period_fragments import SAME, SAME_SPAN
from pressfacts.statistics.period_month_years import MONTH_RELATIVE_YEAR
from pressfacts.statistics.period_refers import is_yardstick_span
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    shifted,
)
from pressfacts.statistics.period_seasons import latest_season_over, within_season

STATED_LENGTH = re.compile(
    rf"\b(?:(?P<n>{COUNT})[-\s](?P<unit>months?|weeks?)|(?P<quarter>quarter)|"
    r"(?P<fortnight>fortnight)|(?:(?<=same\s)|(?<=equivalent\s)|(?<=corresponding\s))"
    r"(?P<bare>week|month)(?!s))\b",
    re.I,
)
"""The length a "same … last year" phrase states: "three months", "six-week", "quarter";
rule `same_bare_week_or_month`: "the same week last year" is seven days, "the same month
last year" one calendar month (a bare unit right after "same", "equivalent" or
"corresponding")."""

_NOT_STATED = (UNRESOLVED, "day", "previous")
"""Kinds of phrase that state no span of the text's own (undated, an event's day, a
yardstick already counted back)."""


_DAY_WORD = re.compile(r"\b(?:days?|nights?)\b", re.I)
"""A "same … last year" phrase naming a day or night ("the same day last year", "the same
night last year") may repeat a single day or a night's two dates; "the same period" or
"point" repeats the latest longer span instead."""


def _length(ctx: Context) -> tuple[str, int] | None:
    """("months" or "days", how many) the phrase states, or None."""
    found = STATED_LENGTH.search(ctx.match.group(0))
    if found is None:
        return None
    if found.group("quarter"):
        return ("months", 3)
    if found.group("fortnight"):
        return ("days", 14)
    bare = (found.group("bare") or "").lower()
    if bare:  # same_bare_week_or_month
        return ("days", 7) if bare == "week" else ("months", 1)
    n = count_value(found.group("n") or "")
    if (found.group("unit") or "").lower().startswith("week"):
        return ("days", 7 * n)
    return ("months", n)


def _is_long(finding: PeriodFinding, length: tuple[str, int]) -> bool:
    unit, n = length
    if unit == "days":
        return (finding.end - finding.start).days + 1 == n
    months = (finding.end.year - finding.start.year) * 12 + finding.end.month - finding.start.month
    following = finding.end + dt.timedelta(days=1)
    return finding.start.day == 1 and following.day == 1 and months + 1 == n


def _planned(ctx: Context, finding: PeriodFinding) -> bool:
    """Whether ``finding`` is a plan: a span that starts after P ("We will be out again over
    the summer" in a release of January), which no figure before it was counted over."""
    published = ctx.published
    return published is not None and finding.start > published


def _span_before(ctx: Context) -> tuple[dt.date, dt.date] | None:
    if ctx.previous is not None and _planned(ctx, ctx.previous):  # same_period_past_span
        for finding in reversed(ctx.found):
            if finding.kind not in _NOT_STATED and not _planned(ctx, finding):
                return (finding.start, finding.end)
    length = _length(ctx)
    if length is not None:
        for finding in reversed(ctx.found):
            if finding.kind not in _NOT_STATED and _is_long(finding, length):
                return (finding.start, finding.end)
    previous = ctx.previous
    if (
        previous is not None
        and previous.start == previous.end
        and not _DAY_WORD.search(ctx.match.group(0))
    ):
        for finding in reversed(ctx.found):
            if finding.kind not in _NOT_STATED and finding.start < finding.end:
                return (finding.start, finding.end)
    if previous is None or previous.kind == UNRESOLVED:
        return None  # an undated span kept as the one before ("Since January", no P): none
    return (previous.start, previous.end)


def resolve_same_period_last_year(ctx: Context) -> Resolution:
    """ "the same period last year", "last year's campaign": the dates stated before (of
    the length the phrase states, when it states one), a year earlier; nothing stated
    before, no period."""
    before = _event_span(ctx) or _span_before(ctx)
    season = _season_of_event(ctx, before) or _last_season_stated(ctx)
    if season is not None:
        return season
    if before is None:
        return None
    start, end = _in_last_year(ctx, before) or shifted(before[0], before[1], -1)
    return Span(start, end, "previous", before)


_SAME_OF_LAST_YEAR = re.compile(r"\bsame\s+(?:[\w-]+\s+){1,2}?(?:of\s+)?last\s+year\b", re.I)
""""the same period last year", "the same three months of last year": the months stated
before, in the calendar year before P's (the phrase names that year)."""


def _in_last_year(ctx: Context, before: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """Rule ``same_period_in_last_year``: "the same period last year" after a span stated
    in a year before P's last year ("fell from 74 between October and December 2025 to 52
    in the same period last year", published in 2027) is that span's months in P's last
    year (October to December 2026), not a year before the stated span (2024): "last year"
    names its year. None (a year before the span, as ever) when the span stated before
    ends within P's last year or later ("in the first quarter, up from … the same period
    last year"), the phrase is no "same … last year", or the months moved would end after
    P."""
    published = ctx.published
    if published is None or not _SAME_OF_LAST_YEAR.search(ctx.match.group(0)):
        return None
    last_year = published.year - 1
    if before[1] >= dt.date(last_year, 1, 1):
        return None
    start, end = shifted(before[0], before[1], last_year - before[0].year)
    return (start, end) if end <= published else None


_SEASON_EVENT = re.compile(r"\blast\s+(?P<s>spring|summer|autumn|winter)['’]s\b", re.I)
"""A past event named by its season: "last summer's operation", "last winter's crackdown"."""


def _season_of_event(ctx: Context, before: tuple[dt.date, dt.date] | None) -> Resolution:
    """Rule `season_event_by_season`: "last summer's operation" when no span stated before
    lies within a summer (none, or "Since January, … the same period last year") is the
    latest summer over before P, whole: the event is dated by its season, not by shifting
    an unrelated span a year back; None (the span before, a year earlier) when the span
    before is a season's own ("between 1 June and 31 August … last summer's campaign")."""
    named = _SEASON_EVENT.search(ctx.match.group(0))
    published = ctx.published
    if named is None or published is None:
        return None
    name = named.group("s").lower()
    if before is not None and within_season(before[0], before[1], name):
        return None
    start, end = latest_season_over(published, name)
    return Span(start, end, "relative")


_LAST_SEASON = re.compile(r"\blast\s+season['’]?s\s", re.I)
"""An event of the season before, named by the word "season" ("last season's operation")."""
_YARDSTICK_BEFORE = re.compile(r"\b(?:from|than|with|to|against|on)\s+(?:during\s+)?$", re.I)
"""Words that make "last season's …" the yardstick of a comparison ("up from 410 during last
season's operation"): the season before the one stated, as the year-earlier shift reads."""
_SEASON_DAYS = 366


def _last_season_stated(ctx: Context) -> Resolution:
    """Rule ``last_season_stated``: "last season's operation" in a release that has stated
    the season just over ("1,184 reports between September 2025 and March 2026 … During last
    season's operation officers seized 41 dogs", P October 2026) is that span, the latest
    one stated before that ended before P, at most a year long and within a year of P, not
    the span before shifted a year back; not after a word of comparison ("up from 410
    during last season's operation": the yardstick season, a year earlier), nor with no
    such span (the shift, or none)."""
    published = ctx.published
    text = ctx.match.string
    if (
        published is None
        or not _LAST_SEASON.search(ctx.match.group(0))
        or _YARDSTICK_BEFORE.search(text, max(0, ctx.match.start() - 30), ctx.match.start())
    ):
        return None
    stated = [
        p
        for p in ctx.found
        if p.kind in ("explicit", "relative")
        and p.end < published
        and (p.end - p.start).days <= _SEASON_DAYS
        and (published - p.end).days <= _SEASON_DAYS
    ]
    if not stated:
        return None
    latest = max(stated, key=lambda p: (p.end, p.start_char))
    return Span(latest.start, latest.end, "relative")


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _event_span(ctx: Context) -> tuple[dt.date, dt.date] | None:
    """For "last year's freshers' week": the span stated in the latest sentence before
    that names the same week ("during freshers' week, which ran from 13 to 21
    September"), past spans stated since (a weekend of it); None without such a sentence."""
    event = ctx.group("event")
    if event is None:
        return None
    text, head = ctx.match.string, event.split()[0].rstrip("'’").lower()
    lowered = text.lower()
    named = lowered.rfind(head, 0, ctx.match.start())
    while named >= 0:
        ends = _SENTENCE_END.search(text, named)
        end = ends.start() if ends else len(text)
        for finding in ctx.found:
            if finding.kind not in _NOT_STATED and named <= finding.start_char < end:
                return (finding.start, finding.end)
        named = lowered.rfind(head, 0, named)
    return None


def _restated_yardstick(ctx: Context) -> Resolution:
    """The yardstick phrase just before, in the same sentence, that "a year earlier"
    restates: a span one year before the span it was counted from; else None."""
    last = ctx.last
    if last is None or last.kind != "previous" or last.anchor is None:
        return None
    if "." in ctx.match.string[last.end_char : ctx.match.start()]:
        return None
    if shifted(last.anchor[0], last.anchor[1], -1) != (last.start, last.end):
        return None
    return Span(last.start, last.end, "previous", last.anchor)


def _year_long_before(ctx: Context) -> PeriodFinding | None:
    """After a span running to P from a start ("Since the campaign launched in 2021"),
    the latest year-long span stated before it, that "the year before" counts back from
    (a year before a span of years to P is no year); else None."""
    if ctx.previous is None or ctx.previous.kind != "since":
        return None
    for finding in reversed(ctx.found):
        if finding.kind not in (*_NOT_STATED, "since") and _is_long(finding, ("months", 12)):
            return finding
    return None


def _relative_month_before(ctx: Context) -> PeriodFinding | None:
    """A month said with its relative year just before, in the same clause, that is the
    figure's own period and no yardstick ("had 3,174 officers in March last year, 2% more
    than a year earlier": March a year before that March); else None. Such a month is kept
    as a yardstick-like span (kind ``previous``) that ``ctx.previous`` never holds."""
    last, text = ctx.last, ctx.match.string
    if last is None or last.kind != "previous":
        return None
    if not _RELATIVE_MONTH.match(text, last.start_char, last.end_char):
        return None
    if "." in text[last.end_char : ctx.match.start()] or is_yardstick_span(text, last):
        return None
    return last


_RELATIVE_MONTH = re.compile(MONTH_RELATIVE_YEAR.pattern, re.I)
"""The phrase of :data:`.MONTH_RELATIVE_YEAR` ("in March last year")."""


def _past_yardstick(ctx: Context) -> PeriodFinding | None:
    """When the span stated before is a yardstick of an earlier sentence ("… fell to 80
    from 95 in 2023/24. … up from 31 the year before"), the latest span stated before it
    that dates no yardstick; else None."""
    previous, text = ctx.previous, ctx.match.string
    if previous is None or not is_yardstick_span(text, previous):
        return None
    if "." not in text[previous.end_char : ctx.match.start()]:
        return None  # "up from 95 in 2023/24 and 120 the year before": from the yardstick
    return next(
        (
            f
            for f in reversed(ctx.found)
            if f.start_char < previous.start_char
            and f.kind not in _NOT_STATED
            and not is_yardstick_span(text, f)
        ),
        None,
    )


_WHEN_AN_EVENT_WAS = re.compile(
    r"\b(?:was|were)\s+(?:(?:more|less)\s+than\s+|over\s+|under\s+|almost\s+|nearly\s+|"
    r"about\s+|around\s+|some\s+|just\s+)?\Z",
    re.I,
)
"""A copula right before "… years ago": the phrase says when one event happened ("the last
burglary on my road was more than two years ago", "the scheme's launch was five years
ago"), not a span a figure covers (rule `event_years_ago`): no period."""

_FEELING_THAN = re.compile(
    r"\b(?:feel|feels|felt|feeling|believe[sd]?|thinks?|thought)\s+(?!that\b)(?:[\w’'-]+\s+){1,8}?"
    r"than\s+\Z",
    re.I,
)
"""A verb of feeling or belief, then a comparative, then "than … years ago": the phrase is
what people compare their feeling against ("felt less safe on trains than two years ago",
"think their street is worse than five years ago"), not a span a figure covers (rule
`feeling_than_years_ago`): no period; not "crime is 40% higher than two years ago" (no
verb of feeling: the change covers both years)."""


_PRESENT_MARKER = re.compile(r"\b(?:now|currently|today|at\s+present|at\s+the\s+moment)\b", re.I)
"""A word that dates a clause to P, not to a period stated before (rule
`present_years_ago`)."""
_SENTENCE_REACH = 400
"""How far back (characters) a sentence's start is looked for."""


def _present_clause(ctx: Context) -> bool:
    """Whether the sentence, up to an "a year ago", dates its figures to P ("now",
    "currently", "today") and states no period before the phrase: "The scheme now has 143
    members, up from 90 a year ago" counts back from P, not from a period of an earlier
    sentence (rule `present_years_ago`). Not "In March there are now 40, up from 31 a
    year ago" (March is stated in the sentence: a year before it)."""
    at = ctx.match.start()
    text = ctx.match.string
    floor = max(0, at - _SENTENCE_REACH)
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, floor, at)), default=floor)
    if not _PRESENT_MARKER.search(text, opening, at):
        return False
    for found in reversed(ctx.found):  # in text order: stop before the sentence
        if found.start_char < opening:
            break
        if found.start_char < at and not _PRESENT_MARKER.fullmatch(
            text, found.start_char, found.end_char
        ):  # a period stated in the sentence before the phrase ("today" is none)
            return False
    return True


def resolve_year_before(ctx: Context) -> Resolution:
    """ "the year before", "the previous year", "five years earlier", "a decade before":
    the period stated before, that many years earlier (one year after a yardstick of the
    same sentence: that yardstick); with nothing stated before, the calendar year that
    many years before P's; "the previous academic/school year" or "the season before" with
    nothing stated before is undated (no calendar year). "The previous season" after a
    season's span (one that starts on 1 August, "since the start of the 2025/26 season")
    is the whole season before it, August to May, not that span shifted (rule
    ``whole_season_before``: the season so far is cut at P, the one before is over); "five
    seasons earlier" is the whole season that many before it (rule ``seasons_earlier``).
    "a year ago" with nothing stated before (a stock: "186 groups, up from 142 a year ago")
    is the day a year before P, not a calendar year (rule ``years_ago_day``); "two years
    ago" stays the calendar year two before P's. "A year ago" in a sentence dated to P
    ("now", "currently") with no period before it in the sentence is that day too, even
    after a period of an earlier sentence (rule ``present_years_ago``); "now …, up from one
    in 20 five years ago" after a stated year still counts back from that year."""
    before_phrase = ctx.match.string[max(0, ctx.match.start() - 30) : ctx.match.start()]
    if ctx.match.group(0).lower().endswith("ago") and _WHEN_AN_EVENT_WAS.search(before_phrase):
        return NOT_A_PERIOD  # "… was two years ago": when an event happened
    feeling_phrase = ctx.match.string[max(0, ctx.match.start() - 80) : ctx.match.start()]
    if ctx.match.group(0).lower().endswith("ago") and _FEELING_THAN.search(feeling_phrase):
        return NOT_A_PERIOD  # "felt less safe than two years ago": no span of the figure
    count = ctx.group("n")
    years = 10 if ctx.group("decade") else (count_value(count) if count else 1)
    present = years == 1 and ctx.match.group(0).lower().endswith("ago") and _present_clause(ctx)
    restated = _restated_yardstick(ctx) if years == 1 and not present else None
    if restated is not None:
        return restated
    before = None
    if not present:  # rule present_years_ago: counted back from P, nothing before it
        before = _year_long_before(ctx) if years == 1 else None
        before = before or _relative_month_before(ctx) or _past_yardstick(ctx) or ctx.previous
    season = ctx.group("season") or ctx.group("season2") or ctx.group("seasons")
    if before is not None and season and (before.start.month, before.start.day) == SEASON_START:
        first = before.start.year - years  # rule whole_season_before
        whole = (dt.date(first, *SEASON_START), dt.date(first + 1, *SEASON_END))
        return Span(*whole, "previous", (before.start, before.end))
    if before is not None:
        start, end = shifted(before.start, before.end, -years)
        return Span(start, end, "previous", (before.start, before.end))
    if ctx.year is None or ctx.group("school") or season:
        return None  # no calendar year for a school year or a season stated before
    if ctx.published is not None and re.fullmatch(r"a\s+year\s+ago", ctx.match.group(0), re.I):
        day, _ = shifted(ctx.published, ctx.published, -years)  # rule years_ago_day
        return Span(day, day, "relative")
    year = ctx.year - years
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "relative")


def resolve_same_period_this_year(ctx: Context) -> Resolution:
    """Rule ``same_period_this_year``: "the same period this year", "the same three months
    of this year" after a span stated in an earlier year ("fell from 58 in the first four
    months of 2026 to 31 in the same period this year", P in 2027) is that span's months in
    P's year (the year its end falls in moved to P's), cut at P; None when there is no P or
    no span before, or the months moved would start after P."""
    published = ctx.published
    before = _span_before(ctx)
    if published is None or before is None:
        return None
    start, end = shifted(before[0], before[1], published.year - before[1].year)
    if start > published:
        return None
    return Span(start, min(end, published), "relative")


SAME_THIS_YEAR_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "same_period_this_year",
        compile_rule(
            rf"\b(?:(?:in|during|over)\s+)?the\s+{SAME}\s+{SAME_SPAN}\s+(?:of\s+)?this\s+year\b"
        ),
        resolve_same_period_this_year,
        ("this year",),
    ),
)
"""The span stated before, moved into P's year ("the same period this year")."""
