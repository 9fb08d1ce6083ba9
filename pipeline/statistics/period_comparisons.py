"""Which comparison a figure of a clause is measured against, or is not.

A clause may hold more than one comparison ("up 18% on the previous year and 36% above
the five-year mean"), and a level may follow a change's comparison ("212 arrests between
April and June, up 31% on the same period last year, and goods worth £41,300"). Two
named rules, both used by :func:`pressfacts.statistics.period_choice.choose_period`:

- ``comparison-after``: a change is measured against the first comparison stated after
  it, else the last one before it (:func:`governing_comparison`);
- ``comparison-behind``: a figure that is no change and stands after a change's
  comparison covers the clause's own period, the one that comparison is anchored to
  (:func:`past_comparison`);
- ``comparison-behind-anchor``: the same with no such period stated: the span the
  comparison is anchored to;
- ``comparison-stated-after``: a change with its own period, then the earlier period it
  is compared with, covers both (:func:`compared_after`);
- ``yardstick-behind``: a figure that is no change and stands after a yardstick level and
  its period (", up from 41 in the same period of 2023, costing £2.3m") covers the clause's
  own period (:func:`_yardstick_behind`);
- ``comparison-ahead``: a level followed in its clause by a multiple of a yardstick's count
  ("3,700 fireworks, more than twice as many as in October last year") covers the period
  that yardstick is anchored to, stated before it (:func:`_comparison_ahead`).

:func:`comparison_period` is the span of the document's two-period comparison, which a
change with no period of its own covers; ``comparison-before`` (:func:`comparisons_before`,
:func:`comparison_before`): the nearest comparison stated not far before the change is
its own, over the document's first one further on ("Thefts fell to 37 between April and
September, from 58 in the same months last year. GPS thefts, however, rose by 21%.": both
spans, a year apart, not a later paragraph's "the year before").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_range_levels import REACHED_AFTER_WORDS
from pressfacts.statistics.period_reach import paragraph_end

_LISTED = re.compile(r",|\band\b")
"""What lists a figure after a comparison: ", and recovered goods worth …"."""
_WHEN_CLAUSE = re.compile(
    r",?\s*when\s+(?:(?:around|about|some|almost|nearly|more\s+than|just\s+(?:over|under)|"
    r"only|a\s+total\s+of)\s+)?£?$",
    re.I,
)
"""A relative clause on the comparison's own time, right before its figure: "up 6% on the
same period in 2024, when 422 people were arrested" (the 422 is 2024's)."""

_AND_CLAUSE = re.compile(r",?\s+and\s+(?![^,;:]*\b(?:when|with|against)\b)", re.I)
"""A clause of its own joined by "and" after a comparison (", and children placed … were"),
with no "when", "with" or "against" on the comparison's time or count."""


def governing_comparison(comparisons: list[PeriodFinding], absolute: int) -> PeriodFinding | None:
    """Of a clause's comparisons, the one the change at ``absolute`` is measured
    against: the first stated after it ("18% on the previous year and 36% above the
    five-year mean": each its own), else the last before it."""
    after = [p for p in comparisons if p.start_char > absolute]
    if after:
        return after[0]
    return comparisons[-1] if comparisons else None


def past_comparison(
    sentence: str,
    s_start: int,
    absolute: int,
    nearest: PeriodFinding,
    periods: Sequence[PeriodFinding],
    linked: Sequence[PeriodFinding] = (),
) -> PeriodFinding:
    """The period of a figure that is no change, among its clause's ``periods`` when
    ``nearest`` is the nearest: :func:`_comparison_behind`, :func:`_yardstick_behind` (read
    on the sentence's ``linked`` periods, the clause's when none are given), then
    ``reached-level-after``: the
    level a "from X … to Y" reaches (:data:`.REACHED_AFTER_WORDS`: "fell from 41% for those
    who called in 2022/23 to [33%] for those who called in 2023/24") takes the first period
    after it when the nearest stands before it (the first level's)."""
    chosen = _comparison_behind(sentence, s_start, absolute, nearest, periods, linked)
    chosen = _yardstick_behind(sentence, s_start, absolute, chosen, linked or periods)
    if chosen.start_char >= absolute or not REACHED_AFTER_WORDS.search(
        sentence, 0, absolute - s_start
    ):
        return chosen
    after = [p for p in periods if p.start_char > absolute]
    return min(after, key=lambda p: p.start_char) if after else chosen


