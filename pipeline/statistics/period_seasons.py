"""Seasons as periods: "over the summer", "last winter", "in the spring of 2023".

Seasons are the meteorological ones the Met Office and most releases mean: spring is March
to May, summer June to August, autumn September to November, winter December to February
(across a new year). A season named without a year is the latest one begun by P, cut at P
when it is still running ("over the summer", "this summer"); "last summer" is the latest
one over before P. A winter given a year ("the winter of 2023") is left undated: whether
it is the winter that ends in that year or begins in it, the words do not say.

The festive season ("over the festive period", "the Christmas and New Year period", "over
Christmas") is the December it falls in, the calendar month that holds it (a judgement
call: campaigns run from early December to about New Year's Day, and the contract's
units are whole): of the year stated ("Christmas 2023"); else the latest December begun by
P, cut at P while it runs; "last Christmas" is the latest one over before P. A campaign's
own dates stated right after the festive phrase ("over the festive period. The figures cover
the five weeks between 1 December and 2 January") are the season's instead, for every festive
phrase of the text ("the 2024 festive period": the same dates a year earlier), by
:func:`festive_stated_later`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from pressfacts.findings import UNRESOLVED, PeriodFinding
from pressfacts.statistics.period_future import told_in_past
from pressfacts.statistics.period_refers import resolve_the_named_event
from pressfacts.statistics.period_rules import (
    MULTIPLE_OF_THE_NUMBER,
    NOT_A_PERIOD,
    YEAR,
    Context,
    Resolution,
    Span,
)
from pressfacts.statistics.period_season_plans import funded_ahead, planned_before
from pressfacts.statistics.season_purpose import purpose_before

SEASON_FIRST_MONTHS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
"""Each season's first month (it runs three whole months)."""

_NAME = r"(?P<s>spring|summer|autumn|winter)"
_AFTER = (
    r"(?:\s+months)?(?!\s+(?:holidays?|term|half[- ]?terms?|break|recess|school|camps?|fair|"
    r"festival)\b)(?!(?:\s+(?!(?:as|of|in|for|with|to|and|or|by|on|at|part)\b)[\w-]+){0,3}?"
    r"\s+(?:operation|campaign|crackdown|blitz|initiative|amnesty|"
    r"week\s+of\s+(?:action|intensification|enforcement)|(?:intensification|enforcement)\s+week)\b)"
)
"""What may follow the season: "the summer months" is the summer; "the summer holidays"
(school dates), "the summer term", "the autumn half-term" or "a summer fair" are not the
season, nor "the winter anti-drink drive operation" (an event named for its season,
dated by its own dates), nor (rule ``season_named_week``) "the spring week of action in
May", "the summer knife amnesty" (a week of action or an amnesty named for its season)."""

_TO_SEASON = r"(?:\s+(?:and|to|into)\s+(?:the\s+)?(?P<s_to>spring|summer|autumn|winter))?"
"""A second season joined to the first ("the spring and summer months", "the summer
and autumn"): the span runs from the first's start to the second's end."""

_RECORD = r"(?:(?:hottest|warmest|driest|wettest|coldest|sunniest|busiest|record-breaking)\s+)?"
"""A superlative of the weather before the season ("during the hottest summer on record",
"over the wettest winter"): still the season it names."""

_COMING_WORDS = ("coming", "forthcoming", "upcoming")
_COMING = "(?:" + "|".join(_COMING_WORDS) + ")"
"""Rule ``next_season``: the words of a season to come before its name ("next spring",
"the coming winter", "this coming summer", "the forthcoming autumn"): the first such
season to start after P, whole (a plan is no count cut at P): "next spring" in November
2025 is March to May 2026, "the coming winter" in October is the December after; not
"last winter", "this winter" (their own rules)."""
_EDGE_BEFORE = re.compile(r"\b(?:from|by|until|till|before|after|since)\s+\Z", re.I)
"""Guard ``edge_of_next_season`` of rule ``next_season``: a word of a start or an end right
before the season ("so that it can reach schools from next spring", "ready by next
summer"): it dates when something starts or ends, no span a figure covers (no period
phrase, as before the rule)."""
NEXT_SEASON_WORDS: frozenset[str] = frozenset({"next", *_COMING_WORDS})
"""The ``which`` words of rule ``next_season``."""

