"""A part's whole restated with its figure and noun ("14 of the 23 school fires", "nine of
those 40 arrests"): the count it restates (rule ``restated-whole-figure``), whose period
and area are the part's. Used by :func:`pressfacts.statistics.named_wholes.named_whole`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.units import NOT_COUNTED_UNITS

YARDSTICKS = ("previous", "baseline")
"""The kinds of period that date a comparison's yardstick, which no part points back to."""


def no_whole(finding: StatisticFinding) -> bool:
    """Whether ``finding`` can be no whole a part points back to: a share, multiple or sum
    (:data:`~pressfacts.lexicon.units.NOT_COUNTED_UNITS`), or a comparison's yardstick."""
    return finding.unit in NOT_COUNTED_UNITS or bool(
        finding.period and finding.period.kind in YARDSTICKS
    )


RESTATED_WHOLE_FIGURE = re.compile(
    r"^\s*of\s+(?:these|those|the)\s+(?P<whole>\d[\d,]*)\s+"
    r"(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})",
    re.I,
)
"""A part of a whole restated with its figure and noun: "14 of the 23 school fires", "nine
of those 40 arrests"."""
RESTATED_BARE_WHOLE = re.compile(
    r"^\s*of\s+(?:these|those|the)\s+(?P<whole>\d[\d,]*)(?![\d,.]*\d)"
    r"(?=\s*[,;:.)]|\s+(?:were|was|are|is|had|have|came|went|involved|related|said|received|"
    r"needed|lived|reported|remain|remained)\b)",
    re.I,
)
"""Rule ``restated-whole-bare``: a part of a whole restated by its figure alone, a verb or
a stop right after it ("64 of the 318 were women", "nine of those 40, the force said"):
the latest count of that value is the whole; not "64 of the 318 officers" (a noun: rule
``restated-whole-figure``)."""


def restated_whole(
    after: str, earlier: Sequence[StatisticFinding], part: float | None
) -> StatisticFinding | None:
    """``restated-whole-figure``: the figure a part's whole restates ("suspects in 14 of
    the 23 school fires" after "23 deliberate fires at schools … between April and June"):
    the latest ``earlier`` count of the same value whose unit shares a word of the noun and
    that is no comparison's yardstick (its period and area are the part's); a whole
    restated by its figure alone (:data:`RESTATED_BARE_WHOLE`) takes the latest count of
    that value; None when no such count stands, as for a whole first stated here ("12 of
    those 40 arrests")."""
    match = RESTATED_BARE_WHOLE.match(after) or RESTATED_WHOLE_FIGURE.match(after)
    if match is None or part is None:
        return None
    value = float(match.group("whole").replace(",", ""))
    named = match.re is RESTATED_WHOLE_FIGURE
    words = set(match.group("words").lower().split()) if named else set()
    for finding in reversed(earlier):
        if no_whole(finding):
            continue
        shares_word = not named or bool(words & set(finding.unit.lower().split()))
        if finding.value == value and value > part and shares_word:
            return finding
    return None
