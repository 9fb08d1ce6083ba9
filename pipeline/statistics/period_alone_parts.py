"""A span singled out with "alone" is a part: the sentences after it speak of the whole again.

"Investigators froze 87 accounts over the past six months. … A further 56 were frozen in
January and February alone. Essex had the most frozen accounts, 29, …": "alone" marks
January and February as a part of the six months stated before, so a later sentence that
takes its period from the sentences before it (a back-reference, or a sentence stating
none) takes the whole's span: the nearest main period before the part that holds it
(:data:`PART_MARKERS`). The part's own sentence keeps its span ("In May alone we seized
£310,000" is May's); with no whole stated before, the part's span stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

PART_MARKERS: dict[str, re.Pattern[str]] = {
    # "in January and February alone", "last month alone"
    "alone_after_span": re.compile(r"\s+alone\b", re.I),
}
"""Words right after a period phrase that single its span out of a whole stated before."""


def whole_of_part(
    text: str, main: PeriodFinding | None, mains_before: Sequence[PeriodFinding | None]
) -> PeriodFinding | None:
    """``main``, or when it is a part singled out (:data:`PART_MARKERS`) the nearest main
    period stated before it whose span holds it and is longer."""
    if main is None or not any(p.match(text, main.end_char) for p in PART_MARKERS.values()):
        return main
    for whole in reversed(mains_before):
        if (
            whole is not None
            and whole.start_char < main.start_char
            and whole.start <= main.start
            and main.end <= whole.end
            and (whole.start, whole.end) != (main.start, main.end)
        ):
            return whole
    return main
