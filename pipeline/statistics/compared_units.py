"""The unit of a yardstick count with no noun of its own: "compared with 412", "up from
96", "compared with six", "from 11 to four": it counts what the count before it in its
sentence counts. Read by :mod:`pressfacts.statistics.reader` beside the unit rules of
:mod:`pressfacts.statistics.units`."""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER

__all__ = [
    "COMPARED_BEFORE",
    "COMPARED_WORD",
    "FROM_LEVEL_TO",
    "WORD_COMPARED",
    "compared_word_unit",
]

COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:from|with|to|than|against|versus|vs|the|compared\s+(?:with|to)|"
    r"when\s+there\s+(?:were|was|had\s+been))\s*$"
)
"""The words right before a yardstick count in digits, which counts what the count before
it in its sentence counts: "compared with 412", "up from 96", "compared with 2019, when
there were 291" (a period's level given after it)."""
WORD_COMPARED = re.compile(
    r"(?i)\b(?:(?:compared\s+(?:with|to)|than|against|versus|(?:up|down)\s+from)(?:\s+the)?|"
    r"(?:double|twice|treble|triple|times)\s+the)\s+$"
)
"""The words a yardstick in words follows: "compared with six", "up from four", "compared
with the nine", "double the nine", "three times the nine" (``yardstick-the-word``)."""
_NO_NOUN = re.compile(
    r"(?i)\s*(?:[,.;:)]|$|(?:[a-z]+ed\s+|(?:it|they|we)\s+[a-z]+\s+)?(?:in|during|over|for|"
    r"last|the|an?|on|at|since)\b)"
)
"""What follows a count with no noun: a stop, a period's preposition or "since" ("compared with
six since"), after a participle or "it/they/we" and a verb ("the nine reported in 2024", "the
nine it made the year before")."""


_LEVEL_NOUN = r"(?!(?:seconds|minutes|hours|days|weeks|months|years)\b)[a-z]+s"
"""The plural noun a first level may carry ("from six officers to ten"), not a span of time
("fallen from 21 days to nine": a duration, no count)."""
FROM_LEVEL_TO = re.compile(
    r"\bfrom\s+(?:(?:more\s+than|over|around|about|nearly|almost)\s+)?"
    rf"(?:\d[\d,.]*(?:\s+{_LEVEL_NOUN})?|{WORD_NUMBER}\s+{_LEVEL_NOUN})"
    r"(?:\s+(?:in|during)\s+[\w/-]+)?\s+to\s+$",
    re.I,
)
"""Rule ``from_level_to_word``: the second level of a change from one level to another,
in words after a first in digits, or in words with its noun ("the number remanded fell
from 11 to four", "from 12 in 2023 to nine", "grow from six officers to ten"): it counts
what the first level counts; not "rose from four to seven" (a first level in words with
no noun: the count before it may be another thing's), "aged from six to ten", "fallen from
21 days to nine" (a duration)."""


COMPARED_WORD = "compared-count-word"
"""Rule name of a yardstick in words (:func:`compared_word_unit`): it takes its count's area
as ``compared-count`` does ("17 arrests, compared with nine in 2024": the nine are theirs)."""


def compared_word_unit(before: str, after: str, counted_before: str) -> str:
    """The unit of a yardstick in words with no noun of its own ("nine stalking orders,
    compared with six in Q1"; "five arrests, up from two last year"), or of the second
    level of a change "from" a first level "to" it (:data:`FROM_LEVEL_TO`): the count
    before it in its sentence (``counted_before``), as a count in digits takes it; ""
    when it is none."""
    compared = WORD_COMPARED.search(before) or FROM_LEVEL_TO.search(before)
    if counted_before and compared and _NO_NOUN.match(after):
        return counted_before
    return ""