def _comparison_behind(
    sentence: str,
    s_start: int,
    absolute: int,
    nearest: PeriodFinding,
    periods: Sequence[PeriodFinding],
    linked: Sequence[PeriodFinding] = (),
) -> PeriodFinding:
    """``comparison-behind``: a figure that is no change, listed after a change's
    comparison in its clause ("212 arrests between April and June, up 31% on the same
    period last year, and goods worth £41,300"), is about the clause's own period, the
    one the comparison is anchored to ("since January" too), not the comparison's earlier
    half; ``comparison-behind-sentence``: when the clause holds no such period, the
    sentence's (``linked``) period the comparison is anchored to ("412 thefts in 2025, up
    12% on the previous year, causing 96,000 minutes of delay": 2025). A figure the
    comparison names ("against the five-year average of 380"), or a clause on its time names
    (", when 422 were"), keeps it. ``comparison-behind-anchor``: when neither the clause nor
    the sentence states it, a comparison's earlier half (kind ``previous``) gives the span it
    is anchored to ("That is up 6% on the year before, and twice as many …": the span of the
    sentence before, not the year before it)."""
    if nearest.anchor is not None and nearest.start_char > absolute:
        return _comparison_ahead(sentence, s_start, absolute, nearest, periods)
    if nearest.anchor is None or nearest.end_char > absolute:
        return nearest
    gap = sentence[nearest.end_char - s_start : absolute - s_start]
    if not _LISTED.search(gap) or _WHEN_CLAUSE.match(gap):
        return nearest
    own = [
        p
        for p in periods
        if p.end_char <= nearest.start_char
        and p.kind in ("explicit", "relative", "since", "same")
        and (p.start, p.end) == nearest.anchor
    ]
    if not own:  # comparison-behind-sentence
        own = [
            p
            for p in linked
            if p.end_char <= nearest.start_char
            and p.kind in ("explicit", "relative", "since", "same")
            and (p.start, p.end) == nearest.anchor
        ]
    if own:
        return own[-1]
    if nearest.kind == "previous" and _AND_CLAUSE.match(gap):  # comparison-behind-anchor
        start, end = nearest.anchor
        return replace(nearest, start=start, end=end, kind="same", anchor=None)
    return nearest


_YARDSTICK_LEVEL = re.compile(
    r",\s+(?:(?:up|down|rising|falling|a\s+(?:rise|fall|drop)|an\s+increase|a\s+decrease)\s+"
    r"from|compared\s+(?:with|to)|against)\s+(?:(?:around|about|some|almost|nearly|"
    r"more\s+than|just\s+(?:over|under))\s+)?£?\d[\d,.]*(?:%|\s+per\s+cent)?"
    r"(?:\s+[a-z]+){0,3}?\s+(?:in|during|for|over|across)?\s*(?:the\s+)?$",
    re.I,
)
"""A yardstick level set off by a comma right before its period (", up from [41] in the
same period of 2023", ", compared with 95 in 2023"): the period is the yardstick's."""
_CHANGE_YARDSTICK = re.compile(
    r",\s+(?:up|down|a\s+(?:rise|fall|drop|jump)\s+of|an\s+increase\s+of|a\s+decrease\s+of)\s+"
    r"(?:(?:around|about|almost|nearly|more\s+than|just\s+(?:over|under))\s+)?\d[\d,.]*\s*"
    r"(?:%|per\s+cent)\s+(?:(?:on|from|against|compared\s+(?:with|to))\s+)?$",
    re.I,
)
_AGAINST = re.compile(r"(?:%|cent)\s+(?:on|from|against|compared)\b", re.I)
"""The word a change's yardstick period follows (the period's own words may hold it)."""
_ITSELF_YARDSTICK = re.compile(r"\b(?:from|with|against|than)\s+(?:(?:around|about|some)\s+)?£?$")
"""A figure that is itself a yardstick ("95 cases, down from [120]") keeps the earlier period."""
"""Rule ``change-yardstick-behind``: a change set off by a comma right before the period
it is measured against (", up 6% on [2024]", ", a rise of 10 per cent on"): the period is
the yardstick's, so a level listed after it (", and a further 5,640 were seriously
injured") covers the clause's own period, as after :data:`_YARDSTICK_LEVEL`; not "up 6% in
2025" (the change's own span), nor "up from 41 on Friday" (no change figure)."""


