"""Period rules for a few more wordings of a span, each carrying its own needs.

- ``whole_year``: "in the whole of 2025", "over the course of 2023": the year;
- ``same_units``: "over the same nine months": the latest span stated before that lasts
  so long, past a shorter one stated in between ("In the third quarter alone, …");
- ``this_seasons_event``: "into this winter's campaign": the event dated before, as
  "during the campaign" is;
- ``fy_year``: "FY2025/26", "FY 24-25": that financial year (April to March);
- ``calendar_year``: "the 2025 calendar year": that year;
- ``academic_year``: "the 2024/25 academic year", "the 2025-26 school year" (and
  ``academic_year_after``: "the academic year 2024/25"): September to August;
- ``academic_year_so_far``: "so far in the 2025/26 school year", "the 2024-25 academic
  year to date": 1 September to P (the whole year once it is over);
- ``last_school_year``: "during the last academic year": the latest school year whose
  teaching ended by P;
- ``football_season``: "the 2025/26 season", "the 2024-25 football season": August to
  May, but undated in a text of a rural season (:data:`RURAL_SEASON_WORDS`) that does not
  speak of football (``season_not_football``: a hare coursing release's "2025/26
  season"); a bare "2023/24" later in the same sentence (a yardstick: "up by a third on
  2023/24") takes the same months, as after an academic year (:func:`resolve_split_year`,
  the resolver of the ``financial_year`` rule);
- ``year_before_last``: the calendar year two before P's;
- ``part_of_month``: "in late September", "from mid-October": that month (the latest
  one by P, as "in September");
- ``of_last_years``: "824 of last year's disclosures": the year-long span the release
  reports, stated before (:func:`~.period_refers.resolve_of_last_years`);
- ``of_the_years``: "almost 40% of the year's concerns": a part of the year's total stated
  before, so the year-long span stated not far before it, as "during the year" is
  (:func:`~.period_refers.resolve_the_units`); undated when none is;
- ``while_in_force``: "While they were in place, …", "Under the order, …": the span of
  the order or powers stated just before, when it is a few days (a dispersal order's
  hours); no period otherwise ("Under the order, wardens can fine …" after "last year");
- ``named_period``: "during the bonfire period", "last year's bonfire period": the span a
  sentence before named so (a year earlier with "last year's"); undated otherwise.

A report's or an election's year is :mod:`pressfacts.statistics.period_report_years`'.

They join the period table through
:data:`pressfacts.statistics.period_own_needs.OWN_NEEDS_RULES`.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.events import REFERRED_EVENT, REFERRED_EVENT_NOUNS
from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_parts import fiscal_start
from pressfacts.statistics.period_refers import (
    is_yardstick_span,
    resolve_of_last_years,
    resolve_the_named_event,
    resolve_the_units,
)
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    resolve_bare_month,
    resolve_financial_year,
    resolve_month_year,
    resolve_year,
    shifted,
)
from pressfacts.statistics.period_rural_seasons import rural_season_months
from pressfacts.statistics.period_terms import split_year_kind


def _first_year(ctx: Context) -> int | None:
    """The year a written two-year span ("2025/26", "24-25") starts in; None when the
    second year does not follow the first (:func:`~.period_parts.fiscal_start`)."""
    first, second = ctx.group("y1") or "", ctx.group("y2") or ""
    return fiscal_start(first if len(first) == 4 else f"20{first}", second)


def resolve_of_this_years(ctx: Context) -> Resolution:
    """ "of this year's <noun>": the release's current span stated before it (the latest
    span, no yardstick, that starts on or after 1 April of the year before P's and ends by
    P: "since April", "the first six months of 2025/26"); with none, no period at all (the
    year may be one the release set itself, a financial year); undated without P's date."""
    published = ctx.published
    if published is None:
        return None
    floor = dt.date(published.year - 1, 4, 1)
    for stated in reversed(ctx.found):
        if (
            stated.kind not in ("unresolved", "day", "previous", "baseline", "same")
            and stated.start is not None
            and floor <= stated.start
            and stated.end <= published
            and not is_yardstick_span(ctx.match.string, stated)
        ):
            return Span(stated.start, stated.end, "same")
    return NOT_A_PERIOD


def resolve_year_before_last(ctx: Context) -> Resolution:
    """ "the year before last": the calendar year two before P's; undated without P."""
    year = ctx.year
    return (
        None
        if year is None
        else Span(dt.date(year - 2, 1, 1), dt.date(year - 2, 12, 31), "relative")
    )


