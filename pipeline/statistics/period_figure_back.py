"""Sentences that speak of the figure before them: "The figure is up 9% on the previous year
and has almost doubled since 2017/18".

Such a sentence's "since" change runs to the end of the figure's period, not to P, and its
periods are no main period for the sentences after it (rule ``figure_since_back``, with the
comparisons and trends of :mod:`.period_clauses` that are no main period either).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_clauses import compares_back_sentence, trend_only
from pressfacts.statistics.period_comparisons import only_yardstick

__all__ = ["FIGURE_SINCE_SUBJECT", "back_sentence", "yardstick_to_before"]

FIGURE_SINCE_SUBJECT = re.compile(
    r"\W{0,3}(?:that|this|the)\s+(?:figure|number|total|level)\s+(?:is|was|has|had)\b", re.I
)
"""Rule ``figure_since_back``: a sentence whose subject is the figure before ("The figure is
up 9% on the previous year and has almost doubled since 2017/18"): its "since" change runs
to the end of that figure's period, not to P, as "The figure has doubled since 2017/18"
does; not "The number of offences has doubled since 2019" (a count of its own)."""


def back_sentence(text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence from ``s_start`` to ``s_end`` speaks of the figure before it, so
    that its periods are no main period for the sentences after it: it compares that figure
    (:func:`.compares_back_sentence`), states only a trend (:func:`.trend_only`), or has it
    for subject and changes it "since" a year (rule ``figure_since_back``: after "The figure
    is up 9% on the previous year and has almost doubled since 2017/18", "38 per cent of the
    offences …" is of the figure's year, not of the span since 2017/18)."""
    if compares_back_sentence(text, s_start) or trend_only(text[s_start:s_end]):
        return True
    return (
        FIGURE_SINCE_SUBJECT.match(text, s_start) is not None
        and text.find(" since ", s_start, s_end) >= 0
    )


def yardstick_to_before(
    text: str, s_start: int, chosen: PeriodFinding, linked: Sequence[PeriodFinding]
) -> bool:
    """Whether the change's ``chosen`` yardstick is read against the main period of the
    sentence before: a bare yardstick alone in its sentence (:func:`only_yardstick`), or a
    "since" of the figure before (:data:`FIGURE_SINCE_SUBJECT`)."""
    if chosen.kind == "baseline":
        return only_yardstick(linked)
    return chosen.kind == "since" and FIGURE_SINCE_SUBJECT.match(text, s_start) is not None
