"""Period resolvers that read the words around the period, not only the period.

Each is the resolver of one named rule of
:data:`pressfacts.statistics.period_table.PERIOD_RULES` (the rule's regex takes the
context; its group ``phrase``, when present, marks the period's own words):

- ``compared_last_year``: "…, compared to 698 last year" after a stated span is that
  span a year earlier (a like-for-like comparison), not the whole calendar year; so is
  "The figure is down on last year" after a sentence stating the span;
- ``first_span_from``: "in its first four weeks of operation from 1st September" is
  the four weeks from that day; ``span_after_start``: "in the six months after the
  nurses started in April" the six months from April;
- ``of_the_figure``: "Of the 39, 37 …" takes the period of the figure it divides;
- ``charge_year``: a recurring charge (precept, council tax, fees) that changes "for
  the next financial year" is a change between that year and the one before, so the
  change covers both (:mod:`pressfacts.statistics.period_context` reads the anchor);
  the year's own figures still get that year alone;
- ``month_range_relative``: "between April and September this year" (or "last year",
  "next year") is those months of P's year (or the year before, or after);
- ``year_to_month``: "the year to September" without a year ends with the latest
  whole September before P's month;
- ``year_to_month_relative``: "the 12 months to March this year" ends with that month of
  P's year ("last year": of the year before);
- ``the_financial_year``: "in the financial year" refers back to the financial year
  stated before, not a comparison's yardstick (``financial_year_not_yardstick``);
- ``first_months_relative``: "the first six months of last year" (or "this year").

:data:`COMPARATOR_BEFORE` marks a stated period as the earlier half of a comparison
("down 8% on 2022-23", "higher than the first six months of last year", "compared
with 2,148 in 2022-23"): it becomes a ``previous`` period anchored on the later one
stated before, so a change covers both (:func:`as_comparator`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import WORD_NUMBER, count_value
from pressfacts.statistics.period_budget_years import (
    CHARGE,
    CLAUSE_WORDS,
    FROM_APRIL,
    charge_from_april,
)
from pressfacts.statistics.period_future import to_come
from pressfacts.statistics.period_ranges import WEEKDAY
from pressfacts.statistics.period_rules import (
    COUNT,
    MULTIPLE_OF_THE_NUMBER,
    NOT_A_PERIOD,
    ORDINAL,
    YEAR,
    Context,
    Resolution,
    Span,
    compile_rule,
    month_end,
    resolve_relative_year,
    shifted,
)

LIKE_FOR_LIKE_DAYS = 360
"""A span shorter than this compared with "last year" is compared like for like."""
_DATED_KINDS = ("explicit", "relative", "same", "following")
"""Kinds of a phrase whose dates a like-for-like comparison may take."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


POINTS_BACK = re.compile(
    r"[\s_*]*(?:(?:the|this|that)\s+(?:figure|total|number|tally|count)|this|that|it)\s+"
    r"(?:is|was|represents|marks)\b",
    re.I,
)
"""A sentence opening on its subject pointing back to the figure of the sentence before
("The figure is down on last year", "That was up on last year"): that sentence's span is
the one compared like for like."""


def resolve_compared_last_year(ctx: Context) -> Resolution:
    """ "compared to 698 last year" after a span shorter than a year stated in the same
    sentence ("During the same period, … 753, compared to 698 last year"), or in the
    sentence before when this one opens pointing back to its figure (:data:`POINTS_BACK`:
    "… between 29 October and 6 November. The figure is down on last year"): that span a
    year earlier; otherwise "last year" as usual (the calendar year before P)."""
    before = ctx.last
    text = ctx.match.string
    if (
        before is None
        or before.kind not in _DATED_KINDS
        or (before.end - before.start).days >= LIKE_FOR_LIKE_DAYS
        or not _compared_within(text, before.end_char, ctx.match.start())
    ):
        return resolve_relative_year(ctx)
    start, end = shifted(before.start, before.end, -1)
    return Span(start, end, "previous", (before.start, before.end))