def resolve_part_of_month(ctx: Context) -> Resolution:
    """ "in late September": the month, as "in September" reads it (of the year stated)."""
    if ctx.group("y"):
        return resolve_month_year(ctx)
    return resolve_bare_month(ctx)


def resolve_fy_year(ctx: Context) -> Resolution:
    """ "FY2025/26": 1 April 2025 to 31 March 2026."""
    start = _first_year(ctx)
    return Span(dt.date(start, 4, 1), dt.date(start + 1, 3, 31)) if start else None


def resolve_academic_year(ctx: Context) -> Resolution:
    """ "the 2024/25 academic year": 1 September 2024 to 31 August 2025."""
    start = _first_year(ctx)
    return Span(dt.date(start, 9, 1), dt.date(start + 1, 8, 31)) if start else None


def resolve_academic_year_so_far(ctx: Context) -> Resolution:
    """ "so far in the 2025/26 school year": 1 September to P when P falls in that year;
    the whole year when P is after it; undated without P or when P is before it."""
    first, second = ctx.group("y1") or ctx.group("y3") or "", ctx.group("y2") or ctx.group("y4")
    start = fiscal_start(first if len(first) == 4 else f"20{first}", second or "")
    published = ctx.published
    if start is None or published is None or published < dt.date(start, 9, 1):
        return None
    end = dt.date(start + 1, 8, 31)
    return Span(
        dt.date(start, 9, 1), min(end, published), "relative" if published < end else "explicit"
    )


def resolve_last_school_year(ctx: Context) -> Resolution:
    """ "the last academic year": the latest school year (September to August) whose
    teaching ended by P (in July): before August, the one before the current; undated
    without P's month."""
    month = ctx.month
    if month is None:
        return None
    start = month.year - (1 if month.month >= 8 else 2)
    return Span(dt.date(start, 9, 1), dt.date(start + 1, 8, 31), "relative")


FOOTBALL_WORDS = re.compile(
    r"\b(?:footballs?|match(?:es)?|fixtures?|supporters|fans|stadium|banning\s+orders?|"
    r"kick-?off|Premier\s+League|EFL|(?-i:derby)|terraces?)\b",
    re.I,
)
"""Words that make a text's "season" a football season ("derby" a match: lower case only)."""

RURAL_SEASON_WORDS = re.compile(
    r"\b(?:hare\s+coursing|coursing|poach(?:ing|ers?)|lambing|grouse|pheasants?|"
    r"game\s+shooting|close\s+season|anglers?|angling|salmon|shooting\s+season)\b",
    re.I,
)
"""Words of a rural season (coursing, poaching, lambing, game shooting, fishing) whose months
are not a football season's."""


def resolve_football_season(ctx: Context) -> Resolution:
    """ "the 2025/26 season": 1 August 2025 to 31 May 2026 (a football season); undated in
    a text of a rural season (:data:`RURAL_SEASON_WORDS`) with no :data:`FOOTBALL_WORDS`
    (``season_not_football``: "during the 2025/26 season" of hare coursing or shooting,
    whose months the phrase does not fix) unless the release stated its season's months
    (:func:`~.period_rural_seasons.rural_season_months`)."""
    text = ctx.match.string
    if RURAL_SEASON_WORDS.search(text) and not FOOTBALL_WORDS.search(text):
        return rural_season_months(ctx, _first_year(ctx))
    start = _first_year(ctx)
    return Span(dt.date(start, 8, 1), dt.date(start + 1, 5, 31)) if start else None


SPLIT_YEAR_SHAPES: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "football_season": ((8, 1), (5, 31)),
    "academic_year": ((9, 1), (8, 31)),
}
"""The (month, day) a split year other than the financial one starts and ends on, by the
rule that reads it."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _split_year_stated_before(ctx: Context) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (month, day) shape of a football season or academic year stated just before in
    the same sentence; None when there is none."""
    last = ctx.last
    if last is None or last.end.year != last.start.year + 1:
        return None
    if _SENTENCE_END.search(ctx.match.string, last.end_char, ctx.match.start()):
        return None
    shape = ((last.start.month, last.start.day), (last.end.month, last.end.day))
    return shape if shape in SPLIT_YEAR_SHAPES.values() else None


