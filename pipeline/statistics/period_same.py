"""The resolver of "the same period", "during that time" and "that year" (rules ``same``
and ``same_year`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`): the span
stated before, past a part of it singled out with "alone" and past a comparison's
yardstick to the span it was set against; "the same two years" to the span of that length
(rule ``same_years_back``)."""

from __future__ import annotations

import re

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import count_value
from pressfacts.lexicon.stops import SENTENCE_BREAK
from pressfacts.statistics.period_comparisons import years_back
from pressfacts.statistics.period_rules import NOT_A_PERIOD, Context, Resolution, Span

_ALONE = re.compile(r"[^.,;:!?\n]{0,24}?,?\s+alone\b", re.I)
"""After a span (its phrase may end before its last words: "In the three months from
April| to June alone"): a part of the span stated before it, singled out."""
_NOT_ENCLOSING = frozenset({"same", "day", "previous", "following", "baseline", "unresolved"})
"""Kinds of span that are no span a singled-out part lies in (another's, a day's or
undated)."""
_NOT_REPORTED = _NOT_ENCLOSING - {"same"}
"""Kinds of span that are no reported span a yardstick is set against ("in the same six
months, down from … last year" is one)."""


def resolve_same(ctx: Context) -> Resolution:
    """ "the same period", "during that time": the span stated before; past a part of an
    enclosing span singled out with "alone" ("24,310 in the 12 months to June … In the
    three months from April to June alone, 6,880 … rose by 20% over the same period": the
    12 months), which is no span of its own to compare (rule ``same``)."""
    before = ctx.previous
    if before is None:
        return None
    if ctx.group("years"):
        own = not SENTENCE_BREAK.search(ctx.match.string, before.end_char, ctx.match.start())
        before = None if own else _span_of_years(ctx, count_value(ctx.group("years") or ""))
        if before is None:
            return NOT_A_PERIOD
    elif _ALONE.match(ctx.match.string, before.end_char):
        before = next(
            (
                p
                for p in reversed(ctx.found)
                if p.end_char <= before.start_char
                and p.kind not in _NOT_ENCLOSING
                and p.start <= before.start <= before.end <= p.end
                and (p.start, p.end) != (before.start, before.end)
            ),
            before,
        )
    if not ctx.match.group().lower().endswith("year"):  # "that year": the year just named
        paired = _from_to_pair(ctx, before)
        if paired is not None:
            return paired
        before = _reported_of(ctx, before) or _reported_before_level(ctx, before) or before
    else:
        before = (
            _year_past_since(ctx, before)
            or _enclosing_year(ctx, before)
            # a yardstick span's year-long span before was looked for already, in vain
            or (None if before.kind in _YARDSTICK_SPANS else _year_past_longer(ctx, before))
            or before
        )
    return Span(before.start, before.end, "same", before.anchor)


def _span_of_years(ctx: Context, years: int) -> PeriodFinding | None:
    """ "over the same two years" (rule ``same_years_back``): the nearest span stated before
    that is that many whole years ("in 2023 … 2025 … over the two years …; Since January
    2025, 96 … a 22% fall over the same two years" is 2024-2025, not the "since" span just
    before); None when no span of that length was stated (the phrase is then no period, and
    the figure reads as it did without it), and not read when its own sentence names spans
    before it ("402 crimes in 2024/25, … on 2023/24, but … from 131 to 158 over the same
    two years": the two just named, as without the phrase)."""
    return next(
        (
            p
            for p in reversed(ctx.found)
            if p.kind not in _NOT_ENCLOSING
            and p.start.day == 1
            and (p.start.replace(year=p.start.year + years) - p.end).days == 1
        ),
        None,
    )


def _whole_year(p: PeriodFinding) -> bool:
    """Whether ``p`` spans twelve whole months (a calendar or financial year, "the year to
    March 2026")."""
    nxt = p.start.replace(year=p.start.year + 1)
    return p.start.day == 1 and (nxt - p.end).days == 1


