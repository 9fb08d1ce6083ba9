"""The levels of "from X to Y": where a change starts (:data:`CHANGE_FROM`), and, over a
span of whole years, the first year's and the last year's.

"Knife offences in Luton fell from 128 to 97 between 2022 and 2024": 128 is the level of
2022 and 97 that of 2024; the span from the start of 2022 to the end of 2024 is the
change's (as a stated "fell by 24%" would cover), not either level's. Only a span of two
or more whole calendar or financial years is split so: "from 40 to 70 between April and
September" names no years whose levels these are (monthly or running counts), and keeps
its span.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_clauses import contrasted_yardstick
from pressfacts.statistics.period_levels import FIGURE_AT, own_period_after
from pressfacts.statistics.period_rules import month_end, shifted

_QUALIFIED = r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
"""An optional qualifier before a level: "from around 2,480"."""
CHANGE_FROM = re.compile(
    r"(?:\b(?:up|down|rose|fell|dropped|increased|decreased|climbed|grew|went\s+(?:up|down))"
    r"|,|\bto\s+£?\d[\d,]*(?:\.\d+)?(?:%|\s+per\s+cent)?)\s+from\s+" + _QUALIFIED + "$",
    re.I,
)
"""Before the level a change started from: ", down from 258", "… fell by 14%, from 2,480",
"offences dropped from 1,120 to 905", "rose to 103 from 86" (the level reached first); not
"down 9% from", nor "from 2022"."""
COMPARED_LEVEL = re.compile(r"\bcompared\s+(?:with|to)\s+" + _QUALIFIED + "$", re.I)
"""Before a bare yardstick level (rule ``compared_level_from``): "with 96 thefts compared
with [171]"."""
BARE_CLOSE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:[.;](?!\d)|,\s+(?:while|whereas|but|and)\s|$)")
"""A count closing its clause, with no noun, unit, place or group after it: "171.", "171,
while …"; not "9% of the force", "12.4 for white people", "83.9% across England"."""


def started_from(sentence: str, at: int) -> bool:
    """Whether the level at ``at`` of ``sentence`` is one a change started from (after
    :data:`CHANGE_FROM`: ", down from 258"), or a bare yardstick closing its clause after
    "compared with" (rule ``compared_level_from``: "Nottinghamshire saw the biggest fall,
    with 96 thefts compared with 171, while …"): the earlier period of a comparison. Not
    a yardstick of another group or place ("compared with 9% of the force as a whole")."""
    if CHANGE_FROM.search(sentence, 0, at):
        return True
    return bool(COMPARED_LEVEL.search(sentence, 0, at) and BARE_CLOSE.match(sentence, at))


FROM_LEVEL = re.compile(r"\bfrom\s+" + _QUALIFIED + "£?$", re.I)
"""Right before the level a change starts from: "fell from [128]"."""
THEN_TO = re.compile(r"[\w.,%]*\s+(?:[a-z-]+\s+){0,2}?to\s+" + _QUALIFIED + r"£?\d", re.I)
"""Right after that level (from its own end): "[128] to 97", "[128] offences to 97"."""
TO_LEVEL = re.compile(
    r"\bfrom\s+£?\d[\d,.]*%?\s+(?:[a-z-]+\s+){0,2}?to\s+" + _QUALIFIED + "£?$", re.I
)
"""Right before the level a change reaches after its start: "from 128 to [97]"."""
SPAN_CHANGE_TO = re.compile(
    r"\b(?:rose|risen|fell|fallen|dropped|increased|decreased|climbed|grew|went\s+(?:up|down)|"
    r"doubled|trebled|tripled|quadrupled|halved)"
    r"(?:\s+by\s+[^.;:,]{1,30}?)?\s+(?:between\s+[^.;:,]{1,30}?\s+and|from\s+[^.;:,£\d]{0,12}"
    r"(?:19|20)\d\d(?:/\d\d)?\s+to)\s+[^.;:,]{1,20}?(?:,?\s+to|,\s*reaching)\s+"
    + _QUALIFIED
    + "£?$",
    re.I,
)
"""Rule ``change_over_span_to_level``: right before the level a change over a span of years
reached, the span stated between the change and "to": "spending rose by 38% between
2021/22 and 2024/25, to [£61.7m]", "fell between 2020 and 2024 to [310]", "grew from 2019 to
2023, to [£4m]": the span's last year, as "from 128 to [97] between 2022 and 2024"; not
"rose by 38% to [£61.7m] between 2021 and 2024" (the span after the level: read as before),
"rose by 38% between April and June, to [£6m]" (no whole years: the span is kept). Rule
``change_over_span_reaching``: a multiplier for the verb and ", reaching" for "to" ("reports
doubled between 2022 and 2024, reaching [410]", "thefts halved from 2019 to 2023, reaching
[85]"): the last year too; not "doubled between 2022 and 2024, and [410] were …" (no level
reached)."""
_YEAR_STARTS = ((1, 1), (4, 1))
"""A calendar year starts on 1 January, a financial year on 1 April."""


