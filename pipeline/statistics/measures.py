"""What a figure measures, as the words of its sentence say it (the record's ``measure``).

A count's measure is the words after it up to the clause's end ("1,747 people from the
North West contacted …" measures "people from the North West contacted …", at most 12
words); a share, multiple or sum measures the "number of X" its sentence names, up to
the verb or the clause's end ("the number of people seeking help rose by 146%": "the
number of people seeking help").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pressfacts.lexicon.units import NOT_COUNTED_UNITS

_PERCENT_TAIL = re.compile(r"\s(?:has|have|had|is|was|were|rose|fell|increased|decreased)\b|[,.;–]")
_COUNT_TAIL = re.compile(r"[,.;:()–—]|\s-\s")
_MEASURE_WORDS = 12


def figure_measure(
    sentence: str, end: int, unit: str, number_of: Callable[[str], re.Match[str] | None]
) -> str | None:
    """The measure of the figure ending at ``end`` of ``sentence``, counted in ``unit``;
    ``number_of`` finds the sentence's "number of X" (None when it names none)."""
    if unit in NOT_COUNTED_UNITS:
        match = number_of(sentence)
        if not match:
            return None
        tail = _PERCENT_TAIL.split(sentence[match.start() :], maxsplit=1)[0]
        return tail.strip() or None
    tail = _COUNT_TAIL.split(sentence[end:], maxsplit=1)[0]
    words = tail.split()[:_MEASURE_WORDS]
    return " ".join(words) if words and words[0] not in ("to", "from", "and") else None
