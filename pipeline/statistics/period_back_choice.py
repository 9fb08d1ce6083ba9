"""Which sentence before a back-reference lends it its period.

:meth:`pressfacts.statistics.period_context.DocumentPeriods.back_reference` names the
back-reference rules a sentence opens with (:data:`.BACK_REFERENCE_RULES`);
:func:`referred_main` then walks back over the few sentences before it for the nearest
main period the rules may take. A rule of :data:`NEAREST_ONLY` speaks of the sentence
right before it alone: when that one states no period, neither does it ("… more than
5,000 people have called since the campaign began. A further 2,418 people called …":
not the span of a paragraph before).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_back_references import refers_to
from pressfacts.statistics.period_change_levels import told_again

NEAREST_ONLY = frozenset({"further_count", "as_a_result"})
"""Back-reference rules that take the period of the sentence right before, or none."""


def referred_main(
    names: Sequence[str],
    mains: Sequence[PeriodFinding | None],
    befores: Iterable[int],
    sentence: Callable[[int], str],
    change: str | None = None,
) -> PeriodFinding | None:
    """The main period (of ``mains``, by sentence) of the nearest sentence of
    ``befores`` (indexes, nearest first) that one of the rules ``names`` may take for a
    figure of that ``change`` (:func:`.refers_to`, :func:`.told_again` on ``sentence(i)``);
    None past a sentence with none when every rule is one of :data:`NEAREST_ONLY`."""
    for before in befores:
        main = mains[before]
        if main is None:
            if all(name in NEAREST_ONLY for name in names):
                return None
            continue
        if any(refers_to(n, main, change) and told_again(n, sentence(before)) for n in names):
            return main
    return None
