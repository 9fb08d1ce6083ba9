"""The level a change reached, when its sentence states no period of its own.

"Knife crime fell by 11% to 1,021 offences", "its total dropped by 7% to 18,240": the
change compares two periods the release stated before (its two-period comparison,
:func:`~pressfacts.statistics.period_context.comparison_period`); the level it reached
is the later period's, not the span of both nor nothing. Read only for a count whose
sentence, lead-in and back-references give it no period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from pressfacts.findings import PeriodFinding


class HasHalves(Protocol):
    """What :func:`change_level` reads of a document's periods."""

    def earlier_halves(self) -> Sequence[PeriodFinding]:
        """The earlier periods of the document's comparisons, in text order."""
        ...


CHANGED_TO = re.compile(
    r"\b(?:rose|risen|fell|fallen|dropped|increased|decreased|climbed|grew|jumped|slipped|"
    r"went\s+(?:up|down)|was\s+(?:up|down)|were\s+(?:up|down))\s+by\s+[^.;:,]{1,30}?,?\s+to\s+"
    r"(?:(?:around|about|almost|nearly|more\s+than|just\s+(?:over|under))\s+)?£?$",
    re.I,
)
"""A change by an amount, then "to" and the level it reached, right before the level:
"fell by 11% force-wide to", "went up by 5% in Dover, to", "dropped by 7% to"."""


def change_level(sentence: str, at: int, periods: HasHalves) -> PeriodFinding | None:
    """The period of a level at ``at`` of ``sentence`` that a change reached
    (:data:`CHANGED_TO` right before it): the later period of the release's first
    two-period comparison (``periods.earlier_halves()``: the earlier periods, each anchored
    on its later one); None when it is not such a level or the release compares none."""
    halves = periods.earlier_halves()
    if not halves or halves[0].anchor is None or not CHANGED_TO.search(sentence, 0, at):
        return None
    start, end = halves[0].anchor
    return replace(halves[0], start=start, end=end, kind="same", anchor=None)