def _yardstick_behind(
    sentence: str,
    s_start: int,
    absolute: int,
    chosen: PeriodFinding,
    periods: Sequence[PeriodFinding],
) -> PeriodFinding:
    """``yardstick-behind``: a figure that is no change, listed after a yardstick level and
    its period ("68 cable thefts between April and December last year, up from 41 in the
    same period of 2023, costing the railway [£2.3m]"), covers the clause's own period,
    stated before the yardstick, not the yardstick's; so does one listed after a change and
    the period it is measured against (``change-yardstick-behind``). A clause on the
    yardstick's time (", when 422 were") keeps it."""
    if chosen.start_char >= absolute or chosen.end_char > absolute:
        return chosen
    lead = _YARDSTICK_LEVEL.search(sentence, 0, chosen.start_char - s_start)
    if lead is None:  # change-yardstick-behind: "on 2024", not "in 2025"
        lead = _CHANGE_YARDSTICK.search(sentence, 0, chosen.start_char - s_start)
        if lead and (
            not _AGAINST.search(sentence, lead.start(), chosen.end_char - s_start)
            or _ITSELF_YARDSTICK.search(sentence, 0, absolute - s_start)
        ):
            lead = None
    gap = sentence[chosen.end_char - s_start : absolute - s_start]
    if lead is None or not _LISTED.search(gap) or _WHEN_CLAUSE.match(gap):
        return chosen
    own = [
        p
        for p in periods
        if p.end_char <= s_start + lead.start()
        and p.kind in ("explicit", "relative", "since", "same")
    ]
    return own[-1] if own else chosen


_MULTIPLE_AHEAD = re.compile(
    r"^[^.;]{0,40}?,\s+(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|about\s+)?"
    r"(?:double|twice|treble|triple|half|(?:two|three|four|five|ten)\s+times)\s+"
    r"(?:as\s+(?:many|much)\s+as|the\s+(?:number|total|figure|amount))\s+(?:(?:in|during|for)\s+)?$",
    re.I,
)
"""Between a level and a yardstick period after it, a multiple of the yardstick's own count
("3,700 fireworks, more than twice as many as in [October last year]")."""


def _comparison_ahead(
    sentence: str,
    s_start: int,
    absolute: int,
    nearest: PeriodFinding,
    periods: Sequence[PeriodFinding],
) -> PeriodFinding:
    """``comparison-ahead``: a level followed in its clause by a multiple of the count of a
    yardstick period ("Since 1 October, … around 3,700 fireworks, more than twice as many
    as in October last year") is the count of the period the yardstick is anchored to,
    stated before it, not the yardstick's."""
    gap = sentence[absolute - s_start : nearest.start_char - s_start]
    if not _MULTIPLE_AHEAD.match(gap):
        return nearest
    own = [
        p
        for p in periods
        if p.end_char <= absolute
        and p.kind in ("explicit", "relative", "since", "same")
        and (p.start, p.end) == nearest.anchor
    ]
    return own[-1] if own else nearest


