"""Period resolvers for phrases that refer back to a span stated before.

Each is the resolver of one named rule of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`:

- ``the_units``: "during the three months", "over those two weeks", "over the quarter",
  "for the half-year":
  the span stated before when it is that long (a three-month span stated before: "between April and
  June"), else the latest such span not far before it (past a year's total stated in
  between); otherwise undated, never a span of another length; a span still to come (it
  starts after P) is none such a phrase of a sentence with no word of the future refers
  to (guard ``the_units_not_ahead``: "150 places are planned for 2027. … fell by 6% over
  the year": the year-long span before 2027);
- ``the_operation``: "during the two-day operation" is the span stated before when it is
  that long; "during the operation" (no length) is the span stated before when the
  sentence stating it names the same kind of event ("its winter operation, which ran
  from 1 December to 1 January"); otherwise undated;
- ``of_last_years``: "824 of last year's disclosures": a part of the year's total stated
  before, so the latest year-long span stated not far before it when that span ended in
  the year before P or since ("3,400 disclosures in the year to 31 March … 824 of last
  year's disclosures": the year to 31 March); else the calendar year before P's.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.events import ANY_EVENT, DURING_EVENT_NOUNS
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_events import EVENT_WORDS
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    Resolution,
    Span,
    resolve_the_operation,
    shifted,
)

_SLACK_DAYS = 3
"""How many days a stated span may differ from "the three months" it is called."""
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_EVENT = re.compile(rf"(?:{ANY_EVENT}|{EVENT_WORDS})\b", re.I)
"""An event's noun: one a \"during the …\" phrase refers through, or any dated event's
(\"patrols\", \"week of action\"), whose sentence may state the dates referred to."""


FUTURE_CUES = re.compile(
    r"\b(?:will|would|shall|plan(?:s|ned)?|expect(?:s|ed)?|due|aims?|set\s+to|going\s+to|"
    r"forecasts?|projected|intends?|next)\b",
    re.I,
)
"""Words of a sentence that tell of what is still to come ("will run", "planned", "is due
to", "next"): with one, "over the year" may point back to a span after P."""


def _ahead(ctx: Context, span: PeriodFinding) -> bool:
    """Guard ``the_units_not_ahead``: whether ``span`` starts after P while the sentence of
    the phrase, up to it, has no word of :data:`FUTURE_CUES` ("… fell by 6% over the year"
    after "planned for 2027": not 2027; "… will run over the year": 2027 stands)."""
    published = ctx.published
    if published is None or span.start <= published:
        return False
    text, at = ctx.match.string, ctx.match.start()
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return FUTURE_CUES.search(text, start, at) is None


def resolve_the_units(ctx: Context) -> Resolution:
    """ "during the three months", "over the quarter", "for the half-year": the span stated
    before, when it
    lasts that long, else the latest such span not far before it that is no comparison's
    yardstick ("in 2025/26, up from 900 the year before. Since its launch in 2019, …
    during the year": 2025/26). "during the year" is a period only so: else it is no
    period at all (it does not block the period of a lead-in: "during the year ahead")."""
    before = ctx.previous
    if before is not None and _ahead(ctx, before):
        before = None  # "planned for 2027. … fell by 6% over the year": not 2027
    one = (ctx.group("one") or "").lower()
    if before is None and one != "year":
        return None
    n = 1 if one else count_value(ctx.group("n") or "")
    unit = " ".join(one.replace("-", " ").split()) or (ctx.group("unit") or "").lower().rstrip("s")
    step = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "quarter": relativedelta(months=3 * n),
        "half year": relativedelta(months=6 * n),
        "year": relativedelta(years=n),
    }[unit]
    if n < 1:
        return None
    text = ctx.match.string
    # "in the quarter" after a year, or after a yardstick ("double the figure for April
    # to June"), "during the year" after a "since" span: the latest span of that length
    # before it that is no yardstick
    between = _between_snapshots(ctx, step)
    if between is not None:  # "163 on 31 March, compared with 186 a year earlier, as 23
        # left during the year": the year between the two days counted on
        return between
    named = _named_alike(ctx, step)
    if named is not None:
        before = named
    elif before is None or not _lasts(before, step) or is_yardstick_span(text, before):
        before = _latest_span(ctx, step)
        if before is None:
            return NOT_A_PERIOD if one == "year" else None
    return Span(before.start, before.end, "same")


