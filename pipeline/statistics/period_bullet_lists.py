"""A bulleted list right after a dated sentence lists what that sentence's span holds.

"Officers seized 40 knives during a week of action, which ran from 10 to 16 November." then
"• 12 knives were found in Corby", "• 150 young people attended school talks": the
bullets state no period and no lead line ("Key figures:") opens them, but they go on the
sentence before: each takes its main period (the lead-in ``bullets_after``, added by
:func:`with_bullet_lists` to :class:`pressfacts.statistics.period_context.DocumentPeriods`).
A bullet with a period of its own keeps it (a figure's own clause comes first).
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
    for (start, end), main in zip(sentences, mains, strict=True):
        if main is None:
            continue
        sentence_end = start + len(text[start:end].rstrip())
        gap = _NEXT_LINE.match(text, sentence_end)
        if gap is None or not BULLET.match(text, gap.end()) or text[sentence_end - 1] == ":":
            continue  # a lead line ending in ":" is the lead-in rules' own
        found.append((sentence_end, list_end(text, sentence_end), main, "bullets_after"))
    return sorted(leads + found, key=lambda lead: lead[0]) if found else leads