_COMPARED_WITH = re.compile(
    r",?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:those|that)\s+(?:of|in)\s+)?$",
    re.I,
)
"""What joins a change's own period to the earlier one it is measured against: ", compared
with", "against"."""
_FIGURE_HEAD = re.compile(r"^£?[\d.,]+\s*(?:%|per\s*cent|percent)?(?=[\s,]|$)", re.I)
"""The change figure itself at the start of the gap it opens."""
_COMPARED_LEAD = re.compile(r"(?:compared\s+(?:with|to)|against)\b", re.I)
"""The same words opening the earlier period's own phrase ("compared with 2023")."""


def compared_after(
    sentence: str,
    s_start: int,
    absolute: int,
    chosen: PeriodFinding,
    linked: Sequence[PeriodFinding],
) -> PeriodFinding:
    """``comparison-stated-after``: a change whose own period is ``chosen``, followed in
    its sentence by the earlier period it is compared with ("rose by 14% in the six
    months to March, compared with the same period a year earlier"; "fell by 9% in 2024,
    compared with 2023"), covers both, from the start of the earlier to the end of the
    later; else ``chosen``. The comparison is anchored on ``chosen`` or follows it
    straight after "compared with"; ``chosen`` may be "the same period" restated ("fell by
    27% over the same period, compared with March to December 2024"). Where the comparison
    is anchored on a narrower span restating ``chosen`` (:func:`narrower_anchor`, rule
    ``comparison_of_narrower_span``: "rose by 22% this year, to 318 between January and
    October, compared with the same period in 2025"), it ends with that span."""
    if chosen.kind not in ("explicit", "relative", "since", "same"):
        return chosen
    for p in linked:
        if p.start_char < max(absolute, chosen.end_char) or p.end > chosen.start:
            continue
        # from the later of the period and the change ("In 2024 thefts fell by 9%,
        # compared with 2022": the figure's own words are no gap)
        gap_start = max(chosen.end_char, absolute) - s_start
        between = _FIGURE_HEAD.sub("", sentence[gap_start : p.start_char - s_start], count=1)
        joined = _COMPARED_WITH.fullmatch(between) or (
            not between.strip(" ,") and _COMPARED_LEAD.match(sentence, p.start_char - s_start)
        )
        if p.anchor == (chosen.start, chosen.end) or joined:
            return replace(chosen, start=p.start, end=max(p.end, chosen.end), kind="comparison")
        if narrower := narrower_anchor(chosen, p, linked):
            return replace(chosen, start=p.start, end=narrower.end, kind="comparison")
    return chosen


def narrower_anchor(
    chosen: PeriodFinding, compared: PeriodFinding, linked: Sequence[PeriodFinding]
) -> PeriodFinding | None:
    """Rule ``comparison_of_narrower_span``: the span stated between a change's own period
    (``chosen``) and the comparison after it (``compared``) that the comparison is anchored
    on, when it lies within ``chosen`` ("rose by 22% this year, to 318 between January and
    October, compared with the same period in 2025": January to October, this year's months
    the change is measured over); else None."""
    return next(
        (
            q
            for q in linked
            if compared.anchor == (q.start, q.end)
            and chosen.end_char <= q.start_char < compared.start_char
            and chosen.start <= q.start <= q.end <= chosen.end
            and (q.start, q.end) != (chosen.start, chosen.end)
        ),
        None,
    )


def comparison_period(periods: Sequence[PeriodFinding]) -> PeriodFinding | None:
    """The span a two-period comparison covers, read where it is stated."""
    return next(
        (
            replace(
                p,
                start=min(p.anchor[0], p.start),
                end=max(p.anchor[1], p.end),
                kind="comparison",
            )
            for p in periods
            if p.kind in ("following", "previous") and p.anchor is not None
        ),
        None,
    )


def within(period: PeriodFinding, compared: PeriodFinding) -> bool:
    """Whether ``period`` lies within the span of the comparison ``compared``."""
    return compared.start <= period.start <= period.end <= compared.end


