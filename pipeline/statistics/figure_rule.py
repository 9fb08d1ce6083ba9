"""The figure rule type: a named shape of figure, its pattern, what a match reads as, and
the cheap gates (needs, hint, a lower-case twin) that let most sentences skip it.

The table of rules is :data:`pressfacts.statistics.figures.FIGURE_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pressfacts.statistics.rule_gates import GatedPattern

Reading = tuple[float | None, str, str | None]
"""(value, unit, change) a figure rule reads from its match; unit "" = read from the words."""


@dataclass(frozen=True)
class FigureRule(GatedPattern):
    """A named shape of figure: its pattern and how a match gives value, unit and change."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], Reading]
    needs: tuple[str, ...] = ()
    """Lower-case strings one of which every match holds (as :class:`Exclusion`)."""
    hint: str = ""
    """A pattern every match, lower-cased, holds a match of, cheap to look for (as
    :class:`Exclusion`): for a rule no literal gates ("\\dp" for pence)."""

    def __post_init__(self) -> None:
        self.set_gates()

    def matches_at(self, text: str, folded: str, starts: list[int]) -> list[re.Match[str]]:
        """The matches of the pattern starting at each of ``starts`` in ``text``; on ASCII
        text a start is first tried by the lower-case twin on ``folded`` (the same answer,
        faster to refuse), and only a start it takes is read by the pattern."""
        if self._twin is None or not text.isascii():
            return [m for m in (self.pattern.match(text, pos) for pos in starts) if m]
        twin, pattern = self._twin.match, self.pattern.match
        return [m for pos in starts if twin(folded, pos) and (m := pattern(text, pos))]
