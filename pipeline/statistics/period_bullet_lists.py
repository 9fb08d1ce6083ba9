"""A bulleted list right after a dated sentence lists what that sentence's span holds.

"Officers seized 40 knives during a week of action, which ran from 10 to 16 November." then
"• 12 knives were found in Corby", "• 150 young people attended school talks": the
bullets state no period and no lead line ("Key figures:") opens them, but they go on the
sentence before: each takes its main period (the lead-in ``bullets_after``, added by
:func:`with_bullet_lists` to :class:`pressfacts.statistics.period_context.DocumentPeriods`).
So does a dated lead line ending in ":" that no lead-in rule reads (rule
``bullets_after_colon``: "Key figures from the operation, which ran from 1 to 30 September:"
then "- 48 arrests"). A bullet with a period of its own keeps it (a figure's own clause
comes first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_reach import BULLET, list_end

Lead = tuple[int, int, PeriodFinding, str]
_NEXT_LINE = re.compile(r"[ \t]*\n\s*")
"""The end of the sentence's line and the blank lines after it."""


def with_bullet_lists(
    leads: list[Lead],
    text: str,
    sentences: Sequence[tuple[int, int]],
    mains: Sequence[PeriodFinding | None],
) -> list[Lead]:
    """``leads`` and a ``bullets_after`` lead-in for each sentence with a main period
    (``mains``, one per sentence) that ends its paragraph right before a bulleted list."""
    found: list[Lead] = []
    claimed = {lead[0] for lead in leads}  # lead lines a lead-in rule reads ("In 2025:")
    for (start, end), main in zip(sentences, mains, strict=True):
        if main is None:
            continue
        sentence_end = start + len(text[start:end].rstrip())
        gap = _NEXT_LINE.match(text, sentence_end)
        if gap is None or not BULLET.match(text, gap.end()) or sentence_end in claimed:
            continue
        found.append((sentence_end, list_end(text, sentence_end), main, "bullets_after"))
    return sorted(leads + found, key=lambda lead: lead[0]) if found else leads