def _enclosing_year(ctx: Context, part: PeriodFinding) -> PeriodFinding | None:
    """ "the same year", "that year" after a part of a year stated before (rule
    ``same_year_enclosing``): the nearest year-long span stated before that holds the part
    ("in 2025/26, … between January and March, up 27% on the same period last year. … in
    the same year, one in six …" is 2025/26, not its quarter); None when the span before is
    a year itself or no stated year holds it ("in March 2019 … later that year" stays as
    it was)."""
    if _whole_year(part):
        return None
    return next(
        (
            p
            for p in reversed(ctx.found)
            if p.end_char <= part.start_char
            and p.kind not in _NOT_ENCLOSING
            and _whole_year(p)
            and p.start <= part.start <= part.end <= p.end
        ),
        None,
    )


_YARDSTICK_SPANS = frozenset({"since", "baseline"})
"""Kinds of span a change is measured over or against: no year "the same year" means."""
_NO_WHOLE_YEAR = _NOT_ENCLOSING | _YARDSTICK_SPANS
"""Kinds of span that are no year-long span "the same year" may take back."""


def _year_past_since(ctx: Context, before: PeriodFinding) -> PeriodFinding | None:
    """ "the same year", "that year" after a change's "since" span or yardstick (rule
    ``same_year_past_since``): the nearest year-long span stated before it that is no
    comparison's ("recorded 520 thefts in 2024/25. The number rose by a quarter since
    2020/21. … 90 thefts in the same year" is 2024/25, not 2020/21 to P); None after any
    other span."""
    if before.kind not in _YARDSTICK_SPANS:
        return None
    return _whole_year_before(ctx, before)


def _whole_year_before(ctx: Context, before: PeriodFinding) -> PeriodFinding | None:
    """The nearest year-long span stated before ``before`` that is no comparison's."""
    return next(
        (
            p
            for p in reversed(ctx.found)
            if p.end_char <= before.start_char and p.kind not in _NO_WHOLE_YEAR and _whole_year(p)
        ),
        None,
    )


_YEAR_DAYS = 366
"""The most days a span "the same year" may take back stays within (a leap year)."""


def _year_past_longer(ctx: Context, before: PeriodFinding) -> PeriodFinding | None:
    """ "the same year", "that year" after a span of several years (rule
    ``same_year_past_longer``): the nearest year-long span stated before it ("died in
    2025 … progress had stalled over the past decade. More than 900 … in the same year"
    is 2025, not the decade); None when the span before is a year or less, or no year-long
    span was stated before it (it stays as it was)."""
    if (before.end - before.start).days < _YEAR_DAYS:
        return None
    return _whole_year_before(ctx, before)


_COMPARED = re.compile(r"\b(?:from|than|compared|against|versus|on)\b", re.I)
"""Words that set a figure against a yardstick between the two spans of a comparison."""


def _reported_of(ctx: Context, yardstick: PeriodFinding) -> PeriodFinding | None:
    """The span a comparison's earlier span was set against in its own sentence: "fell to
    1,046 in the same six months, down from 1,318 between April and September last year.
    … 19 notices in the same period" is this year's six months, the span the release
    reports, not its yardstick (the same months a whole number of years later, with a word
    of comparison between them)."""
    text = ctx.match.string
    for p in reversed(ctx.found):
        if p.end_char > yardstick.start_char or p.kind in _NOT_REPORTED:
            continue
        between = text[p.end_char : yardstick.start_char]
        if SENTENCE_BREAK.search(between):
            return None
        if years_back(p, yardstick) and _COMPARED.search(between):
            return p
    return None


