"""A change in a contrasting clause is counted over the same span as the change before it.

"Burglaries in Leeds rose by 12% on 2024, whereas Bradford saw a fall of 3%", "The cost
was 14% higher than in 2024, while across the region rural theft rose by 6%": the second
change states no period of its own; it sets another place (or group) beside the first
over the same span, so it takes the first change's period, both halves of its comparison
included. The clause must open with a contrast (:data:`CONTRASTS`, each named) after the
first change and hold no period phrase of its own ("…, while in 2023 it fell by 3%"
keeps its own).

A count works alike (rule ``while_level_clause``): "Religious hate crimes fell to 71,
while 236 offences were linked to sexual orientation" sets a second count beside a dated
first one, in a sentence that states no period phrase at all (both are dated by the
sentences before), so the second takes the first's period when no rule dated it; not in a
sentence stating a period ("…, compared with 802 a year earlier, while Hull recorded 97":
the 802's period is no 97's), nor a share beside a count or a count beside a share
("Only 30 of the bikes were recovered, while 8% of owners had insurance": another whole).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding, StatisticFinding

CONTRASTS: dict[str, re.Pattern[str]] = {
    # "…, while in Bradford they fell by 3%", "…; whereas Bradford saw a fall of 3%"
    "while_clause": re.compile(r"[,;]\s+(?:while|whilst|whereas)\s", re.I),
    # "…, but in Bradford burglaries fell by 3%"; not "but" inside its own clause
    "but_clause": re.compile(r"[,;]\s+but\s+(?:in|across|for|among)\s", re.I),
    # "…, and by more than a quarter in Margate alone", "…, but by only 3% in Hull": the
    # change's verb left unsaid before another place's figure
    "and_by_clause": re.compile(r"[,;]?\s+(?:and|but)\s+by\s", re.I),
    # "…, and in Sefton by 26%", "…, but across Wirral by only 2%": the place fronted, the
    # change's verb left unsaid
    "and_in_place_by_clause": re.compile(
        r"[,;]\s+(?:and|but)\s+(?:in|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’ -]*?\s+by\s", re.I
    ),
}
"""The openings of a clause that sets another subject beside the change before it."""


def parallel_period(
    text: str,
    figure_start: int,
    change: str | None,
    period: PeriodFinding | None,
    found: Sequence[StatisticFinding],
    sentence_periods: Sequence[PeriodFinding],
) -> PeriodFinding | None:
    """``period``, or for a change at ``figure_start`` (document offset) in a contrasting
    clause with no period phrase of its own, the period of the last dated change before it
    in its sentence (``found``: the sentence's figures so far)."""
    if change is None:
        return _level_beside(text, figure_start, period, found, sentence_periods)
    if not found:
        return period
    earlier = next((f for f in reversed(found) if f.change and f.period), None)
    if earlier is None or earlier.period is None:
        return period
    between = text[earlier.end : figure_start]
    opening = next((m for rule in CONTRASTS.values() if (m := rule.search(between))), None)
    if opening is None:
        return period
    clause_start = earlier.end + opening.end()
    if any(p.start_char >= clause_start for p in sentence_periods):
        return period  # "…, while in 2023 it fell by 3%": its own
    return earlier.period


LEVEL_CONTRASTS: dict[str, re.Pattern[str]] = {"while_level_clause": CONTRASTS["while_clause"]}
"""The openings of a clause that sets another count beside the count before it."""
_SHARE = re.compile(r"[\d,.]+\s*(?:%|per\s*cent)", re.I)
"""A share, no count: "…, while 8% of owners had insurance" measures another whole."""


def _level_beside(
    text: str,
    figure_start: int,
    period: PeriodFinding | None,
    found: Sequence[StatisticFinding],
    sentence_periods: Sequence[PeriodFinding],
) -> PeriodFinding | None:
    """``period``, or for an undated count (not a share: :data:`_SHARE`) at ``figure_start``
    in a contrasting clause (:data:`LEVEL_CONTRASTS`) of a sentence stating no period
    phrase, the period of the first dated count (not a share) of the sentence (``found``):
    the main clause's, not a yardstick's after it ("Exeter saw 210 thefts, down from 260,
    while Barnstaple recorded 95": the 210's)."""
    if period is not None or sentence_periods or not found or _SHARE.match(text, figure_start):
        return period
    # the first: the main clause's count, not a yardstick after it (", down from 260")
    earlier = next((f for f in found if f.change is None and f.period), None)
    if earlier is None or earlier.unit == "percent":
        return period
    between = text[earlier.end : figure_start]
    if not any(rule.search(between) for rule in LEVEL_CONTRASTS.values()):
        return period
    return earlier.period
