"""The periods figures were given, sentence by sentence, for a back-reference to reach.

Why: a back-reference ("In Hull alone, 29 arrests were made") takes the main period of the
nearest of the few sentences before it that states one. A story often runs on past those
few sentences in sentences that state no period but whose figures were dated by a
back-reference of their own ("During those deployments, …", "Over those deployments, …",
"Nearly a third of those arrested …"): the figures just stated, that the back-reference
speaks of, carry that period. Rule ``carried_back_reference``: with no period stated in
its reach, a back-reference takes the period the nearest figure in that reach was given
(not a change's, a yardstick's or a comparison's half, nor a day's).
"""

from __future__ import annotations

from collections.abc import Iterable

from pressfacts.findings import PeriodFinding

NOT_CARRIED = frozenset({"baseline", "previous", "day"})
"""Kinds of a figure's period a later back-reference does not take: a yardstick's, a
comparison's earlier half, an event's day."""


NEW_ACTIONS = frozenset({"continued_also"})
"""Back-references that tell a further action ("They also removed 22 finials …"), no part,
share or place of the figures just stated: the narrative rules date them, not a carried
period."""


class CarriedPeriods:
    """The last period given to a figure of each sentence (by sentence index), of the
    periods stated as some sentence's main period (``mains``): not a yardstick's date
    ("Three times as many knives were seized as in 2022. They included 40 machetes": 2022
    dates the yardstick, no span the machetes were counted over)."""

    def __init__(self, mains: Iterable[PeriodFinding | None]) -> None:
        self._by_sentence: dict[int, PeriodFinding] = {}
        self._stated = {main.start_char for main in mains if main is not None}

    def noted(
        self, index: int, period: PeriodFinding | None, change: str | None
    ) -> PeriodFinding | None:
        """``period``, noted as the last one given in sentence ``index`` when it may be
        carried: not a change's (the span of a comparison)."""
        if (
            period is not None
            and change is None
            and period.kind not in NOT_CARRIED
            and period.start_char in self._stated
        ):
            self._by_sentence[index] = period
        return period

    def nearest(self, befores: Iterable[int], names: Iterable[str]) -> PeriodFinding | None:
        """The period noted for the first of ``befores`` (sentence indexes, nearest
        first) that has one, for a back-reference of the rules ``names`` that speaks of
        the figures themselves (not one of :data:`NEW_ACTIONS`)."""
        if any(name in NEW_ACTIONS for name in names):
            return None
        return next((self._by_sentence[i] for i in befores if i in self._by_sentence), None)