def _compared_within(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds no sentence end, or one, after which the sentence
    opens pointing back to the figure before (:data:`POINTS_BACK`)."""
    ends = list(_SENTENCE_END.finditer(text, start, end))
    return not ends or (len(ends) == 1 and POINTS_BACK.match(text, ends[0].end()) is not None)


def _day_without_year(day: int, month: int, ctx: Context) -> dt.date | None:
    """The latest such day not after P, as far as P is known (never guessed)."""
    if ctx.published is not None:
        year = ctx.published.year
        if (month, day) > (ctx.published.month, ctx.published.day):
            year -= 1
    elif ctx.month is not None and month != ctx.month.month:
        year = ctx.month.year - (month > ctx.month.month)
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


FIRST_SPAN_FROM = compile_rule(
    rf"\b(?:in\s+|during\s+|(?P<over>over\s+))?(?:its|their|the)\s+(?P<first>first\s+)?(?:(?P<n>{COUNT})"
    rf"[-\s])?(?P<unit>day|week|month|year)(?P<plural>s)?"
    rf"(?:\s+of\s+(?:operation|operating|action|the\s+[\w-]+))?,?\s+(?:from|(?(first)(?:since|"
    rf"starting(?:\s+on)?)|(?!)))\s+{WEEKDAY}(?:(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<m>{MONTH})|(?P<mb>{MONTH})"
    rf"(?:\s+(?P<db>\d{{1,2}}){ORDINAL}(?!\d))?)(?:,?\s+(?P<y>{YEAR}))?"
)
"""A span of N days, weeks, months or years from a day or a month: "in its first four weeks
of operation from 1st September", "in the 10 days from 20 December", "the six months from
April 2024", "the year from 1 April 2024"; "since" and "starting" only after "first" (not
"the year starting 1 April", a precept's coming year), a plural unit only with its count
(not "the days from 1 May"); led by "over" (group ``over``), "£390,000 over the three years
from April 2027", a span that may end after P (:func:`_stated_span_over`)."""


SPAN_AFTER_START = compile_rule(
    rf"\b(?:in|during|over)\s+the\s+(?:first\s+)?(?P<n>{COUNT})[-\s](?P<unit>week|month)"
    rf"(?P<plural>s)\s+(?:after|since)\s+(?:[\w’'-]+\s+){{1,6}}?(?:started|began|launched|"
    rf"opened|went\s+live|(?:was|were)\s+(?:launched|introduced|set\s+up))\s+in\s+"
    rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b"
)
"""A span of N weeks or months after something began in a month: "in the six months after
the nurses started in April", "during the first 12 weeks since the hub opened in May 2024"
(rule ``span_after_start``, read as :func:`resolve_first_span_from` reads "the six months
from April"); not "six months after he was jailed in April" (no "in/during the" before,
no verb of beginning)."""


def resolve_first_span_from(ctx: Context) -> Resolution:
    """ "its first four weeks of operation from 1st September", "the six months from April
    2024", "the year from 1 April 2024": the N days, weeks, months or years from that day
    (a month alone: its first day); the day's year is stated or placed by P. A plural
    unit needs its count ("the days from 1 May" is none). A span ending after P is a
    pledge and no period, unless it is a stated length led by "over" with its count and
    year (rule ``stated_span_over``, :func:`_stated_span_over`)."""
    if ctx.group("plural") and not ctx.group("n"):
        return NOT_A_PERIOD
    day_word = ctx.group("d") or ctx.group("db") or "1"
    month = month_number(ctx.group("m") or ctx.group("mb") or "")
    year = ctx.group("y")
    if year:
        try:
            first: dt.date | None = dt.date(int(year), month, int(day_word))
        except ValueError:
            return NOT_A_PERIOD
    elif to_come(ctx):  # "will make 40 visits in the six weeks from 1 December": a plan
        return None
    else:
        first = _day_without_year(int(day_word), month, ctx)
    if first is None:
        return None
    n = count_value(ctx.group("n") or "one")
    unit = (ctx.group("unit") or "day").lower()
    step = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "year": relativedelta(years=n),
    }[unit]
    end = first + step - dt.timedelta(days=1)
    if n < 1 or (ctx.latest is not None and end > ctx.latest and not _stated_span_over(ctx)):
        return None  # a pledge ("its first six months from 1 May") or nothing, unless "over …"
    return Span(first, end)