def resolve_split_year(ctx: Context) -> Resolution:
    """ "2022/23": the financial year; after a football season or an academic year stated
    earlier in the same sentence ("38 orders during the 2024/25 season, up by a third on
    2023/24"), that kind of year instead; in a sentence about school years or exclusions
    (rule `school_year_cue`), the school year; in a football text's sentence naming a season
    (rule `season_sentence_cue`), the season (:func:`~.period_terms.split_year_kind`)."""
    span = resolve_financial_year(ctx)
    if not isinstance(span, Span):
        return span
    text, shape = ctx.match.string, _split_year_stated_before(ctx)
    # rule season_sentence_cue searches the whole text for football only when it must
    kind = None if shape else split_year_kind(text, ctx.match.start(), FOOTBALL_WORDS.search)
    shape = SPLIT_YEAR_SHAPES[kind] if kind else shape
    if shape is None:
        return span
    (first_month, first_day), (last_month, last_day) = shape
    first = span.start.year
    return Span(dt.date(first, first_month, first_day), dt.date(first + 1, last_month, last_day))


_ORDER_DAYS = 7
"""The longest span (days) "while they were in place" / "under the order" points back to:
a dispersal order or curfew runs for hours or days."""
_ORDER_REACH = 300
"""How far (characters) before the phrase the order's span may end."""


_PERMITS = re.compile(r"[^.;\n]{0,120}?\b(?:can|may|could|allows?|lets?|permits?)\b", re.I)
"""After "Under the order,", what the order permits ("wardens can issue £80 fines"): no
count made while it was in force."""


def resolve_while_in_force(ctx: Context) -> Resolution:
    """The span stated just before (within :data:`_ORDER_REACH` characters), when it lasts
    at most :data:`_ORDER_DAYS` days and the clause after it tells no permission
    (:data:`_PERMITS`); else no period (a standing order's powers)."""
    before = ctx.previous
    if before is None or (before.end - before.start).days >= _ORDER_DAYS:
        return NOT_A_PERIOD
    if _PERMITS.match(ctx.match.string, ctx.match.end()):
        return NOT_A_PERIOD
    if not 0 <= ctx.match.start() - before.end_char <= _ORDER_REACH:
        return NOT_A_PERIOD
    return Span(before.start, before.end, "same")


_NAMED_PERIOD_REACH = 80
"""How far (characters) before a dated span its name may stand ("this year's bonfire period,
which ran from 15 October to 10 November")."""
_NAMED_PERIOD_BACK = 2000
"""How far (characters) back a later "the bonfire period" looks for the span it names."""


_MEASURE_BEFORE = re.compile(
    r"\bthe\s+(?:number|total|rate|level|count|amount)\s+of\s+(?:[\w’'-]+\s+){1,4}$", re.I
)
"""Right before a named period: the measure it qualifies ("the number of deliberate fires
over the bonfire period")."""


def _measure_of_a_dated_sentence(ctx: Context) -> bool:
    """Rule ``named_period_of_measure``: the named period qualifies the measure of a
    sentence whose own period is stated before it ("Over the past five years, the number of
    deliberate fires over the bonfire period has dropped by 41%": the five years, not the
    bonfire period); not a named period with no period before it in its sentence."""
    text, start = ctx.match.string, ctx.match.start()
    if not _MEASURE_BEFORE.search(text[max(0, start - 80) : start]):
        return False
    head = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return any(head <= p.start_char < start and p.kind != "same" for p in ctx.found)


def resolve_named_period(ctx: Context) -> Resolution:
    """ "during the bonfire period", "in last year's bonfire period": the span a sentence
    before named so ("this year's bonfire period, which ran from 15 October to 10
    November"), a year earlier with "last year's"; undated when no such span was named
    (no guess at what a "bonfire period" is)."""
    name = " ".join((ctx.group("name") or "").lower().split())
    text = ctx.match.string
    if _measure_of_a_dated_sentence(ctx):
        return NOT_A_PERIOD
    floor = ctx.match.start() - _NAMED_PERIOD_BACK
    for before in reversed(ctx.found):
        if before.start_char < floor:
            break
        if before.kind not in ("explicit", "relative"):
            continue
        lead = text[max(0, before.start_char - _NAMED_PERIOD_REACH) : before.start_char]
        if f"{name} period" not in " ".join(lead.lower().split()):
            continue
        if ctx.group("last"):
            start, end = shifted(before.start, before.end, -1)
            return Span(start, end, "previous", (before.start, before.end))
        return Span(before.start, before.end, "same")
    return None