def only_yardstick(linked: Sequence[PeriodFinding]) -> bool:
    """Whether a sentence states only its change's yardstick, besides the earlier halves of
    other comparisons ("2% lower than in 2024, and 4% below … a decade earlier") and the
    bare yardsticks of other changes ("9% more than in 2024, and treble the number in
    2021")."""
    stated = [p for p in linked if p.kind != "previous"]
    return len(stated) == 1 or (len(stated) > 1 and all(p.kind == "baseline" for p in stated))


def first_comparison_after(periods: Sequence[PeriodFinding], absolute: int) -> PeriodFinding | None:
    """The first comparison stated after the change at ``absolute``: its own, whether
    anchored ("on the same period last year") or a bare yardstick ("than in 2024": then a
    later comparison's anchor, "4% below … a decade earlier", is not the change's)."""
    return next(
        (
            p
            for p in periods
            if p.start_char > absolute and (p.anchor is not None or p.kind == "baseline")
        ),
        None,
    )


def other_earlier_half(period: PeriodFinding) -> bool:
    """Whether ``period`` is a comparison's earlier half ("a decade earlier"): never what
    a change measured against a bare yardstick is about."""
    return period.kind == "previous"


def anchored_main(
    periods: Sequence[PeriodFinding], s_start: int, s_end: int
) -> PeriodFinding | None:
    """``comparison-main``: the main period of a sentence between ``s_start`` and
    ``s_end`` that states only a comparison's earlier half ("Detections were up by a third
    on the equivalent week last year."): the later span it is anchored on, which a sentence
    after it pointing back ("Officers also issued 58 tickets") takes; None without one."""
    for period in periods:
        if s_start <= period.start_char < s_end and period.kind == "previous" and period.anchor:
            start, end = period.anchor
            return replace(period, start=start, end=end, kind="same", anchor=None)
    return None


def level_years(periods: Sequence[PeriodFinding]) -> Sequence[PeriodFinding]:
    """The periods that date the levels of a change stated with two of them: the
    explicitly dated ones when two or more differ ("a 48% increase over the past three
    years, from 305 in 2022/23 to 451 in 2025/26": the two financial years, not the round
    span that restates them); else ``periods``."""
    explicit = [p for p in periods if p.kind == "explicit"]
    return explicit if len({(p.start, p.end) for p in explicit}) >= 2 else periods


COMPARISON_REACH = 400
"""How far (characters) before a change the comparison it takes may be stated."""
_PAIRED = ("explicit", "relative", "same")
"""Kinds of period a sentence may compare with the same span of an earlier year."""
YARDSTICK_PAIRED = ("baseline",)
"""Rule ``baseline_year_comparison``: kinds of period that may be the earlier one of such a
pair though they date no level of their own, the yardstick a change is "on" ("9,118
offences in 2025, a rise of 6% on 2024": 2024-2025 is a comparison, which a change stated
after it with no period, "Hinckley saw the steepest rise, up 23%", takes); not "in 2025, up
6% on 2023/24" (no whole number of years back)."""


def years_back(later: PeriodFinding, earlier: PeriodFinding) -> bool:
    """Whether ``earlier`` is the span of ``later`` a whole number of years before it."""
    shift = later.start.year - earlier.start.year
    return (
        shift > 0
        and later.end.year - earlier.end.year == shift
        and (later.start.month, later.start.day, later.end.month)
        == (earlier.start.month, earlier.start.day, earlier.end.month)
    )


def comparisons_before(
    periods: Sequence[PeriodFinding], sentences: Sequence[tuple[int, int]]
) -> list[tuple[int, PeriodFinding]]:
    """(where it ends, the span it covers) of each comparison of the document, in text
    order: an anchored earlier or later period ("on the same period last year"), or two
    periods of one sentence a whole number of years apart ("37 between April and
    September, from 58 between April and September last year")."""
    found = [
        (p.end_char, replace(p, start=min(p.anchor[0], p.start), end=max(p.anchor[1], p.end),
                             kind="comparison"))
        for p in periods
        if p.kind in ("following", "previous") and p.anchor is not None
    ]  # fmt: skip
    paired = [p for p in periods if p.kind in _PAIRED]
    for s_start, s_end in sentences:
        inside = [p for p in paired if s_start <= p.start_char < s_end]
        yardsticks = [
            p for p in periods if p.kind in YARDSTICK_PAIRED and s_start <= p.start_char < s_end
        ]
        for later in inside:
            earlier = next((q for q in [*inside, *yardsticks] if years_back(later, q)), None)
            if earlier is not None:
                last = max(later.end_char, earlier.end_char)
                found.append((last, replace(later, start=earlier.start, kind="comparison")))
    return sorted(found, key=lambda item: item[0])


