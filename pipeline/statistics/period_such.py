"""A count of "such" things counts the kind of thing the figures just stated count.

"Childline held 4,150 sessions about online abuse in Wales last year. … Across the UK, it
held almost 60,000 such sessions.": the sentence states no period and opens on no
back-reference, but "such sessions" are the sessions of the figure before: the count takes
the main period of the nearest of the few sentences before it that states one
(:func:`such_reference`, read by
:meth:`pressfacts.statistics.period_context.DocumentPeriods`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

SUCH_AFTER = re.compile(
    r"(?:£|about\s+|around\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?[\d,.]+"
    r"(?:\s*(?:m|bn|million|billion|k)\b)?\s+(?:more\s+|other\s+|further\s+)?such\s+[a-z]",
    re.I,
)
"""A figure right before "such" and the noun it counts: "60,000 such sessions", "12 more
such cases"; not "such as 12 cases" (an example), nor "60,000 sessions, such as …"."""
_BACK_SENTENCES = 3
"""How many sentences back the figures of the same kind may stand."""


def such_reference(
    sentence: str,
    offset: int,
    s_start: int,
    sentence_starts: Sequence[int],
    mains: Sequence[PeriodFinding | None],
) -> PeriodFinding | None:
    """The main period of the nearest of the few sentences before the one at ``s_start``
    that states one, when the figure at ``offset`` of ``sentence`` counts "such" things
    (:data:`SUCH_AFTER`); else None. ``mains`` are the main periods of the document's
    sentences, whose starts are ``sentence_starts``."""
    if " such " not in sentence or not SUCH_AFTER.match(sentence, offset):
        return None
    index = bisect_right(sentence_starts, s_start) - 1
    befores = range(index - 1, max(-1, index - 1 - _BACK_SENTENCES), -1)
    return next((mains[i] for i in befores if mains[i] is not None), None)
