"""A count with no noun after a sentence that names the thing counted with no figure.

"Catalytic converter thefts have fallen sharply. There were 212 in Hertfordshire in 2025":
the 212 counts the thefts the sentence before says have fallen, though that sentence holds
no count to take the noun from (rule ``trend_subject``, tried last by
:func:`~pressfacts.statistics.elided_subjects.elided_subject`). The sentence before must
close on a plural noun phrase opening it or its "that" clause, then "have/has" and a verb
of rising or falling ("Figures show that van thefts have risen."); the count must open
its own sentence as a passive's subject (:func:`~pressfacts.statistics.elided_subjects.
opens_passive`) or with "There were" and a place or time right after it
(:data:`NO_NOUN_AFTER`: "There were 212 in Hertfordshire in 2025"). Not "Officers have
worked hard. There were 212 …" (no rise or fall), nor a noun the rule cannot see as a
plural ("Crime has fallen").
"""

from __future__ import annotations

import re

__all__ = ["NO_NOUN_AFTER", "TREND_SUBJECT", "trend_subject"]

NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.;:,)]|$)|\s+(?:in|at|across|during|over|between|since|last|this)\b"
)
"""What may follow a "There were" count that leaves its noun unsaid: the clause's end, a
place or a time ("There were 212 in Hertfordshire", "There were 40 last year"); not "There
were 212 officers"."""

TREND_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\bthat\s))(?P<noun>(?:[A-Za-z][\w-]*\s+){0,3}[a-z][\w-]*s)\s+"
    r"(?:have|has)\s+(?:also\s+)?(?:fallen|risen|dropped|increased|decreased|gone\s+(?:up|down)|"
    r"soared|plummeted|climbed|doubled|halved)"
    r"(?:\s+(?:sharply|steeply|significantly|slightly|again|further|dramatically))?\s*\.\s*$"
)
"""The sentence before, closing on its trend: "… show that catalytic converter thefts have
fallen sharply.", "Van thefts have risen."."""

_NOT_IN_NOUN = frozenset({"the", "that", "these", "those", "this", "and", "but", "also"})


def trend_subject(text: str, opening: int) -> str | None:
    """The plural noun of the trend closing the sentence before offset ``opening`` of
    ``text`` (:data:`TREND_SUBJECT`), lower-cased; None when there is none."""
    tail = text[max(0, opening - 300) : opening].rstrip()
    cut = max(tail.rfind(". ", 0, len(tail) - 1), tail.rfind("\n"))
    match = TREND_SUBJECT.search(tail[cut + 1 :].strip())
    if match is None:
        return None
    words = match.group("noun").split()
    if any(word.lower() in _NOT_IN_NOUN for word in words):
        return None
    return " ".join(words).lower()
