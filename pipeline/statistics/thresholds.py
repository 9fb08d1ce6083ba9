"""Multiples of a threshold: one offender's reading against a limit, not a statistic.

"One driver was more than twice the legal limit", "three times the drink-drive limit",
"four times over the speed limit": the multiple compares one reading with a legal
threshold; nothing is counted and nothing changed, so it is neither a multiplier
("doubled") nor a ratio ("four times more likely"). :data:`LIMIT_MULTIPLE` is set aside
as the exclusion ``limit-multiple`` of :data:`pressfacts.statistics.figures.EXCLUSIONS`.
Not "twice the number of arrests" (no limit), nor "doubled the limit" (a change to a
limit, read as "doubled").
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import NUMBER

LIMIT_WORDS = ("limit", "threshold")
"""The nouns that make a multiple a threshold's: every match holds one."""

LIMIT_MULTIPLE = re.compile(
    rf"\b(?:twice|double|treble|triple|{NUMBER}\s+times)\s+(?:over\s+)?(?:the|a|their|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(LIMIT_WORDS)})s?\b",
    re.I,
)
"""A multiple of a limit: "twice the legal limit", "three times the drink-drive limit",
"four times over the alcohol limit"; not "twice the number of" (no limit word within
three words), nor "doubled" (a change)."""