_YARDSTICK_WORDS = re.compile(
    r"(?:\b(?:double|twice|treble|triple|half|times|than|on|against|with)\s+(?:the|that|its)\s+"
    r"(?:figure|number|total|level|count|tally)s?|\bthan|\bcompared\s+(?:with|to)|"
    r"\b(?:(?:up|down)\s+)?from\s+£?[\d,.]+(?:%|\s+per\s+cent|\s+times)?|"
    r"\b(?:up|down)\s+on\s+(?:the\s+)?£?[\d,.]+(?:%|\s+per\s+cent)?(?:\s+[a-z-]+){0,3}?|"
    r"\b(?:on|than|from|against|with|below|above)\s+(?:the|its|a)\s+(?:peak|high|record|"
    r"figure|total|level)\s+of\s+£?[\d,.]+(?:\s+[a-z-]+){0,3}?)"
    r"(?:\s+(?:for|in|of|during|over))?\s*$",
    re.I,
)
"""The words before a span that make it a comparison's yardstick: "double the figure for
April to June", "more than in 2023", "compared with the spring", "up from 40 in May", "up
from 29% in Q1", "down on the 84.5% recorded in the final quarter of 2025" (wording
``up_down_on_level``), "fell to 388, from 502 in Q2", "down by a third on the peak of 1,653
offences in 2019/20"."""


def is_yardstick_span(text: str, span: PeriodFinding) -> bool:
    """Whether ``span`` of ``text`` dates a comparison's yardstick (:data:`_YARDSTICK_WORDS`
    right before it): no span "the quarter" points back to."""
    floor = max(0, span.start_char - 40)
    return _YARDSTICK_WORDS.search(text[floor : span.start_char]) is not None


SEASON_DAYS = (28, 335)
"""How long (days, both ends) a span stated before may last to be "the season" a release
dated: a month at least (no day or weekend), eleven months at most (a calendar or
financial year is no season)."""
SEASON_REACH = 1500
"""How far back (characters) that span may stand (as far as a named event's dates)."""
STATED_KINDS = ("explicit", "relative", "same")
"""The kinds of a stated span (not a comparison's yardstick nor a "since" span)."""


def stated_season_span(ctx: Context, across_new_year: bool = False) -> PeriodFinding | None:
    """The latest span stated not far before the phrase (:data:`SEASON_REACH`) that lasts
    :data:`SEASON_DAYS`, is of :data:`STATED_KINDS` and no comparison's yardstick; with
    ``across_new_year``, only one running from one year into the next (a rural season's
    months). The one search of ``period_season_refers.stated_season`` and
    ``period_rural_seasons.rural_season_months``."""
    text = ctx.match.string
    floor = ctx.match.start() - SEASON_REACH
    shortest, longest = SEASON_DAYS
    spans = []
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        days = (earlier.end - earlier.start).days + 1
        if (
            earlier.kind in STATED_KINDS
            and shortest <= days <= longest
            and (not across_new_year or earlier.end.year == earlier.start.year + 1)
            and not is_yardstick_span(text, earlier)
        ):
            spans.append(earlier)
    named = [span for span in spans if _called_season(text, span)]  # rule season_named_span
    wholes = [s for s in named if not any(_within(s, other) for other in named)]
    return wholes[0] if wholes else (spans[0] if spans else None)


def _within(span: PeriodFinding, other: PeriodFinding) -> bool:
    """Whether ``span`` lies inside ``other`` and is shorter (August within May to
    September): a part of the season, not the season."""
    inside = other.start <= span.start and span.end <= other.end
    return inside and (span.start, span.end) != (other.start, other.end)


_SEASON_WORD = re.compile(r"\bseason\b", re.I)


def _called_season(text: str, span: PeriodFinding) -> bool:
    """Rule ``season_named_span``: whether the sentence stating ``span`` speaks of a season
    ("helped 2,184 people between May and September, its busiest season"): "the season"
    later points back to the latest such span that is no part of another ("August was
    the busiest month of the season … over the season": May to September)."""
    return _SEASON_WORD.search(sentence_around(text, span.start_char, span.end_char)) is not None


