"""The figure a part points back to by the noun of its whole: "around 800 of the reports",
"64 of the courier fraud reports" (``named-whole``, :func:`named_whole`), split out of
:mod:`pressfacts.statistics.referred_figures`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.period_alone_parts import past_singled_out_parts
from pressfacts.statistics.period_partitive_wholes import IRREGULAR_DONE
from pressfacts.statistics.restated_wholes import no_whole, restated_whole

__all__ = ["NAMED_MODIFIED_WHOLE", "NAMED_WHOLE", "named_whole"]


NAMED_WHOLE = re.compile(
    r"^\s*of\s+(?:these|those|the)\s+(?P<noun>[a-z][a-z-]+)\b(?!\s*,?\s*\d)", re.I
)
"""A part of a whole named by its noun after the figure: "one in three of those reports",
"almost half of these arrests", "around 800 of the reports"; not "12 of those 40
arrests" (a figure of its own)."""


NAMED_MODIFIED_WHOLE = re.compile(
    r"^\s*of\s+(?:these|those|the)\s+(?P<words>"
    rf"(?:(?!(?:and|or|of|in|[a-z-]+ed|{'|'.join(IRREGULAR_DONE)})\b)[a-z][a-z-]+\s+){{1,2}}"
    r"(?P<noun>[a-z][a-z-]+s))\b(?!\s*,?\s*\d)",
    re.I,
)
"""Rule ``named_whole_modified_noun``: a whole named by its noun after one or two words
that qualify it ("64 of the courier fraud reports", "a third of those hate crime
referrals"): the count before told with the same words right after it ("212 courier fraud
reports") is the whole, when the first word names no count before; not a count of the
head alone ("six of the Walsall victims", "two of the new bins": another set of them), nor
a participle ("of the revoked drivers": rule
``part_of_the_done_noun`` of :mod:`.period_partitive_wholes` reads it)."""


def named_whole(
    after: str, earlier: Sequence[StatisticFinding], part: float | None = None, text: str = ""
) -> StatisticFinding | None:
    """``named-whole``: the figure a part points back to by name ("around one in three of
    those reports" after "2,900 reports … in the 12 months to November"): the latest
    ``earlier`` count whose unit holds the noun and that is no comparison's yardstick (its
    area and period are the part's, not those of the last sentence's count); when none has
    the noun and it comes with words before it ("64 of the courier fraud reports"), the
    latest count of that noun followed by the same words (``named_whole_modified_noun``,
    given the ``text``); else None. A ``part`` that is a count is never more than its whole
    (``part_within_whole``): "The busiest month was August, with 462 reports. Plymouth
    accounted for 1,207 of the reports" points past August's 462 to the year's total; past a
    part singled out with "alone" too, given the ``text`` (:func:`.past_singled_out_parts`)."""
    match = NAMED_WHOLE.match(after)
    if match is None:
        return restated_whole(after, earlier, part)
    candidates = past_singled_out_parts(text, earlier) if text else earlier  # read once
    found = _named_count(match.group("noun").lower(), candidates, part, text)
    modified = NAMED_MODIFIED_WHOLE.match(after) if found is None and text else None
    if modified is None:
        return found
    told = re.compile(r"\s+" + r"\s+".join(map(re.escape, modified["words"].split())) + r"\b", re.I)
    return _named_count(modified["noun"].lower(), candidates, part, text, told)


def _named_count(
    noun: str,
    candidates: Sequence[StatisticFinding],
    part: float | None,
    text: str,
    told: re.Pattern[str] | None = None,
) -> StatisticFinding | None:
    """The latest of ``candidates`` (the earlier counts, past parts singled out) whose unit
    holds ``noun``, no yardstick and not smaller than ``part`` (:func:`named_whole`), with
    the words ``told`` right after it in ``text`` when given; None when there is none."""
    for finding in reversed(candidates):
        if no_whole(finding):
            continue  # "up from 980 arrests in 2024": the comparison's yardstick, no whole
        if part is not None and finding.value < part:
            continue  # part_within_whole: a smaller count cannot hold the part
        if told is not None and not told.match(text, finding.end):
            continue  # named_whole_modified_noun: told with the part's words
        if noun in finding.unit.lower().split():
            return finding
    return None