_OF_YEAR = r"(?P<yrel>last|this)\s+year\b"
"""Rule `season_of_relative_year`: the season's year said relative to P ("over the summer
of last year", "during the spring of this year"): that year's season, whole (cut at P
while it runs); not "the summer of 2023" (a year stated) or "the summer. Last year, …"
(a phrase of its own)."""

SEASON = (
    rf"\b(?:(?:over|during|in|throughout|across|through|for)\s+the\s+{_RECORD}{_NAME}{_TO_SEASON}(?:\s+of\s+"
    rf"(?:(?P<y>{YEAR})|{_OF_YEAR}))?{_AFTER}|(?:(?:the|this)\s+(?=previous|preceding|{_COMING}))?(?P<which>this|last|past|"
    rf"previous|preceding|next|{_COMING})\s+(?P<s2>spring|summer|autumn|winter)"
    rf"{_AFTER}|the\s+(?P<s4>spring|summer|autumn|winter)\s+(?P<before>before)"
    r"(?!\s+(?:last|the|a|an|it|its|they|we|he|she|(?-i:[A-Z0-9])))\b|(?:(?:in|during|over|throughout)\s+)?(?P<s3>spring|summer|autumn|winter)\s+"
    rf"(?P<y3>{YEAR})\b)"
)
"""A season: "over the summer", "during the winter months", "in the spring of 2023",
"the overtime bill for the summer",
"during the hottest summer on record" (:data:`_RECORD`),
"over the spring and summer months" (two seasons in a row),
"last autumn", "this summer", "the previous summer" (as "last summer"; after a summer stated
before it, the one before that: rule ``previous_of_stated``), "the summer before" (as "the
previous summer", rule ``season_before``; not "the summer before last", "the winter before
the pandemic"), "summer 2022"; not
"the summer holidays" or "a summer campaign" (no article and no year or "this"/"last")."""
SEASON_LEAD = "otidalpswfncu"
"""The characters a season phrase can open with."""
SEASON_NEEDS: tuple[str, ...] = tuple(SEASON_FIRST_MONTHS)
"""Words one of which a text must hold for the season rule to be tried."""


def _span(year: int, first_month: int, months: int = 3) -> tuple[dt.date, dt.date]:
    """The whole months (three for one season) from ``first_month`` of ``year``."""
    start = dt.date(year, first_month, 1)
    return start, start + relativedelta(months=months) - dt.timedelta(days=1)


def latest_season_over(published: dt.date, name: str) -> tuple[dt.date, dt.date]:
    """The whole months of the latest season ``name`` over before ``published``."""
    first_month = SEASON_FIRST_MONTHS[name]
    start, end = _span(published.year, first_month)
    while end >= published:
        start, end = _span(start.year - 1, first_month)
    return start, end


def within_season(start: dt.date, end: dt.date, name: str) -> bool:
    """Whether ``start``..``end`` lies within one season ``name`` (of any year)."""
    first_month = SEASON_FIRST_MONTHS[name]
    season_start = dt.date(start.year - (start.month < first_month), first_month, 1)
    return end <= _span(season_start.year, first_month)[1]


_SPOKEN_OF_AS_TO_COME = re.compile(
    r",?[ \t]+(?:we|they|it|officers|volunteers|the[ \t]+\w+)[ \t]+"
    r"(?:will|are[ \t]+to|plan[ \t]+to)\b",
    re.I,
)
"""Right after a season, its subject and a future verb: "Over the summer we will be
training", "over the summer, volunteers will"; the season is the coming one, whole (a plan
is no count cut at P); not "over the summer, 11 groups were set up" (done)."""