def _latest_span(ctx: Context, step: relativedelta) -> PeriodFinding | None:
    """The latest span stated not far before the phrase that lasts ``step`` (not a
    comparison's yardstick nor a "since" span)."""
    floor = ctx.match.start() - _EVENT_REACH
    return next(
        (
            p
            for p in reversed(ctx.found)
            if p.start_char >= floor
            and p.kind in _SPAN_KINDS
            and _lasts(p, step)
            and not is_yardstick_span(ctx.match.string, p)
            and not _ahead(ctx, p)
        ),
        None,
    )


_COUNTED_UNITS = re.compile(r"\b(?P<n>[\w-]+)[-\s](?P<unit>day|week|month|year)s?\b", re.I)
"""A span's stated length in its own words: "in the six weeks before polling day"."""


def _named_alike(ctx: Context, step: relativedelta) -> PeriodFinding | None:
    """``same_words_units``: "During the six weeks" after a span stated in those words ("in
    the six weeks before polling day on 7 May") and lasting that long: that span, past a
    later span that lasts as long but was stated otherwise ("Since nominations closed on
    9 April"); None when no span stated not far before names the same length."""
    n, unit = (ctx.group("n") or "").lower(), (ctx.group("unit") or "").lower().rstrip("s")
    if not n or not unit:
        return None
    text = ctx.match.string
    floor = ctx.match.start() - _EVENT_REACH
    for p in reversed(ctx.found):
        if p.start_char < floor or p.kind not in _SPAN_KINDS or not _lasts(p, step):
            continue
        said = _COUNTED_UNITS.search(text, p.start_char, p.end_char)
        if said and said["n"].lower() == n and said["unit"].lower() == unit:
            return p if p is not ctx.previous else None
    return None


def _between_snapshots(ctx: Context, step: relativedelta) -> Span | None:
    """The span between the last two days stated just before, when they are days a stock
    was counted on ``step`` apart ("on 31 March, compared with 186 a year earlier"): from
    the day after the earlier to the later; else None."""
    days = [p for p in ctx.found[-2:] if p.start == p.end]
    if len(days) != 2 or all(p.kind != "snapshot" for p in days):
        return None
    earlier, later = sorted(days, key=lambda p: p.start)
    if earlier.start + step != later.start or ctx.match.start() - days[1].end_char > 200:
        return None
    return Span(earlier.start + dt.timedelta(days=1), later.end, "same")


_SPAN_KINDS = ("explicit", "relative", "same")
"""The kinds of a span "the quarter" may point back to past a span of another length (not
a comparison's yardstick)."""


