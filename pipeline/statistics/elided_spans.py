"""The span an elided count is counted over when its sentence's periods leave it open.

An elided count (:mod:`pressfacts.statistics.elided_counts`) takes the noun of the count
before it; :func:`same_span` says whether it takes that count's span too ("… there were
1,920, while Stafford recorded 610"), and :func:`clause_span` gives a clause of its own the
span of the count whose noun it takes when the nearest period before it only dates the
yardstick of that count's comparison.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.statistics.elided_counts import elided_rule

_YARDSTICK_KINDS = ("previous", "baseline")
"""The kinds of a period that dates a comparison's yardstick."""


def same_span(finding: StatisticFinding, unit: str) -> bool:
    """Whether an elided count of ``unit`` is counted over the span of ``finding`` (a
    count before it in its sentence): of the same unit and not a yardstick dated as a
    comparison's earlier half."""
    period = finding.period
    return finding.unit == unit and not (period and period.kind in _YARDSTICK_KINDS)


CLAUSE_AFTER_YARDSTICK = ("clause_passive", "parallel_subject")
"""The elided rules whose count opens a clause with its own verb, counted over the span of
the count whose noun it takes (not the yardstick that may stand between them)."""


SHARE_CLAUSE = re.compile(
    r",\s+and\s+(?:(?:nearly|almost|around|about|roughly|over|more\s+than|less\s+than|"
    r"fewer\s+than|just\s+(?:over|under))\s+)?$",
    re.I,
)
"""The words before a share that opens a clause of its own after ", and" (rule
``share_clause_after_yardstick``): "61 children were held in 2024, up from 44 the year
before, and nearly one in ten of all detainees was under 18" counts the share over the
span of the count before (2024), not its yardstick's (2023)."""


COUNT_CLAUSE = re.compile(r",\s+and\s+(?:[a-z'-]+\s+){1,6}$", re.I)
"""The words before a count with a noun of its own that opens a clause of its own after ",
and" and a few words (up to six: "and footage was used as evidence in 19 prosecutions"),
its subject and verb (rule ``count_clause_after_yardstick``):
"5,640 incidents last year, up 7% on 2023, and its handlers made 530 arrests" counts the
arrests over the span of the latest figure before them not dated as a yardstick; not "…,
and 75 in 2022" (no words), "…, and in 2022, 75" (a figure or a comma in between)."""


def _spans_own(finding: StatisticFinding) -> bool:
    period = finding.period
    return period is not None and period.kind not in _YARDSTICK_KINDS


def clause_span(
    period: PeriodFinding | None,
    at: int,
    words: tuple[str, str],
    found: Sequence[StatisticFinding],
    unit: str,
    whole: StatisticFinding | None = None,
    unit_rule: str | None = "elided-count",
) -> PeriodFinding | None:
    """The period of a count at ``at`` (``words``: its sentence's words before and after
    it) of ``unit`` that opens a clause of its own by one of
    :data:`CLAUSE_AFTER_YARDSTICK` (rule ``clause_after_yardstick``): when the nearest
    period before it is a yardstick (the earlier half of the comparison of the count
    before: "1,602 people were killed in 2024, down 1% on 2023, and 29,537 were seriously
    injured"), the span of the count whose noun it takes (``found``: the sentence's
    figures so far); else ``period``. Not "…, compared with 2023, when 812 were reported"
    (``when_then_count``: the yardstick's own count). A share (``unit`` "percent") after
    ", and" (:data:`SHARE_CLAUSE`) takes the span of the latest figure before it not dated
    as a yardstick. A part of a whole counted before it in its sentence (``whole``: "212
    reports in 2024, up 15% on 2023, and sheep were killed in 64 of them") takes the
    whole's span (rule ``part_after_yardstick``), unless the whole is the yardstick. A
    count with a noun of its own (``unit_rule`` not "elided-count") does likewise when
    the words before it open a clause (:data:`COUNT_CLAUSE`)."""
    if period is None or period.kind not in _YARDSTICK_KINDS or period.end_char > at:
        return period
    if unit_rule != "elided-count" and unit != "percent" and whole is None:
        opens = COUNT_CLAUSE  # rule ``count_clause_after_yardstick``
    elif whole is not None and any(f is whole for f in found) and _spans_own(whole):
        return whole.period  # rule ``part_after_yardstick``
    elif unit == "percent":
        opens = SHARE_CLAUSE  # rule ``share_clause_after_yardstick``
    elif elided_rule(*words) in CLAUSE_AFTER_YARDSTICK:
        return next((f.period for f in reversed(found) if same_span(f, unit)), period)
    else:
        return period
    opened = opens.search(words[0])
    if not opened or period.end_char > at - len(words[0]) + opened.start():
        return period  # no clause, or a yardstick dated inside the clause itself
    own = next((f.period for f in reversed(found) if _spans_own(f)), None)
    if own is None and opens is COUNT_CLAUSE and period.anchor is not None:
        # rule ``count_clause_after_anchored_yardstick``: "… fell by 28% compared with the
        # same months in 2024, and footage was used in 19 prosecutions": the span the
        # yardstick was counted from (the months the release reports), not the yardstick's
        return replace(period, start=period.anchor[0], end=period.anchor[1], kind="same")
    return own or period