def _stated_span_over(ctx: Context) -> bool:
    """Rule ``stated_span_over``: a length led by "over" with its count and the year of the
    day or month it starts ("£390,000 over the three years from April 2027", "over the 18
    months from 1 October 2026") is the span a grant or plan covers, taken as stated even
    when it ends after P (as ``units_from_month`` reads "over three years from April 2027");
    not "in its first six months from 1 May 2027" (a pledge: "first"), nor a span with no
    year stated, nor one led by "in"/"during"."""
    return bool(ctx.group("over") and ctx.group("n") and ctx.group("y") and not ctx.group("first"))


CHANGE_VERB = (
    r"(?:increas\w*|ris(?:e|es|ing)|rose|go(?:es|ing)?\s+up|went\s+(?:up|down)|decreas\w*|"
    r"reduc\w*|cut|fall\w*|fell)"
)
"""A verb changing a charge: "will rise", "went up", "fell"."""
CHARGE_YEAR = compile_rule(
    rf"\b{CHARGE}\b{CLAUSE_WORDS}{{0,120}}?\b{CHANGE_VERB}\b{CLAUSE_WORDS}{{0,120}}?"
    rf"\b(?P<phrase>for\s+(?:the\s+)?(?:(?:next|coming|forthcoming)\s+financial\s+year|"
    rf"(?P<y1>{YEAR})[/–-](?P<y2>{YEAR}|\d{{2}})\b(?![/–-]?\d))|"
    rf"{FROM_APRIL})"
)
"""Rule ``charge_year``: a charge changed for a financial year ("the precept will increase
by 19p a week for the next financial year", "… for 2024/25") or "from April" ("… will rise
by £14 a year for a Band D property from April", the year it starts)."""


def resolve_charge_year(ctx: Context) -> Resolution:
    """A charge changed "for the next financial year" / "for 2022/23": that year, as the
    later half of a comparison with the year before (kind ``following``); changed "from
    April": the year from that April alone
    (:func:`~.period_budget_years.charge_from_april`)."""
    if ctx.group("y1"):
        first, second = int(ctx.group("y1") or 0), int(ctx.group("y2") or 0)
        if (first + 1) % (100 if second < 100 else 10_000) != second:
            return NOT_A_PERIOD
    elif ctx.group("april"):  # the year from that April alone
        return charge_from_april(ctx)
    elif ctx.month is not None:
        month = ctx.month
        first = (month.year if month.month >= 4 else month.year - 1) + 1
    else:
        return None
    year = (dt.date(first, 4, 1), dt.date(first + 1, 3, 31))
    return Span(*year, "following", (dt.date(first - 1, 4, 1), dt.date(first, 3, 31)))


def resolve_month_range_relative(ctx: Context) -> Resolution:
    """ "between April and September this year": the months of P's year ("last year":
    the year before; "next year": the year after); null without P's year."""
    if ctx.year is None:
        return None
    relative = (ctx.group("rel") or "").lower()
    year2 = ctx.year - (relative == "last") + (relative == "next")
    m1, m2 = month_number(ctx.group("m1") or ""), month_number(ctx.group("m2") or "")
    year1 = year2 if m1 <= m2 else year2 - 1
    return Span(dt.date(year1, m1, 1), month_end(year2, m2))


def resolve_year_to_month(ctx: Context) -> Resolution:
    """ "the year to September": the 12 whole months ending with the latest September
    before P's month; null without P's month."""
    if ctx.month is None:
        return None
    month = month_number(ctx.group("m") or "")
    year = ctx.month.year - (month >= ctx.month.month)
    end = month_end(year, month)
    return Span(dt.date(year - (month < 12), month % 12 + 1, 1), end)


def resolve_year_to_month_relative(ctx: Context) -> Resolution:
    """ "the 12 months to March this year" (or "last year"): the 12 whole months ending
    with that month of P's year (or the year before); null without P."""
    if ctx.published is None:
        return None
    year = ctx.published.year - ((ctx.group("rel") or "").lower() == "last")
    end = month_end(year, month_number(ctx.group("m") or ""))
    return Span(dt.date(end.year - (end.month < 12), end.month % 12 + 1, 1), end)


