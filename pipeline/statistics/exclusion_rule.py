"""The exclusion rule type: a named kind of number that is not a statistic, its pattern,
and the cheap gates (needs, hint, a lower-case twin) that spare most sentences from it.

The table of rules is :data:`pressfacts.statistics.exclusions.EXCLUSIONS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.statistics.rule_gates import GatedPattern


@dataclass(frozen=True)
class Exclusion(GatedPattern):
    """A named kind of number that is not a statistic; every span it matches is set aside.

    ``needs``: lower-case strings one of which every match of ``pattern`` holds (a
    literal of the pattern, read off it), so the pattern is not run on a sentence that
    holds none of them; empty when no literal is shared by every match. ``hint``: a
    pattern every match, lower-cased, holds a match of, cheap to look for (it opens on a
    digit or a literal), for a rule no literal gates ("\\d[:.]\\d" for times of day)."""

    name: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...] = ()
    hint: str = ""
    led: bool = False
    """Tried only where one of its leads (opening words, :func:`.pattern_leads`) starts,
    by the scan :func:`blocked_spans` shares among led rules: for a pattern that opens
    on a long alternation after a word boundary, costly to try at every character."""

    def __post_init__(self) -> None:
        self.set_gates()

    def spans(self, text: str, folded: str) -> list[tuple[int, int]]:
        """The (start, end) of every match in ``text`` (read on ``folded``, its lower
        case, by the pattern's twin when ``text`` is ASCII: the same spans, faster)."""
        if self._twin is not None and text.isascii():
            return [m.span() for m in self._twin.finditer(folded)]
        return [m.span() for m in self.pattern.finditer(text)]