def _years(period: PeriodFinding) -> int:
    """How many whole years (calendar or financial) ``period`` spans; 0 when it is not
    made of whole years."""
    start, end = period.start, period.end
    if (start.month, start.day) not in _YEAR_STARTS:
        return 0
    after = end + dt.timedelta(days=1)
    if (after.month, after.day) != (start.month, start.day):
        return 0
    return after.year - start.year


def range_level(
    sentence: str,
    s_start: int,
    absolute: int,
    chosen: PeriodFinding,
    published: dt.date | None = None,
) -> PeriodFinding | None:
    """The first year of ``chosen`` for the level at ``absolute`` (document offset) that a
    "from X to Y" starts from, its last year for the level it reaches, when ``chosen``
    spans two or more whole years; the year after ``chosen`` for the level a "from X in
    <year> to" reaches with no period of its own (:func:`_next_year_level`), or the
    release's own day for one it reaches "today" (rule ``range_level_today``); None
    otherwise; the release's own day, too, for a level reached "today" from a level of any
    span before P (rule ``range_level_today_span``: :func:`_today_after_span`)."""
    if published is not None and (today := _today_after_span(sentence, s_start, absolute, chosen)):
        return replace(chosen, start=published, end=published, kind=today)
    if _years(chosen) == 1:
        if published is not None and (today := _today_level(sentence, s_start, absolute)):
            return replace(chosen, start=published, end=published, kind=today)
        return _next_year_level(sentence, s_start, absolute, chosen)
    if _years(chosen) < 2:
        return None
    at = absolute - s_start
    figure = FIGURE_AT.match(sentence, at)
    if FROM_LEVEL.search(sentence, 0, at) and THEN_TO.match(
        sentence, figure.end() if figure else at
    ):
        after_first = dt.date(chosen.start.year + 1, chosen.start.month, chosen.start.day)
        return replace(chosen, end=after_first - dt.timedelta(days=1), kind="explicit")
    if TO_LEVEL.search(sentence, 0, at) or SPAN_CHANGE_TO.search(sentence, 0, at):
        after = chosen.end + dt.timedelta(days=1)
        return replace(
            chosen, start=dt.date(after.year - 1, after.month, after.day), kind="explicit"
        )
    return None


FROM_IN_YEAR = re.compile(
    r"\bfrom\s+" + _QUALIFIED + r"£?\d[\d,.]*%?(?:\s+per\s+cent)?(?:\s+[a-z-]+){0,2}?"
    r"(?:\s+(?:in|during|for|over))?\s+$",
    re.I,
)
"""Right before the year of the level a change starts from: "fell from 14 minutes in ",
"fell from 2,410 " (before "in 2023")."""
TO_AFTER_YEAR = re.compile(
    r"\s+to\s+(?:(?:just|well)\s+(?:under|over)\s+|(?:around|about|nearly|almost|more\s+than)\s+)?£?$",
    re.I,
)
"""Between that year and the level reached: " to (just under) "."""


LEVEL_TODAY = re.compile(
    r"[\d.,%]*(?:\s+per\s+cent)?(?:\s+[a-z-]+){0,2}?\s+(?:today|now|at\s+present)\b", re.I
)
"""Rule ``range_level_today``: after the level a "from X in <year> to" reaches, the words
saying it is today's: "from 54 members in 2023 to [131] today", "to [96] shops now"."""


def _today_level(sentence: str, s_start: int, absolute: int) -> str | None:
    """``"explicit"`` when the level at ``absolute`` is the one a "from X in <year> to"
    reaches and it is said to be today's (:data:`LEVEL_TODAY`); None otherwise."""
    at = absolute - s_start
    to = TO_AFTER_YEAR.search(sentence, 0, at)
    if to is None or not re.search(r"\b(?:19|20)\d\d(?:/\d\d)?$", sentence[: to.start()]):
        return None
    if not FROM_IN_YEAR.search(sentence[: to.start()].rsplit(" ", 1)[0] + " "):
        return None
    return "explicit" if LEVEL_TODAY.match(sentence, at) else None