def _is_financial_year(start: dt.date, end: dt.date) -> bool:
    return (start.month, start.day, end.month, end.day) == (4, 1, 3, 31) and (
        end.year == start.year + 1
    )


YARDSTICK_YEAR_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|against)\s+"
    r"(?:(?:[^.;:()]|\.(?=\d)){0,30}?\s)?"
    r"(?:in|for|during)\s+(?:the\s+)?$",
    re.I,
)
"""Rule `financial_year_not_yardstick`: right before a stated financial year, the words of
a comparison's yardstick ("23.8% in 2025-26, compared with 26.1% in 2024-25", "up from 610
in 2023/24"): the year held up against the one the release is about, which a later "the
financial year" does not point back to; not "in 2024-25" alone, "helped 9,000 people in"."""


def _stated_year(text: str, found: PeriodFinding) -> bool:
    """Whether ``found`` is a financial year "the financial year" may point back to first:
    not a comparison's yardstick (:data:`YARDSTICK_YEAR_BEFORE`)."""
    return _is_financial_year(found.start, found.end) and not YARDSTICK_YEAR_BEFORE.search(
        text, max(0, found.start_char - 60), found.start_char
    )


def _any_year(_text: str, found: PeriodFinding) -> bool:
    """Whether ``found`` is a financial year at all (when none but a yardstick is stated)."""
    return _is_financial_year(found.start, found.end)


def resolve_the_financial_year(ctx: Context) -> Resolution:
    """ "in the financial year" (no year named): the financial year stated before, the
    latest one though other periods came between (rule `latest_financial_year`: "helped
    9,000 people in 2024/25 … since last October … during the financial year" is
    2024/25; not a yardstick counted back from it, "on the year before", nor one a
    comparison holds up against it, rule `financial_year_not_yardstick`: "in 2025-26,
    compared with 26.1% in 2024-25" then "during the financial year" is 2025-26, the
    yardstick taken only when no other financial year is stated); otherwise undated."""
    text = ctx.match.string
    for usable in (_stated_year, _any_year):
        before = ctx.previous
        if before is not None and usable(text, before):
            return Span(before.start, before.end, "same")
        for before in reversed(ctx.found):
            if before.kind != "previous" and usable(text, before):
                return Span(before.start, before.end, "same")
    return None


def resolve_first_months_relative(ctx: Context) -> Resolution:
    """ "the first six months of last year" / "the last three months of this year"."""
    if ctx.year is None:
        return None
    n = count_value(ctx.group("n") or "")
    if not 1 <= n <= 12:
        return NOT_A_PERIOD
    year = ctx.year - ((ctx.group("rel") or "").lower() == "last")
    if (ctx.group("which") or "").lower() == "first":
        return Span(dt.date(year, 1, 1), month_end(year, n), "relative")
    return Span(dt.date(year, 13 - n, 1), dt.date(year, 12, 31), "relative")


