"""Counts that give the part one kind of thing took of the count before, their noun left
out.

"The unit logged 1,210 reports in 2025. Raptor persecution accounted for 268, and badger
persecution for 197.": the 268 and the 197 are reports. The first opens its sentence on a
kind of thing (a short noun phrase, no name) and "accounted for" or "made up"
(:func:`opens_category_part`, rule ``category_accounted_for``, read by
:func:`pressfacts.statistics.elided_subjects.elided_subject`); the second gaps the verb
after "and" and another kind (:data:`CATEGORY_RULES`, rule ``gapped_category_for``, one
of the elided-count rules). A named subject's part ("Leeds accounted for 312") is
:mod:`pressfacts.statistics.named_levels`'s.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ElidedRule
from pressfacts.statistics.named_levels import QUALIFIER

__all__ = ["CATEGORY_RULES", "opens_category_part"]

_PART_VERB = r"(?:accounted\s+for|made\s+up)"
"""The verbs that give a part of a whole counted before."""
_KIND_PART = (
    r"(?!(?:The|This|That|These|Those|It|They|We|There|Officers|Police)\b)"
    r"[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}(?:\s+alone)?\s+" + _PART_VERB + r"\s+" + QUALIFIER
)
"""A kind of thing opening a sentence and its part, up to the count."""
_CATEGORY_OPENING = re.compile(r"\s*" + _KIND_PART)
"""A sentence opening on a kind of thing and its share, up to the count: "Raptor
persecution accounted for ", "Dog thefts made up ", "Online shopping fraud alone accounted
for "; not "Leeds City Council accounted for " (a name: the named rules'), "It accounted
for ", "Officers made up "."""
_PART_END = re.compile(
    r"\s*(?:[.;:)]|$)|,?\s+and\s+(?:[a-z][a-z-]+\s+){1,3}(?:for\s+)?\d|"
    r",\s+(?:up|down|more|fewer|compared|against|the\s+(?:most|highest|largest))\b"
)
"""What may follow such a count: its sentence's end, another kind's gapped count (", and
badger persecution for 197"), or a comparison (", up from 201", ", the most of any
kind")."""


def opens_category_part(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` (its sentence's words) opens its
    sentence as the part one kind of thing took of the count in the sentence before:
    "Raptor persecution accounted for 268." Not "Raptor persecution accounted for 268
    reports" (a noun of its own, read first), "Leeds City Council accounted for 268" (a
    name), "Raptor persecution accounted for 268 in May" (the clause goes on)."""
    return _CATEGORY_OPENING.fullmatch(before) is not None and bool(_PART_END.match(after))


CATEGORY_RULES: tuple[ElidedRule, ...] = (
    # "Raptor persecution accounted for 268, and badger persecution for 197", "Burglary made
    # up 40 and vehicle crime 31": another kind's part, the verb gapped after "and", in a
    # sentence that opened on the first kind's part; not "and badger persecution for 197
    # reports" (a noun of its own), "and the Victoria line for 61" (a name: gapped_verb's),
    # "Police recorded 900, while Hull accounted for 120 and officers for 7" (no kind's
    # part opens the sentence)
    ElidedRule(
        "gapped_category_for",
        re.compile(
            r"(?:^|[.;:]\s+)" + _KIND_PART + r"[\d,.]+,?\s+and\s+"
            r"[a-z][a-z-]+"
            r"(?:\s+[a-z][a-z-]+){0,2}(?:\s+for)?\s+" + QUALIFIER + r"$"
        ),
        re.compile(r"\s*(?:[.;:)]|,\s|$)"),
        whole_clause=True,  # the kind's part before reaches past the 40 characters read
    ),
)
"""The elided-count rules of a kind's gapped part, tried among the others."""
