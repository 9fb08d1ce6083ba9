"""The figure rule type: a named shape of figure, its pattern, what a match reads as, and
the cheap gates (needs, hint, a lower-case twin) that let most sentences skip it.

The table of rules is :data:`pressfacts.statistics.figures.FIGURE_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pressfacts.statistics.rule_gates import Needs, folded_twin

Reading = tuple[float | None, str, str | None]
"""(value, unit, change) a figure rule reads from its match; unit "" = read from the words."""


@dataclass(frozen=True)
class FigureRule:
    """A named shape of figure: its pattern and how a match gives value, unit and change."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], Reading]
    needs: tuple[str, ...] = ()
    """Lower-case strings one of which every match holds (as :class:`Exclusion`)."""
    hint: str = ""
    """A pattern every match, lower-cased, holds a match of, cheap to look for (as
    :class:`Exclusion`): for a rule no literal gates ("\\dp" for pence)."""
    _needs: Needs = field(init=False, repr=False, compare=False)
    _hint: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _twin: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_needs", Needs(self.needs))
        object.__setattr__(self, "_hint", re.compile(self.hint) if self.hint else None)
        object.__setattr__(self, "_twin", folded_twin(self.pattern))

    def matches_at(self, text: str, folded: str, starts: list[int]) -> list[re.Match[str]]:
        """The matches of the pattern starting at each of ``starts`` in ``text``; on ASCII
        text a start is first tried by the lower-case twin on ``folded`` (the same answer,
        faster to refuse), and only a start it takes is read by the pattern."""
        if self._twin is None or not text.isascii():
            return [m for m in (self.pattern.match(text, pos) for pos in starts) if m]
        twin, pattern = self._twin.match, self.pattern.match
        return [m for pos in starts if twin(folded, pos) and (m := pattern(text, pos))]

    def may_match(self, folded: str) -> bool:
        """Whether the pattern can match a text whose :func:`str.lower` is ``folded``."""
        if self._hint is not None and self._hint.search(folded) is None:
            return False
        return self._needs.met(folded)