WHOLE_OF = r"(?:the\s+(?:whole|course)\s+of\s+)?"
"""Rule `comparator_whole_of`: "the whole of" / "the course of" between a multiple's words
and its yardstick period ("more than double the number trained in the whole of [last
year]", "twice the number taken in the course of [2024]"): still the yardstick. Not after
"than in" ("more than in the whole of 2025/26, when it obtained 15": the count after the
period is the yardstick's own, which the period dates). After a yardstick's count too
(rule `compared_count_whole_of`: "compared with 61 in the whole of [2024/25]", "up from 40
in the course of [2023/24]")."""
CHANGE_ON_THE_COUNT = (
    r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|jump)\s+(?:of\s+|by\s+)?"
    r"(?:(?:around|about|nearly|almost|over|more\s+than|just\s+over)\s+)?\d[\d.]*"
    r"(?:%|\s+per\s+cent)\s+on\s+the\s+(?:£?\d[\d,.]*|" + WORD_NUMBER + r")\s*"
    r"(?:[a-z-]+\s+){0,3}?(?:in|during)\s+"
)
"""Rule `change_on_the_count`: a change "on" the yardstick's count and its period ("down 26%
on the 31 reported in [the first quarter]", "a rise of 12% on the 40 seen in [May]"): the
yardstick's period, so the change covers both. Not "acting on the 12 tips received in
[May]" (no change before), "26% of the 31 reported in [May]" (a share, not a change)."""
COMPARATOR_BEFORE = re.compile(
    r"(?:\b(?:on|than(?:\s+in)?|compared\s+(?:with|to)|against|versus)\s+(?:the\s+)?|"
    r"\bas\s+(?:many|much|high|often)\s+as\s+(?:in\s+)?|"
    r"\b(?:compared\s+(?:with|to)|against|versus|up\s+from|down\s+from)\s+(?:(?:around|about|"
    r"some|nearly|almost|over|just)\s+)?(?:£?\d[\d,.]*|" + WORD_NUMBER + r")\s*(?:[a-z-]+\s+){0,3}?"
    r"(?:in|during)\s+" + WHOLE_OF + r"|" + CHANGE_ON_THE_COUNT + r"|"
    r"\b(?:double|twice|treble|triple|(?:two|three|four|five|ten)\s+times|half)\s+the\s+"
    r"(?:£?\d[\d,.]*\s*|" + WORD_NUMBER + r"\s+|(?:number|figure|total|level|amount)\s+)"
    r"(?:[a-z-]+\s+){0,5}?"
    r"(?:in|during|for|of)\s+" + WHOLE_OF + r"|" + MULTIPLE_OF_THE_NUMBER + r")$",
    re.I,
)
"""The words before a period that make it the earlier half of a comparison: "down 8%
on [2022-23]", "higher than [the first six months of last year]", "compared with
2,148 in [2022-23]", "compared with nine in [the previous summer]" (a count in words),
"nearly double the 680 seized in [2021-22]", "half the 90 recorded
in [2020]", "more than double the nine reported in [2024]" (in words), "almost double the 28 of
[2024-25]" (the yardstick's period after "of"), "nearly double the
number in [the first quarter of 2023]" (a multiple of the
yardstick's count, named by a noun; with no preposition, rule `multiple_of_the_number`:
"almost double the number [last summer]"), "almost as many as in [the whole of 2024]"; not "in
[2023]" nor "rose 8% [last year]" nor "as many as 40 [in 2023]" (a count's qualifier)."""
_QUALIFIER = r"(?:(?:around|about|some|nearly|almost|over|just\s+over|more\s+than)\s+)?"
FROM_LEVEL_THEN = re.compile(
    r"\bfrom\s+" + _QUALIFIER + r"£?\d[\d,.]*(?:%|\s+per\s+cent)?(?:\s+[a-z-]+){0,3}?\s+"
    r"(?:in|during)\s+$",
    re.I,
)
"""Before the period of the level a change starts from: "rose from 2,140 [in 2024/25]",
"fell from 41 offences [in 2023]" (:data:`UNDATED_LEVEL_REACHED` must follow the period)."""
UNDATED_LEVEL_REACHED = re.compile(
    r"\s+to\s+" + _QUALIFIER + r"£?\d[\d,.]*(?:m|bn|k)?(?:%|\s+per\s+cent)?"
    r"(?:\s+(?!(?:in|during|last|this|that|the|a|an|over|between|since|by|for)\b)[a-z-]+)?"
    r"\s*(?:[.;)]|,\s+(?!(?:in|during|last|this|over|between|since)\b)|$)",
    re.I,
)
"""Right after that period, the level reached with no period of its own: "… to 4,390.",
"… to 97 offences, while …"; not "… to 410 in 2023" (both levels dated: two years)."""
LAST_ROUND_BEFORE = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|against|versus|up\s+from|down\s+from)\s+" + _QUALIFIER + r"|"
    r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|jump)\s+(?:of\s+|by\s+)?"
    + _QUALIFIER
    + r"\d[\d.]*(?:%|\s+per\s+cent)\s+on\s+the\s+)"
    r"(?:£?\d[\d,.]*|" + WORD_NUMBER + r")\s+(?:[a-z-]+\s+){0,3}?(?:during|at|in)\s+"
    r"(?:the|its|their)\s+(?:last|previous|most\s+recent)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:in|during|of)\s+$",
    re.I,
)
"""Rule ``count_at_last_round``: a yardstick's count told at the last (previous, most
recent) round of the same event, then that round's period ("compared with 96 during the
last surrender in [November 2024]", "up by around 20% on the 6,150 weapons handed in during
the last national surrender in [November 2024]", "against 40 at the previous count in
[March]"): the earlier half of a comparison, as :data:`COMPARATOR_BEFORE`'s (read over
:data:`_LAST_ROUND_REACH`). Not "seized 96 during the last surrender in [November 2024]"
(no comparison), "compared with 96 during the surrender in [July]" (no earlier round)."""
_LAST_ROUND_REACH = 140
"""How far before a period phrase (characters) rule ``count_at_last_round`` reads."""
_COMPARATOR_REACH = 80
"""How far before a period phrase (characters) its comparator words are read."""
_COMPARABLE_KINDS = ("explicit", "relative")
_LEADING_PREPOSITION = re.compile(r"(?:in|during)\s+", re.I)
"""A preposition a period phrase may hold ("[in 2024]"), which the comparator words end
with ("up from 309 [in 2024]")."""