def _today_after_span(
    sentence: str, s_start: int, absolute: int, chosen: PeriodFinding
) -> str | None:
    """Rule ``range_level_today_span``: ``"explicit"`` when the level at ``absolute`` is
    the one a "from X <span> to" reaches and it is said to be today's, the span standing
    right between the two levels, whatever its length ("grown from 38 members in the
    summer of 2024 to [117] today", "from 20 shops in June 2025 to [64] now": the release's
    day, not the earlier level's span); None otherwise (a year's is read by
    :func:`_today_level`; "to [117] by the end of the year" says no today)."""
    at = absolute - s_start
    today = LEVEL_TODAY.match(sentence, at)
    return "explicit" if today and _span_between_levels(sentence, at, chosen, s_start) else None


def _span_between_levels(sentence: str, at: int, chosen: PeriodFinding, s_start: int) -> bool:
    """Whether ``chosen`` stands right between a "from X" level and the "to" level at
    ``at`` (offsets in ``sentence``, which starts at ``s_start``)."""
    start, end = chosen.start_char - s_start, chosen.end_char - s_start
    if start < 0 or end > at:
        return False
    return bool(FROM_IN_YEAR.search(sentence, 0, start)) and bool(
        TO_AFTER_YEAR.fullmatch(sentence, end, at)
    )


def _next_year_level(
    sentence: str, s_start: int, absolute: int, chosen: PeriodFinding
) -> PeriodFinding | None:
    """The year after ``chosen`` for the level at ``absolute`` that a change reaches from a
    level of that year ("fell from 14 minutes in 2024/25 to just under [seven minutes]":
    2025/26), when the year stands right between the two levels; None otherwise."""
    if not _span_between_levels(sentence, absolute - s_start, chosen, s_start):
        return None
    later_start, later_end = shifted(chosen.start, chosen.end, 1)
    return replace(chosen, start=later_start, end=later_end, kind="following")


_TO_THEN_FROM = re.compile(
    r"\bto\s+" + _QUALIFIED + r"£?[\d.,]+%?(?:\s+per\s+cent)?,?\s+from\s+" + _QUALIFIED + "£?$",
    re.I,
)
"""A level reached, then the level it rose or fell from: "rose to 14.2%, from [11.8%]"."""
_CLOSES = re.compile(r"£?[\d.,]*\d%?(?:\s+per\s+cent)?\s*(?:[.;)]|$)", re.I)
"""The level closes its sentence: no period of its own follows it."""


_FROM_THEN_TO_SAME = re.compile(
    r"£?[\d.,]*\d%?(?:\s+per\s+cent)?\s+to\s+" + _QUALIFIED + r"£?[\d.,]*\d%?(?:\s+per\s+cent)?"
    r"\s+(?:over|in|during|across)\s+the\s+same\s+period\b",
    re.I,
)
"""Rule ``from_to_same_period``: the first level of "from X to Y over the same period",
the period pointing back to twelve whole months stated before ("4,730 incidents in 2025 …
Assaults fell from [296] to 241 over the same period"): X is the level a year before, as
for "rose to 14.2% over the same period, from 11.8%"; not "from 296 to 241 between 2024
and 2025" (its own years: :func:`range_level`), nor "from 40 to 70 over the same period"
after "between April and September" (no twelve whole months)."""


def year_before_level(
    sentence: str, at: int, chosen: PeriodFinding, earlier: PeriodFinding
) -> PeriodFinding:
    """The level a change started from, closing its sentence, or followed by the level it
    reached "over the same period" (:data:`_FROM_THEN_TO_SAME`), when no earlier half of a
    comparison is stated (``earlier`` is ``chosen``) and the level reached is of twelve
    whole months ("rose to 14.2% over the same period, from 11.8%." after "the 12 months to
    September"): the same span a year earlier; else ``earlier``."""
    if earlier is not chosen:
        return earlier
    if not _FROM_THEN_TO_SAME.match(sentence, at) and (
        not _TO_THEN_FROM.search(sentence, 0, at)
        or not _CLOSES.match(sentence, at)  # "from 15% a year earlier": its own period
    ):
        return earlier
    start, end = chosen.start, chosen.end
    if end != month_end(end.year, end.month) or start.day != 1:
        return earlier
    if (end.year * 12 + end.month) - (start.year * 12 + start.month) != 11:
        return earlier  # not twelve whole months
    start, end = shifted(start, end, -1)
    return replace(chosen, start=start, end=end, kind="previous")