def _lasts(before: PeriodFinding | None, step: relativedelta) -> bool:
    """Whether the span stated before lasts ``step``, give or take a few days: at most
    :data:`_SLACK_DAYS`, and one a week of ``step`` (a span of days is told to the day: "the
    same six days" is no four-day weekend)."""
    if before is None:
        return False
    expected = before.start + step - dt.timedelta(days=1)
    slack = min(_SLACK_DAYS, ((expected - before.start).days + 1) // 7)
    return abs((before.end - expected).days) <= slack


_SENTENCE_REACH = 1000
"""How far (characters) each side of a phrase its sentence is read (sentences are short;
a bounded read keeps a long text linear)."""


_NEAR_REACH = 200
"""How far back the start of a sentence is looked for first (most sentences are shorter)."""


def sentence_around(text: str, start: int, end: int) -> str:
    """The text of the sentence that holds ``start``..``end`` (read at most
    :data:`_SENTENCE_REACH` characters each side; its start looked for in the
    :data:`_NEAR_REACH` characters before it first)."""
    opening = -1
    for reach in (_NEAR_REACH, _SENTENCE_REACH):
        floor = max(0, start - reach)
        opening = max((m.end() for m in _SENTENCE_START.finditer(text, floor, start)), default=-1)
        if opening >= 0 or floor == 0:
            break
    opening = max(opening, floor)
    closing = _SENTENCE_START.search(text, end, end + _SENTENCE_REACH)
    return text[opening : closing.start() if closing else min(len(text), end + _SENTENCE_REACH)]


_NAMED_KINDS = ("explicit", "relative", "since")
"""The kinds of a span an event's dates may be stated as (not a comparison's yardstick)."""
_EVENT_REACH = 1500
"""How far back (characters) the sentence dating a named event may stand."""


def resolve_the_named_event(ctx: Context) -> Resolution:
    """ "during the operation": with a length, as :func:`resolve_the_operation`; without
    one, the span stated before when its sentence names the same kind of event, else the
    latest span before it whose sentence does ("its summer campaign, which ran from 1 June
    to 31 August. Over the summer, … compared with 358 in summer 2024. Arrests during the
    campaign …": the campaign's dates, not 2024's summer); with none of the same kind, the
    latest whose sentence names any event ("the operation" after "over the summer as part
    of a crackdown"). A pilot or scheme nothing before dates ("during the pilot", its dates
    stated after) is no period here, so what dates its sentence otherwise still does."""
    event = _EVENT.search(ctx.match.group(0))
    if event is None:
        return None
    length = ctx.group("n") or ctx.group("dl")
    found = resolve_the_operation(ctx) if length else _event_dated_before(ctx, event)
    year = _EVENT_YEAR.search(ctx.match.group(0))
    if year is not None:
        return _of_year(int(year.group(0)), found if isinstance(found, Span) else None)
    if found is None and event.group(0).lower() in DURING_EVENT_NOUNS:
        return NOT_A_PERIOD
    return found


_EVENT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year naming which of a recurring event is meant ("during the 2023 campaign")."""


def _of_year(year: int, dated: Span | None) -> Span:
    """ "during the 2023 campaign": the dated campaign's span moved to the year named (one
    that ran 1 December 2024 to 1 January 2025 -> 1 December 2023 to 1 January 2024), or
    that year when no campaign was dated before it."""
    if dated is None:
        return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "explicit")
    if dated.start.year == year:
        return dated
    start, end = shifted(dated.start, dated.end, year - dated.start.year)
    return Span(start, end, "explicit")


def _event_dated_before(ctx: Context, event: re.Match[str]) -> Span | None:
    """The span stated before whose sentence names ``event``'s noun, else any event's."""
    text = ctx.match.string
    floor = ctx.match.start() - _EVENT_REACH
    candidates = [ctx.previous] if ctx.previous is not None else []
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        if earlier.kind in _NAMED_KINDS:
            candidates.append(earlier)
    sentences = [sentence_around(text, c.start_char, c.end_char) for c in candidates]
    # the same noun first ("the campaign" after "its summer campaign, which ran …"), then
    # any event's ("the operation" after "over the summer as part of a crackdown")
    for named in (re.compile(rf"\b{event.group(0)}", re.I), _EVENT):
        for candidate, sentence in zip(candidates, sentences, strict=True):
            if any(
                not _EVENT_PART.search(sentence, 0, m.start()) for m in named.finditer(sentence)
            ):
                return Span(candidate.start, candidate.end, "same")
    return None


_EVENT_PART = re.compile(
    r"\b(?:first|second|third|fourth|final|last|opening|closing)\s+(?:\w+\s+)?"
    r"(?:days?|nights?|weeks?|weekends?|fortnight|month|half)\s+of\s+(?:the|its|their)\s+$",
    re.I,
)
"""Rule ``event_part_not_event``: a part of the event named right before its noun ("the
first week of the campaign, from 1 to 7 December", "its opening weekend of the operation"):
the span such a sentence states dates the part, not the event, so "during the campaign"
looks further back ("The campaign ran from 1 December to 1 January"); not "the campaign,
which ran from …", nor "the week of action" (the event itself)."""


def resolve_of_last_years(ctx: Context) -> Resolution:
    """ "of last year's <noun>": the latest year-long span stated not far before it (no
    yardstick) when it ended by P and after the start of P's previous year (the year the
    release reports, its total pointed back to); else the calendar year before P's."""
    published = ctx.published
    if published is None:
        return None
    stated = _latest_span(ctx, relativedelta(years=1))
    if stated is not None and published.year - 1 <= stated.end.year and stated.end <= published:
        return Span(stated.start, stated.end, "same")
    year = published.year - 1
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "relative")
