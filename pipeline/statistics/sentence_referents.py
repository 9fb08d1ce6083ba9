"""Which count a back pointer of :data:`pressfacts.statistics.referred_figures.POINTING_BACK`
names by its noun.

- Rule ``these-those-in-sentence``: "those churches" after a count of churches in the same
  sentence points back to that count, not to the last count of a sentence before
  (:func:`sentence_referent`).
- Back pointer ``the-counted-cost``: "The claims cost £2.6m" points back only when "claims"
  is the noun of the count before (:func:`counted_again`); "The bins cost £24,000" after a
  count of stabbings names no count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding

THOSE_NOUN = re.compile(r"\b(?:these|those)\s+(?P<noun>[a-z][\w-]*)\b", re.I)
"""Rule ``these-those-in-sentence``: "these" or "those" and the noun they point back with."""
_PART_GAP = re.compile(r"\s+of\s+")
"""The gap between a part and its "those": "11 [of] those cases"."""


def sentence_referent(
    sentence: str, start: int, opening: int, found: Sequence[StatisticFinding]
) -> StatisticFinding | None:
    """The count of the figure's own sentence that "those churches" points back to (rule
    ``these-those-in-sentence``): "… roof alarms on 410 churches, and claims from those
    churches have fallen by 90%" points to the 410, not to a count of a sentence before;
    None when the last "these"/"those" before the figure names no unit of the counts before
    it in its sentence ("those offenders" after "410 churches"), and never the part right
    before "of those" ("in only 11 of those cases": a part, not what is pointed to).
    ``opening`` is the sentence's offset in the text, ``found`` the figures read before in
    the sentence."""
    pointed = next(reversed(list(THOSE_NOUN.finditer(sentence, 0, start))), None)
    if pointed is None:
        return None
    noun = pointed.group("noun").lower()
    counts = (  # not the part right before "of those cases" ("only 11 of those cases")
        f
        for f in reversed(found)
        if f.end <= opening + pointed.start()
        and not _PART_GAP.fullmatch(sentence, f.end - opening, pointed.start())
    )
    return next((f for f in counts if f.unit.lower().split()[-1:] == [noun]), None)


_OPENING_NOUN = re.compile(r"^\W{0,3}the\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+s)\b", re.I)
"""The plural noun a sentence opens on after "the" ("The claims", "The insurance claims")."""


def counted_again(sentence: str, previous: StatisticFinding | None) -> bool:
    """Whether ``sentence`` opens on "the" + the noun of ``previous``, the count a back
    pointer ``the-counted-cost`` would take its span and place from ("The claims cost …"
    after "164 claims"); not "The bins cost …" after a count of stabbings."""
    opening = _OPENING_NOUN.match(sentence)
    if opening is None or previous is None:
        return False
    return previous.unit.lower().split()[-1:] == [opening.group("noun").lower()]
