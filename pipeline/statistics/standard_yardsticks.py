"""A figure held up to a standard or target: the standard's words are a yardstick.

Rule ``standard-yardstick`` (:data:`STANDARD_YARDSTICK`, a break of
:data:`pressfacts.statistics.clause_breaks.YARDSTICK_BREAK`): ", below the 90% standard for
forces in England and Wales", ", short of its 95 per cent target", ", above the national
benchmark of 80%" holds the figure before it up to a benchmark; a place named in the
benchmark's words is the benchmark's, not the figure's ("79% in July, below the 90%
standard for forces in England and Wales": England and Wales is the 90%'s). Not ", below
the bridge in Truro" (no standard's noun), ", under the scheme in Kent" (no figure or
standard), ", above 20 in Leeds" (no noun of standard).
"""

from __future__ import annotations

STANDARD_NOUNS = ("standard", "target", "benchmark")
"""Nouns of a benchmark a figure is held up to."""

STANDARD_YARDSTICK = (
    r",\s+(?:(?:still|well|just|slightly|far)\s+)?(?:below|above|under|over|short\s+of|"
    r"beyond|exceeding|against|missing|meeting|beating)\s+"
    r"(?=(?:the|its|their|a)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:£?\d[\d,.]*\s*(?:%|per\s+cent)?\s+(?:[a-z]+\s+)?)?"
    r"(?:" + "|".join(STANDARD_NOUNS) + r")\b)"
)
"""The break before a benchmark's words: a word of ranking (", below", ", short of") then
an article, up to two words, an optional figure and a noun of :data:`STANDARD_NOUNS`."""
