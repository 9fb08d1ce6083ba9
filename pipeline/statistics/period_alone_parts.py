"""A span singled out with "alone" is a part: the sentences after it speak of the whole again.

"Investigators froze 87 accounts over the past six months. … A further 56 were frozen in
January and February alone. Essex had the most frozen accounts, 29, …": "alone" marks
January and February as a part of the six months stated before, so a later sentence that
takes its period from the sentences before it (a back-reference, or a sentence stating
none) takes the whole's span: the nearest main period before the part that holds it
(:data:`PART_MARKERS`). The part's own sentence keeps its span ("In May alone we seized
£310,000" is May's); with no whole stated before, the part's span stays. A month ranked
among the others of a span is such a part too (:data:`RANKED_PARTS`): "… 4,318 reports in
the year to March 2025. The busiest month was August 2024, with 462 reports, while
February 2025 was the quietest, with 301. Plymouth accounted for 1,207 of the reports …"
speaks of the year again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.statistics.period_figure_days import EVENTS_ON_DAY

PART_MARKERS: dict[str, re.Pattern[str]] = {
    # "in January and February alone", "last month alone"
    "alone_after_span": re.compile(r"\s+alone\b", re.I),
}
"""Words right after a period phrase that single its span out of a whole stated before."""

_RANK = r"busiest|quietest|worst|best|highest|lowest|peak|record"
"""Words that rank a month among the others of a span."""
RANKED_PARTS: dict[str, re.Pattern[str]] = {
    # "The busiest month was August 2024", "its quietest month being February", "The
    # team's busiest months were March and April": the
    # period phrase is the ranking itself (the rule ``superlative_month``)
    "ranked_month_phrase": re.compile(
        rf"^(?:the|its|our|their|(?:the\s+)?[\w-]+['’]s)\s+(?:single\s+)?(?:{_RANK})\s+months?\b",
        re.I,
    ),
    # "February 2025 was the quietest", "July proved its busiest month": the ranking
    # right after the period phrase
    "ranked_after_span": re.compile(
        rf"\s+(?:was|proved|remained|became)\s+(?:the|its|our|their)\s+(?:single\s+)?"
        rf"(?:{_RANK})\b",
        re.I,
    ),
    # "while February had the fewest": the month as the subject of a ranking (the rule
    # ``ranked_month_subject``)
    "ranked_subject_after_span": re.compile(
        r"\s+(?:had|saw|recorded|logged)\s+the\s+(?:fewest|most|lowest|highest|least)\b", re.I
    ),
}
"""A period phrase, or the words right after it, that rank its span among the others of a
whole stated before (a month of a year): a part, as one singled out with "alone"."""


def is_ranked(text: str, period: PeriodFinding) -> bool:
    """Whether the phrase of ``period``, or the words right after it, rank its span among
    the others of a whole (:data:`RANKED_PARTS`): no lead-in for the sentences after it."""
    phrase = text[period.start_char : period.end_char]
    return bool(
        RANKED_PARTS["ranked_month_phrase"].match(phrase)
        or RANKED_PARTS["ranked_after_span"].match(text, period.end_char)
        or RANKED_PARTS["ranked_subject_after_span"].match(text, period.end_char)
    )


PART_MARKERS_BEFORE: dict[str, re.Pattern[str]] = {
    # "Eleven of the attacks were on 5 November": a count of the things of the span before
    # said to have been on one day of it (the figure-day rule ``events_on_day``)
    "events_on_day_part": EVENTS_ON_DAY,
}
"""Words right before a period phrase that single its span out of a whole stated before:
"Eleven of the attacks were on 5 November, … Seven of the attacks were in Basildon" speaks
of the whole span again after the day (rule ``events_on_day_part``)."""
_BEFORE_REACH = 80
"""How far back (characters) :data:`PART_MARKERS_BEFORE` read before a period phrase."""


def is_part(text: str, main: PeriodFinding) -> bool:
    """Whether the period phrase of ``main`` singles its span out of a whole
    (:data:`PART_MARKERS` after it, :data:`PART_MARKERS_BEFORE` before it, or
    :func:`is_ranked`)."""
    before = text[max(0, main.start_char - _BEFORE_REACH) : main.start_char]
    return (
        any(p.match(text, main.end_char) for p in PART_MARKERS.values())
        or any(p.search(before) for p in PART_MARKERS_BEFORE.values())
        or is_ranked(text, main)
    )


def whole_of_part(
    text: str, main: PeriodFinding | None, mains_before: Sequence[PeriodFinding | None]
) -> PeriodFinding | None:
    """``main``, or when it is a part singled out (:func:`is_part`) the nearest main
    period stated before it whose span holds it and is longer."""
    if main is None or not is_part(text, main):
        return main
    for whole in reversed(mains_before):
        if (
            whole is not None
            and whole.start_char < main.start_char
            and whole.start <= main.start
            and main.end <= whole.end
            and (whole.start, whole.end) != (main.start, main.end)
        ):
            return whole
    return main


def _holds(whole: PeriodFinding | None, part: PeriodFinding) -> bool:
    """Whether ``whole``, stated before ``part``, covers a longer span that holds it."""
    return (
        whole is not None
        and whole.start_char < part.start_char
        and whole.start <= part.start
        and part.end <= whole.end
        and (whole.start, whole.end) != (part.start, part.end)
    )


def past_singled_out_parts(
    text: str, earlier: Sequence[StatisticFinding]
) -> list[StatisticFinding]:
    """Rule ``whole_past_alone_part``: ``earlier`` without the counts dated by a span
    singled out of a whole (:func:`is_part`: "Over the August bank holiday weekend alone, 23
    people were arrested") when a count of the same unit stated before them is dated by
    that whole ("317 people between June and August"): a share "of the people arrested"
    after them is of the whole's count, not the part's. A part with no whole counted
    before it stays a whole ("In May alone, 40 people were arrested. Half of the people
    arrested …")."""
    kept = []
    for index, finding in enumerate(earlier):
        part = finding.period
        if (
            part is not None
            and is_part(text, part)
            and any(
                whole.unit == finding.unit and _holds(whole.period, part)
                for whole in earlier[:index]
            )
        ):
            continue
        kept.append(finding)
    return kept
