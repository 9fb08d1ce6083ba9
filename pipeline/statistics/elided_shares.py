"""Counts that leave their noun unsaid because they are restated at once as a share.

"Inspectors reviewed 150 files and found that 131, or 87%, met the guidance": the 131
counts files, the count before it in its sentence, of which it is the 87%. A named rule of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by its job.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ANYTHING, ElidedRule

RESTATED_SHARE_AFTER = re.compile(
    r",\s+or\s+(?:(?:around|about|some|nearly|almost|just\s+(?:over|under)|over)\s+)?"
    r"\d[\d.]*\s*(?:%|per\s*cent\b)(?!\s+of\b)",
    re.I,
)
"""Rule ``restated_as_share``: ", or 87%" right after a bare count, the count restated as
its share of the count before it in its sentence ("found that 131, or 87%, met …"); not
", or 87% of drivers" (a share of a whole of its own)."""

SHARE_RULES: tuple[ElidedRule, ...] = (
    # "reviewed 150 files and found that 131, or 87%, met the guidance", "checked 240 cars
    # and 36, or 15 per cent, were unsafe": the count restated as its share of the count
    # before, so a part of what that counted; not "131 files, or 87%" (a noun of its own),
    # "131, or 87 cars" (no share), "131, or 87% of drivers" (the share's own whole)
    ElidedRule("restated_as_share", ANYTHING, RESTATED_SHARE_AFTER),
)
"""The elided-count rules of this module."""