REACHED_AFTER_WORDS = re.compile(
    r"\bfrom\s+"
    + _QUALIFIED
    + r"£?\d[\d,.]*%?(?:\s+per\s+cent)?\s+[^.;:]{0,80}?\bto\s+"
    + _QUALIFIED
    + "£?$",
    re.I,
)
"""Right before the level a "from X … to Y" reaches, with words between (the first level's
own period): "fell from 41% for those who called in 2022/23 to [33%] for those who called
in 2023/24"."""


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
"""The end of a sentence: a span before one is carried from another sentence."""


def from_to_year_before(text: str, at: int, chosen: PeriodFinding) -> PeriodFinding:
    """Rule ``from_to_year_before``: the first level of "from A to B" (the figure at
    ``at`` of ``text``) whose sentence states no earlier half of the comparison, when B's
    period ``chosen`` spans a year or less, is of the same span a year earlier ("Sectarian
    incidents fell from 1,032 to 998" after the 12 months to March 2026: 1,032 in the 12
    months to March 2025; "from 40 to 31" after April to June: April to June of the year
    before), the span being carried from a sentence before; a span the sentence states
    ("rose from 40 to 70 between April and September") is the change's, a span of years
    ("from 4,210 in 2022 to 7,690 in 2025") is left to the other rules, and so is a level
    with no "to" after it."""
    if not FROM_LEVEL.search(text, max(0, at - 40), at) or not THEN_TO.match(text, at):
        return chosen
    if not (chosen.end_char <= at and _SENTENCE_END.search(text, chosen.end_char, at)):
        return chosen  # "rose from 40 to 70 between April and September": the change's span
    start, end = chosen.start, chosen.end
    if (end.year * 12 + end.month) - (start.year * 12 + start.month) > 11:
        return chosen
    start, end = shifted(start, end, -1)
    return replace(chosen, start=start, end=end, kind="previous")


def earlier_half_of(
    text: str,
    earlier_halves: Sequence[PeriodFinding],
    absolute: int,
    chosen: PeriodFinding,
    until: int | None = None,
) -> PeriodFinding:
    """A level a change started from ("… over the quarter, down from 258") is of the
    earlier half (of the document's ``earlier_halves``, in text order) of a comparison
    anchored on ``chosen`` stated before ("… compared with the same three months last
    year") or after it before ``until`` ("…, from 5% to 10%, in 2024 compared with the
    previous year"); else :func:`from_to_year_before`; a level with its own period after
    it keeps ``chosen`` ("…, up from 71% in 2024/25")."""
    if own_period_after(text, absolute, chosen):
        return chosen
    halves = (p for p in reversed(earlier_halves) if p.start_char < (until or absolute))
    found = next((p for p in halves if p.anchor == (chosen.start, chosen.end)), None)
    return found or from_to_year_before(text, absolute, chosen)


def yardstick_after(
    sentence: str, s_start: int, absolute: int, periods: Sequence[PeriodFinding]
) -> PeriodFinding | None:
    """The first of ``periods`` after the figure at ``absolute`` of ``sentence`` (starting
    at ``s_start``), which a level with no period of its own is measured against ("538
    arrests, compared with 412 the year before"); None for the first level of "from A to B"
    when that period dates a yardstick across a contrast or a new verb (rule
    ``from_level_not_contrasted``: "In Preston, entrants dropped from 52 to 38, while
    Burnley recorded 29, 11 fewer than a year earlier": the year before is Burnley's
    yardstick, and the 52 is the year before the span spoken of, by
    :func:`from_to_year_before`); a level the contrast's period measures alike keeps it
    ("claims reached £14.8m, while thefts cost £3.1m, down 9% on 2024": 2025)."""
    later = next((p for p in periods if p.start_char > absolute), None)
    at = absolute - s_start
    if (
        later is not None
        and FROM_LEVEL.search(sentence, max(0, at - 40), at)
        and THEN_TO.match(sentence, at)
        and contrasted_yardstick(sentence, s_start, absolute, later)
    ):
        return None
    return later