AGAINST_TARGET = re.compile(
    r"\b(?:action|actions|proceedings|enforcement|charges|complaints|allegations|cases|"
    r"orders|notices|measures|sanctions|penalties|offences|crimes|warrants)\s+$",
    re.I,
)
"""Rule ``against_target``: "against" after a noun of proceeding or wrongdoing names who
the action is taken against, not a yardstick: "took enforcement action against 214
landlords in 2025-26", "brought proceedings against 12 drivers in 2024", "offences
against 40 children in 2023" date their own figures; "up 8%, against 310 in 2024" and
"compared with 31 cases in 2024" stay comparisons."""


def _comparator_words(text: str, reach: int, words_end: int) -> bool:
    """Whether :data:`COMPARATOR_BEFORE` ends at ``words_end``, past any reading of
    "against" that names a target (:data:`AGAINST_TARGET`)."""
    at = reach
    while (found := COMPARATOR_BEFORE.search(text, at, words_end)) is not None:
        if not (
            found.group().lower().startswith("against")
            and AGAINST_TARGET.search(text, max(0, found.start() - 20), found.start())
        ):
            return True
        at = found.start() + 1
    return False


def comparator_before(text: str, start: int, end: int) -> bool:
    """Whether the period phrase at ``[start, end)`` of ``text`` is stated as the earlier
    half of a comparison: comparator words right before it (:data:`COMPARATOR_BEFORE`, not
    "against" a target: rule ``against_target``), or the level a change starts from with
    the level reached after it (rule ``from-level-then``: "from 2,140 in 2024/25 to
    4,390"), or a yardstick's count at the last round of the event (rule
    ``count_at_last_round``)."""
    lead = _LEADING_PREPOSITION.match(text, start)  # "[in 2024]": its "in "
    words_end = lead.end() if lead else start
    reach = max(0, words_end - _COMPARATOR_REACH)
    return (
        _comparator_words(text, reach, words_end)
        or bool(
            FROM_LEVEL_THEN.search(text, reach, words_end)
            and UNDATED_LEVEL_REACHED.match(text, end)
        )
        or bool(LAST_ROUND_BEFORE.search(text, max(0, words_end - _LAST_ROUND_REACH), words_end))
    )


def as_comparator(text: str, period: PeriodFinding, later: PeriodFinding | None) -> PeriodFinding:
    """``period`` as the earlier half of a comparison with ``later`` (the main period
    stated before it) when comparator words stand right before it, or a bare yardstick
    ("baseline") when nothing later is stated (the count right before it still takes it:
    :data:`pressfacts.statistics.period_context._COUNT_BEFORE`); else unchanged."""
    if period.kind not in _COMPARABLE_KINDS or not comparator_before(
        text, period.start_char, period.end_char
    ):
        return period
    if later is None or later.start <= period.start <= period.end <= later.end:
        # the later period is left unsaid ("… a rise of 57 on 2024/25" after "over the
        # five years to March 2026", or with nothing before): a bare yardstick
        return replace(period, kind="baseline")
    if later.start <= period.end:  # stated before a later one ("…, against 2019-20 when")
        return period
    return replace(period, kind="previous", anchor=(later.start, later.end))