ALIKE_DAYS = 3
"""How far apart (days) two spans' lengths may be to be alike (a leap year, a month's end)."""


def comparison_reaching(
    comparison: PeriodFinding | None, text: str, absolute: int, later: PeriodFinding | None
) -> PeriodFinding | None:
    """``comparison``, the release's, for a change at ``absolute`` whose later period is
    ``later``; one first stated after the figure's paragraph only when its earlier period
    is the one right before ``later`` (rule ``comparison_stated_after``: under a list's
    lead for 2024/25, "Burglaries: 2,114, down 11%" does not take "… higher than in
    2019/20" stated after the list; "That is a rise of 4.4%" after a rise to 2026/27 still
    takes a 2025/26 to 2026/27 stated in the paragraph after)."""
    if later is None or comparison is None:
        return None
    if comparison.start_char <= paragraph_end(text, absolute):
        return comparison
    length = later.end - later.start + dt.timedelta(days=ALIKE_DAYS)
    return comparison if comparison.start >= later.start - length else None


def comparison_before(
    comparisons: Sequence[tuple[int, PeriodFinding]], absolute: int
) -> PeriodFinding | None:
    """``comparison-before``: the last of :func:`comparisons_before` that ends before the
    change at ``absolute``, not more than :data:`COMPARISON_REACH` characters before it."""
    before = [c for end, c in comparisons if end <= absolute and absolute - end <= COMPARISON_REACH]
    return before[-1] if before else None


ADDED_COUNT = re.compile(
    r"[\w,.]+(?:-[a-z]+)?\s+(?:more|extra|additional)\s+(?:[\w’'-]+\s+){1,3}?(?:have|has)\s+"
    r"(?:now\s+|also\s+|recently\s+|just\s+)?(?:joined|started|arrived|been\s+(?:recruited|"
    r"hired|added|appointed|taken\s+on))\b",
    re.I,
)
"""Rule ``added_count``: a count of things added, with no "than" in its sentence ("Twenty
more TravelSafe officers have joined the team", "40 extra officers have been recruited"): a
rise told by what was added, comparing no two periods, so it takes none of the document's
comparison; "40 more officers have joined than last year" compares."""


def added_count(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` of ``sentence`` counts things added (:data:`ADDED_COUNT`)."""
    return "than" not in sentence and bool(ADDED_COUNT.match(sentence, at))


OWN_SPAN_CHANGE = re.compile(
    r"\b(?:for|over|in|within|during|after)\s+(?:just\s+|only\s+)?(?:\d{1,2}|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(?:days|weeks|months|years)\b",
    re.I,
)
"""Rule ``own_span_change``: a change whose sentence states an undated span of its own
before it ("Staff there wore cameras for six months and assaults fell by a third", "Over
eight weeks of the trial, thefts fell by 20%"): it measures that span, not the comparison an
earlier paragraph made, and its period stays unknown; "fell by a third over the same
period" (no span of its own) compares, and so does "has almost tripled in just six months"
(the span after the change, which the sentences after it date)."""


def takes_no_comparison(sentence: str, at: int) -> bool:
    """Whether the change at ``at`` of ``sentence``, with no period of its own, takes none
    of the document's comparison: a count of things added (``added_count``) or a change
    after an undated span its sentence states before it (``own_span_change``)."""
    return added_count(sentence, at) or OWN_SPAN_CHANGE.search(sentence, 0, at) is not None