_FIGURE = r"[£$€]?\d[\d,.]*(?:%|\s*per\s+cent\b|\s*(?:m|bn|k)\b)?"
_SPAN_WORD = r"(?:(?:in|during|for|over)\s+)?"
_FROM_LEVEL = re.compile(rf"\bfrom\s+{_FIGURE}\s+{_SPAN_WORD}$", re.I)
"""The words before the first span of a change's two levels: "fell from 63| in 2024",
"from £1.2m |in 2024/25", "from 16,540 during| 2024"."""
_EARLIER_LEVEL = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|(?:an?\s+)?(?:increase|rise|fall|drop|decrease))"
    r"\s+(?:from|on)|compared\s+(?:with|to)|against|versus)\s+"
    rf"{_FIGURE}\s+{_SPAN_WORD}$",
    re.I,
)
"""The words before the span of an earlier level a figure is set against: "up from| 29% in
2022/23", "down from 1,318 |in 2024/25", "compared with 21% in| 2023/24", "down on 44% in|
2022", "against 21% in| 2023/24", "an increase from 21% in| 2023/24"."""


def _reported_before_level(ctx: Context, yardstick: PeriodFinding) -> PeriodFinding | None:
    """Rule ``same_past_earlier_level``: "the same period" after a figure set against an
    earlier level in a sentence of its own ("6,842 calls in the 12 months to March. … 48%
    …, up from 29% in 2022/23. … 1,100 callers during the same period" is the 12 months,
    the span the release reports, not the yardstick's year): the nearest span stated before
    the yardstick of which it is the same months a whole number of years earlier; None when
    no such span was stated ("rose to 61, up from 40 in 2024. … in the same period" stays
    2024) or no earlier level leads to the yardstick."""
    text = ctx.match.string
    if not _EARLIER_LEVEL.search(text[max(0, yardstick.start_char - 40) : yardstick.start_char]):
        return None
    return next(
        (
            p
            for p in reversed(ctx.found)
            if p.end_char <= yardstick.start_char
            and p.kind not in _NOT_REPORTED
            and years_back(p, yardstick)
        ),
        None,
    )


_TO_LEVEL = re.compile(rf"\s+to\s+{_FIGURE}\s+{_SPAN_WORD}", re.I)
"""The words between the two spans of a change's two levels: "in 2024| to 49 |in 2025"."""
_PAIRED_KINDS = frozenset({"explicit", "relative", "baseline"})
"""Spans of the levels' pair that are dated on their own (the earlier one may have been
read as a yardstick: "from 1,840 in 2023/24")."""


def _from_to_pair(ctx: Context, later: PeriodFinding) -> Span | None:
    """Rule ``same_from_to_pair``: "the same period" after a change between two dated
    levels ("fell from 63 in 2024 to 49 in 2025, but thefts of tools rose by 15% over the
    same period"; "finds fell from 16,540 in 2024 to 14,980 in 2025, but drug finds rose by
    14 per cent over the same period"): the span of the change, from the start of the
    earlier level's span to the end of the later's, not the later span alone. Not after
    "rose to 49 in 2025" (one level), "from 2024 to 2025" (a range, one span), nor in a
    later sentence ("dropped from 96 in the first quarter to 61 in the second. … 52 were
    seized over the same period": the levels' own span, the later one). Found by held-out
    374 and, as ``same_after_from_to``, by 370, written apart: one rule since."""
    text = ctx.match.string
    if later.kind not in _PAIRED_KINDS - {"baseline"} or SENTENCE_BREAK.search(
        text, later.end_char, ctx.match.start()
    ):
        return None
    for earlier in reversed(ctx.found):
        if earlier.end_char > later.start_char:
            continue
        if earlier.kind not in _PAIRED_KINDS or earlier.end > later.start:
            return None
        if not _TO_LEVEL.fullmatch(text, earlier.end_char, later.start_char):
            return None
        if not _FROM_LEVEL.search(text[max(0, earlier.start_char - 40) : earlier.start_char]):
            return None
        return Span(earlier.start, later.end, "same", later.anchor)
    return None