_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:][\"”’']?\s+|\n\s*)\Z")
"""What stands right before a phrase that opens its sentence or paragraph: the text's start,
a sentence end, or a line break ("… 41 offences. Last winter, almost a third …")."""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` opens its sentence (a lead of its own, not the
    yardstick of a comparison stated before it)."""
    return _OPENS_SENTENCE.search(text[max(0, start - 4) : start]) is not None


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?-i:[A-Z])")
_YARDSTICK_CUE = re.compile(
    r"\b(?:than|from|against|compared\s+(?:with|to)|on|versus)\s+(?:[\d,£.%]+\s+)?(?:\w+\s+)?\Z|"
    + MULTIPLE_OF_THE_NUMBER
    + r"\Z",
    re.I,
)


def _new_statement(text: str, before_end: int, start: int) -> bool:
    """Rule `season_new_sentence`: a "last …" season in a later sentence than the span
        stated before it, with no yardstick word right before it ("… 147 cases in 2024. In one
        case in Chorley last summer, …"), is a statement of its own, not that span's
        comparison; not "… in 2024. That was 40 more than last summer", "… in 19 drivers,
    almost double the number last summer" (yardsticks: rule `multiple_of_the_number`)."""
    if not _SENTENCE_END.search(text, before_end, start):
        return False
    return _YARDSTICK_CUE.search(text[max(0, start - 40) : start]) is None


def resolve_season(ctx: Context) -> Resolution:
    """The season's whole months: of the year stated; else, spoken of as to come (a
    subject and "will" right after it), the one running at P or the next, whole; else the
    latest begun by P (cut at P while it runs); "this …" when none runs at P, the nearer
    of the latest over and the next to come ("this winter" in November: the coming one;
    "this summer" in September: the one just over), but the one over when its sentence
    tells it in the past, a season of P's year (rule ``this_season_told_in_past``:
    "recovered three machines this spring" in October; not a winter); "last …" the latest
    one over before P, unless that lies within the span stated just before it (then the
    one before) and the season does not open its sentence ("Last winter, almost a third
    …" after a year's figures is a new statement, not that comparison's yardstick: rule
    `season_opening_sentence`)."""
    name = (ctx.group("s") or ctx.group("s2") or ctx.group("s3") or ctx.group("s4") or "").lower()
    first_month = SEASON_FIRST_MONTHS[name]
    stated = ctx.group("y") or ctx.group("y3")
    relative = (ctx.group("yrel") or "").lower()
    if relative and ctx.published is not None:  # rule `season_of_relative_year`
        stated = str(ctx.published.year - (relative == "last"))
    last = (ctx.group("s_to") or "").lower()
    if last == name:
        return None  # "the summer and summer": no run of seasons
    months = 3 * (1 + (SEASON_FIRST_MONTHS.get(last, first_month) - first_month) % 12 // 3)
    if stated:
        if name == "winter" or (months > 3 and first_month + months > 13):
            return None  # a winter (or a run crossing the new year) given a year: ambiguous
        start, end = _span(int(stated), first_month, months)
        published = ctx.published
        if relative and published is not None:  # "of this year": not after P, cut at P
            return None if start > published else Span(start, min(end, published), "relative")
        return Span(start, end)
    published = ctx.published
    if published is None:
        return None
    which = "previous" if ctx.group("before") else (ctx.group("which") or "").lower()
    text, opens = ctx.match.string, ctx.match.start()
    if which in NEXT_SEASON_WORDS:  # rule next_season: the first to start after P
        if _EDGE_BEFORE.search(text[max(0, opens - 12) : opens]):
            return NOT_A_PERIOD  # guard edge_of_next_season: "from next spring" dates a start
        start, end = _span(published.year, first_month, months)
        if start <= published:  # begun already: next year's (a span starts in its year)
            start, end = _span(published.year + 1, first_month, months)
        return Span(start, end, "relative")
    planned = _SPOKEN_OF_AS_TO_COME.match(text, ctx.match.end()) or planned_before(text, opens)
    if which in ("", "this") and planned:
        start, end = _span(published.year, first_month, months)  # "… we will be training"
        if end < published:
            start, end = _span(published.year + 1, first_month, months)
        return Span(start, end, "relative")
    start, end = _span(published.year, first_month, months)
    if start > published:
        start, end = _span(published.year - 1, first_month, months)
    funded = which == "" and funded_ahead(text, opens)  # season_funded_ahead
    if (which == "this" or funded) and end < published:  # none running at P: the nearer
        after = _span(start.year + 1, first_month, months)
        nearer_next = after[0] - published < published - end  # "this winter" in November
        past = (  # a winter runs across the new year: "this winter" is none of P's year
            which == "this"
            and name != "winter"
            and told_in_past(ctx)
            and not purpose_before(text, opens)
        )
        if nearer_next and not past:
            return Span(*after, "relative")  # rule this_season_told_in_past: the one over
    if which in ("last", "past", "previous", "preceding"):
        before = ctx.previous
        within = before is not None and before.start <= start and end <= before.end
        # "the previous winter" after a span in last winter ("from 1 December 2024 to 2
        # January 2025, … down from 681 the previous winter"): the winter before that one
        overlaps = before is not None and before.start <= end and start <= before.end
        if (
            end >= published
            or (which in ("previous", "preceding") and overlaps)
            or (
                within
                and not _opens_sentence(text, opens)
                and not _new_statement(text, before.end_char if before else 0, opens)
            )
        ):
            # running at P, or within the span stated before it ("a campaign from 1 June to
            # 31 August … up from 870 last summer", "patrols between June and September …
            # 58 fewer than last summer"): the one before
            start, end = _span(start.year - 1, first_month, months)
            if which in ("previous", "preceding") and before and before.start <= end <= before.end:
                start, end = _span(start.year - 1, first_month, months)  # previous_of_stated
    return Span(start, min(end, published), "relative")


_FESTIVE_NAME = (
    r"(?:festive\s+(?:period|season|break|fortnight)|christmas(?:\s+and\s+new\s+year)?\s+"
    r"(?:period|holidays?|break|fortnight))"
)
"""A festive season named as one: "festive period", "Christmas and New Year period"."""
_FESTIVE_CAMPAIGN = (
    r"(?:festive|christmas)\s+(?:(?:drink[-\s]and[-\s]drug[-\s]drive|drink[-\s]drive|"
    r"road\s+safety)\s+)?(?:campaign|crackdown|operation)"
)
"""A festive campaign, dated by its season only when its year is said: "the 2024 festive
campaign", "last year's Christmas drink-drive campaign"."""
FESTIVE = (
    rf"\b(?:(?:(?:over|during|in|throughout|across|through)\s+)?(?:the\s+(?:(?P<fy3>{YEAR})\s+)?|"
    rf"(?P<fwhich>this|last)\s+(?:year['’]s\s+)?){_FESTIVE_NAME}(?:\s+(?:of\s+)?(?P<fy>{YEAR}))?|"
    rf"(?:(?:over|during|in|throughout|across)\s+)?(?:the\s+(?P<fy4>{YEAR})|"
    rf"(?P<fwhich3>this|last)\s+year['’]s)\s+{_FESTIVE_CAMPAIGN}|"
    rf"(?:(?:over|during|throughout|across)\s+|"
    rf"(?=(?:this|last)\s))(?:(?P<fwhich2>this|last)\s+)?christmas(?:\s+and\s+(?:the\s+)?new\s+year)?"
    rf"(?:\s+(?P<fy2>{YEAR})|\s+(?P<flast>last)\s+year)?(?!\s+(?:day|eve|markets?|trees?|"
    rf"part(?:y|ies)|campaign|appeal|lights|shopping)\b))"
)
"""The festive season: "over the festive period", "during the Christmas holidays", "this
festive season", "over Christmas and New Year", "the festive period 2023", "the 2023 festive
period", "the festive season of 2024", "last year's festive period", "over Christmas last
year"; a festive campaign with its year ("the 2024 festive campaign", "during last year's
Christmas campaign"); not "on Christmas Day", "over Christmas Eve" or "a festive campaign"
(no season named)."""
FESTIVE_CAMPAIGN_UNDATED = (
    rf"\b(?:during|throughout|over)\s+the\s+{_FESTIVE_CAMPAIGN}\b"
    r"(?!\s+(?:of|in\s+(?:19|20)\d\d)\b|['’])"
)
"""Rule ``festive_campaign``: a festive campaign named without its year after "during",
"throughout" or "over" ("caught during the Christmas drink and drug-drive campaign", "over
the festive crackdown"), read as the festive season (:func:`resolve_festive`) and so dated by
the campaign's own days when they follow in its sentence or the next
(:func:`festive_stated_later`), else no period; not "a festive campaign" (not the one the
release reports), "during its Christmas campaign" (the issuer's own, dated by the rules of
its campaign), "in the festive campaign" (taking part), "during the Christmas campaign of
2024" or "… in 2024" (dated where it is named)."""
FESTIVE_LEAD = "otidalc"
"""The characters a festive phrase can open with."""
FESTIVE_NEEDS: tuple[str, ...] = ("festive", "christmas")
"""Words one of which a text must hold for the festive rule to be tried."""


def resolve_festive(ctx: Context) -> Resolution:
    """December of the year stated; else the span stated just before when it takes in a
    Christmas Day (a festive campaign's dates, "between 1 December and 1 January"); else
    the latest December begun by P (cut at P while it runs); "last …" the latest one
    over before P. Rule ``festive_planned_before``: a future verb earlier in its clause
    (:data:`~.period_season_plans.PLANNED_BEFORE`: "up to 500 drivers are set to be tested
    over the festive period", "officers will make 200 checks over the Christmas period" in
    November) makes it P's year's December, whole; not "officers tested 500 drivers over the
    festive period" (done: the latest one begun by P), nor "last year's festive period"."""
    stated = ctx.group("fy") or ctx.group("fy2") or ctx.group("fy3") or ctx.group("fy4")
    if stated:
        return Span(dt.date(int(stated), 12, 1), dt.date(int(stated), 12, 31))
    before = ctx.previous
    which = _which(ctx)
    if before is not None and not which and _takes_in_christmas(before.start, before.end):
        return Span(before.start, before.end, "same")
    published = ctx.published
    if published is None:
        return None
    text, opens = ctx.match.string, ctx.match.start()
    if not which and planned_before(text, opens):  # rule festive_planned_before
        return Span(dt.date(published.year, 12, 1), dt.date(published.year, 12, 31), "relative")
    year = published.year if published.month == 12 else published.year - 1
    if which == "last" and year == published.year:
        year -= 1
    start = dt.date(year, 12, 1)
    return Span(start, min(dt.date(year, 12, 31), published), "relative")


def resolve_festive_campaign(ctx: Context) -> Resolution:
    """Rule ``festive_campaign``: the campaign's span dated before it, as "during the
    campaign" reads it (:func:`resolve_the_named_event`); else as :func:`resolve_festive`
    (its December, which :func:`festive_stated_later` dates by the campaign's days after
    it, or leaves undated), undated when P is unknown."""
    dated = resolve_the_named_event(ctx)
    return dated if isinstance(dated, Span) else resolve_festive(ctx)


def _which(ctx: Context) -> str:
    """ "this" or "last" as the festive phrase says it ("last year's …", "over Christmas
    last year"); "" when it says neither."""
    which = ctx.group("fwhich") or ctx.group("fwhich2") or ctx.group("fwhich3")
    return (which or ctx.group("flast") or "").lower()


def _takes_in_christmas(start: dt.date, end: dt.date) -> bool:
    """Whether ``start``..``end`` holds a Christmas Day (and is no longer than a season)."""
    christmas = dt.date(start.year, 12, 25)
    return start <= christmas <= end and (end - start).days <= 92


_FESTIVE_PHRASE = re.compile(rf"{FESTIVE}|{FESTIVE_CAMPAIGN_UNDATED}", re.I)
_UNDATED_CAMPAIGN = re.compile(FESTIVE_CAMPAIGN_UNDATED, re.I)
"""Rule ``festive_campaign``'s phrase: a December only while the campaign's days follow."""
_UNDATED = dt.date(1, 1, 1)
"""The dates an undated phrase carries (``periods._NO_DATE``)."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_CAMPAIGN_KINDS = frozenset({"explicit"})
"""The kinds of span that date a festive campaign: stated days or months, not relative."""


def festive_stated_later(
    text: str, found: list[PeriodFinding], published: dt.date | None
) -> list[PeriodFinding]:
    """``found`` (every period phrase of ``text``, in order) with each festive phrase read
    as a December given the campaign's own dates when the first festive phrase is followed,
    in its sentence or the next, by a span of days that takes in Christmas Day ("Police
    received 900 reports over the festive period. The figures cover 1 December to 2
    January"): each such phrase takes those dates moved to its own December's year ("the
    2024 festive period": the same dates a year earlier, the earlier half of a comparison),
    when they end by P."""
    festive = [i for i, p in enumerate(found) if _is_festive_december(text, p)]
    if not festive or published is None:
        return found
    first = found[festive[0]]
    campaign = next(
        (
            p
            for p in found[festive[0] + 1 :]
            if p.kind in _CAMPAIGN_KINDS and _takes_in_christmas(p.start, p.end)
        ),
        None,
    )
    if (
        campaign is None
        or _sentence_ends(text, first.end_char, campaign.start_char) > 1
        or campaign.end > published
    ):
        for i in festive:  # a campaign's December only while its days follow
            if _UNDATED_CAMPAIGN.match(text, found[i].start_char):
                found[i] = replace(found[i], start=_UNDATED, end=_UNDATED, kind=UNRESOLVED)
        return found
    for index in festive:
        period = found[index]
        years = relativedelta(years=period.start.year - campaign.start.year)
        start, end = campaign.start + years, campaign.end + years
        if end <= published and start < campaign.start:  # an earlier year's: a yardstick
            anchor = (campaign.start, campaign.end)
            found[index] = replace(period, start=start, end=end, kind="previous", anchor=anchor)
        elif end <= published:
            found[index] = replace(period, start=start, end=end)
    _referred_again(text, found, first, campaign)
    return found


_CAMPAIGN_NOUN = re.compile(r"\b(?:campaign|crackdown|operation)\b", re.I)
"""The noun a later "during the campaign" refers to the festive campaign through."""


def _referred_again(
    text: str, found: list[PeriodFinding], first: PeriodFinding, campaign: PeriodFinding
) -> None:
    """Rule ``festive_referred_again``: a later "during the campaign" that took the first
    festive phrase's December ("caught during the Christmas drink-drive campaign. … arrested
    between 1 December and 1 January. … 71 were arrested during the campaign") takes the
    campaign's days as that phrase does, and "during last year's campaign" counted back from
    it the same days a year earlier; not a phrase of another December, nor one naming no
    campaign ("in December")."""
    december = (first.start, first.end)
    days = (campaign.start, campaign.end)
    for index, period in enumerate(found):
        if period.start_char <= first.end_char:
            continue
        if not _CAMPAIGN_NOUN.search(text, period.start_char, period.end_char):
            continue
        if period.kind == "same" and (period.start, period.end) == december:
            found[index] = replace(period, start=campaign.start, end=campaign.end)
        elif period.kind == "previous" and period.anchor == december:  # "last year's campaign"
            years = relativedelta(years=period.start.year - first.start.year)
            start, end = campaign.start + years, campaign.end + years
            found[index] = replace(period, start=start, end=end, anchor=days)


def _sentence_ends(text: str, start: int, end: int) -> int:
    """How many sentence ends stand in ``text[start:end]``."""
    return len(_SENTENCE_END.findall(text, start, end))


def _is_festive_december(text: str, period: PeriodFinding) -> bool:
    """Whether ``period`` is a festive phrase read as its December (not dated by a span
    stated before it)."""
    return (
        period.kind in ("relative", "explicit")
        and (period.start.month, period.start.day, period.end.month) == (12, 1, 12)
        and _FESTIVE_PHRASE.search(text, period.start_char, period.end_char) is not None
    )