WORDING_RULES: tuple[PeriodRule, ...] = (
    # "in the whole of 2025", "over the course of 2023", "during the entirety of 2021"; not
    # "the whole of 2024/25" (financial_year)
    PeriodRule(
        "whole_year",
        compile_rule(
            rf"\b(?:in|during|throughout|for|over|across)\s+(?:the\s+)?(?:whole|entirety|course)"
            rf"\s+of\s+(?P<y>{YEAR})\b(?![-/]\d)",
            "idtfoa",
        ),
        resolve_year,
        needs=("whole of", "entirety of", "course of"),
    ),
    # "over the same nine months", "in the same two weeks", "over the same 12 months the
    # charity …" (a clause's own subject after it); not "the same three months last year" /
    # "… of 2023" / "… a year earlier" / "… the year before" (another year's)
    PeriodRule(
        "same_units",
        compile_rule(
            rf"\bthe\s+same\s+(?P<n>{COUNT})\s+(?P<unit>months|weeks|days)\b(?!\s+(?:last|a\s+"
            r"year|(?:in\s+)?the\s+(?:year|previous|prior)|of|in\s+\d|before|earlier|previously)\b)",
            "t",
        ),
        resolve_the_units,
        needs=("the same",),
    ),
    # "FY2025/26", "FY 24-25", "in FY2024-2025"; not "FY26" (which year it ends is unsaid)
    PeriodRule(
        "fy_year",
        compile_rule(r"\bFY\s?(?P<y1>(?:20)?\d{2})[/-](?P<y2>(?:20)?\d{2})\b", "f"),
        resolve_fy_year,
        needs=("fy2", "fy1", "fy 2", "fy 1"),
    ),
    # "the 2025 calendar year"; not "the calendar year" alone (which one is unsaid)
    PeriodRule(
        "calendar_year",
        compile_rule(rf"\b(?:the\s+)?(?P<y>{YEAR})\s+calendar\s+year\b", "t0-9"),
        resolve_year,
        needs=("calendar year",),
    ),
    # "the 2024/25 academic year", "the 2025-26 school year"; not "2024/25" alone
    # (financial_year)
    PeriodRule(
        "academic_year",
        compile_rule(
            rf"\b(?:the\s+)?(?P<y1>{YEAR})[/-](?P<y2>\d{{2}}|{YEAR})\s+(?:academic|school)\s+year\b",
            "t0-9",
        ),
        resolve_academic_year,
        needs=("academic year", "school year"),
    ),
    # "so far in the 2025/26 school year", "during the 2024-25 academic year to date"; not
    # "in the 2025/26 school year" (academic_year: the whole year)
    PeriodRule(
        "academic_year_so_far",
        compile_rule(
            rf"\b(?:so\s+far\s+(?:in|during|this)\s+(?:the\s+)?(?P<y1>{YEAR})[/-]"
            rf"(?P<y2>\d{{2}}|{YEAR})\s+(?:academic|school)\s+year|(?:(?:in|during)\s+)?"
            rf"(?:the\s+)?(?P<y3>{YEAR})[/-](?P<y4>\d{{2}}|{YEAR})\s+(?:academic|school)\s+year"
            r"\s+(?:so\s+far|to\s+date))\b",
            "sdit0-9",
        ),
        resolve_academic_year_so_far,
        needs=("academic year", "school year"),
    ),
    # "the academic year 2024/25", "in school year 2025-26"; not "the academic year" alone
    PeriodRule(
        "academic_year_after",
        compile_rule(
            rf"\b(?:academic|school)\s+year\s+(?:of\s+)?(?P<y1>{YEAR})[/-](?P<y2>\d{{2}}|{YEAR})\b",
            "as",
        ),
        resolve_academic_year,
        needs=("academic year", "school year"),
    ),
    # "during the last academic year", "last school year"; not "last year", "the previous
    # school year" (before a year stated, not P's)
    PeriodRule(
        "last_school_year",
        compile_rule(
            r"\b(?:(?:during|in|over|across|throughout)\s+)?(?:the\s+)?last\s+"
            r"(?:academic|school)\s+year\b(?!['’])",
            "dioatl",
        ),
        resolve_last_school_year,
        needs=("academic year", "school year"),
    ),
    # "the 2025/26 season", "during the 2024-25 football season"; not "2025/26" alone
    # (financial_year), "the 2025 season" (one year: which months is unsaid)
    PeriodRule(
        "football_season",
        compile_rule(
            rf"\b(?:the\s+)?(?P<y1>{YEAR})[/-](?P<y2>\d{{2}}|{YEAR})\s+(?:(?:football|Premier\s+"
            r"League|EFL|league)\s+)?season\b",
            "t0-9",
        ),
        resolve_football_season,
        needs=("season",),
    ),
    # "the year before last"
    PeriodRule(
        "year_before_last",
        compile_rule(r"\bthe\s+year\s+before\s+last\b", "t"),
        resolve_year_before_last,
        needs=("before last",),
    ),
    # "in late September", "from mid-October", "in early March 2025"; not "early" alone
    PeriodRule(
        "part_of_month",
        compile_rule(
            rf"\b(?:in|from|since|until|by|during)\s+(?:the\s+)?(?:early|mid|late|the\s+middle\s+of)"
            rf"[-\s]+(?P<m>{MONTH})(?!\w)(?:\s+(?P<y>{YEAR}))?",
            "ifsubd",
        ),
        resolve_part_of_month,
        needs=("early", "mid", "late", "middle of"),
    ),
    # "into this winter's campaign", "this year's operation"; not "last year's campaign"
    # (a year earlier: same_period_last_year), "this winter" alone (season)
    PeriodRule(
        "this_seasons_event",
        compile_rule(
            r"\bthis\s+(?:year|winter|summer|spring|autumn|festive\s+season|christmas)['’]s\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{REFERRED_EVENT}\b",
            "t",
        ),
        resolve_the_named_event,
        needs=REFERRED_EVENT_NOUNS,
    ),
    # "824 of last year's disclosures", "a third of last year’s calls", "during last year's
    # nine authorisations" (a count of last year's events); not "last year's campaign" (a
    # year earlier: same_period_last_year), "during last year's operation", "last year" alone
    PeriodRule(
        "of_last_years",
        compile_rule(
            r"\b(?:of|(?:during|over|throughout|across)(?=\s+last\s+year['’]s\s+(?:\d|(?:two|three|"
            r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s)))\s+"
            r"(?P<phrase>last\s+year['’]s)(?=\s+(?-i:[a-z\d]))",
            "odta",
        ),
        resolve_of_last_years,
        needs=("last year's", "last year’s"),
    ),
    # "112 of this year's graduates", "a fifth of this year’s recruits": the release's
    # current span stated before it (nothing when none is); not "this year's budget"
    # (relative_year reads a budget's year), not "this year's" with no "of" ("this year's
    # intake of 40")
    PeriodRule(
        "of_this_years",
        compile_rule(r"\bof\s+(?P<phrase>this\s+year['’]s)(?=\s+(?-i:[a-z\d]))", "o"),
        resolve_of_this_years,
        needs=("this year's", "this year’s"),
    ),
    # "almost 40% of the year's concerns", "a third of the year’s 900 calls"; not "of the
    # year's end", "the year's first quarter" (no "of" before), "of the years" (a count)
    PeriodRule(
        "of_the_years",
        compile_rule(r"\bof\s+the\s+(?P<one>year)['’]s(?=\s+(?-i:[a-z\d]))", "o"),
        resolve_the_units,
        needs=("the year's", "the year’s"),
    ),
    # "While they were in place, 47 people were moved on", "Under the order, 22 people …",
    # "whilst the dispersal order was in force": the span of the order stated before (a
    # dispersal order's hours); not "under the order of the court", "while in place" alone
    PeriodRule(
        "while_in_force",
        compile_rule(
            r"\b(?:(?:while|whilst)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,2}?(?:orders?|curfews?|"
            r"bans?|restrictions?|zones?|powers?|notices?))\s+(?:was|were)\s+in\s+(?:place|force|"
            r"operation)|under\s+(?:the|those|these|that|this)\s+(?:[\w-]+\s+){0,2}?(?:orders?|"
            r"powers?|curfews?))\b(?!\s+of\b)",
            "wu",
        ),
        resolve_while_in_force,
        needs=("in place", "in force", "in operation", "under th"),
    ),
    # "during the bonfire period", "in last year's bonfire period" after "this year's
    # bonfire period, which ran from 15 October to 10 November": the span so named; not
    # "the festive period" (festive), "the same/corresponding period", "that period"
    # (same), "the six-month period" (a length, not a name)
    PeriodRule(
        "named_period",
        compile_rule(
            r"\b(?:during|over|in|throughout|across|for)\s+(?:the|(?P<last>last\s+year['’]s))\s+"
            r"(?P<name>(?!(?:same|whole|entire|festive|following|previous|reporting|review|"
            r"relevant|current|corresponding|equivalent|comparable|like|prior|preceding|"
            r"subsequent|next|last|first|final|initial|overall)\b)"
            r"(?![a-z-]*(?:month|year|week|day|quarter|time)s?\b)"
            r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+period\b"
            r"(?!\s+(?:of|to|from|between|ending|ended)\b)",
            "dotifa",
        ),
        resolve_named_period,
        needs=("period",),
    ),
)
"""The period rules of these wordings."""
