"""A part told right after its count as "of whom", "of them", "of these" ("dealt with 11
shoplifters, seven of whom were under 18") takes the area of the whole it is part of in
its own sentence, before the place a sentence's opening names for its first clause.

Why: "In Leeds, 19 people were charged, while officers in Bradford dealt with 11
shoplifters, seven of whom were under 18": the seven are Bradford's shoplifters; the
sentence's opening place is the 19's. The part names no place of its own (its own clause's
place is read first, by the ``clause-place`` rule), so it is where its whole was counted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressfacts.lexicon.number_words import WORD_NUMBER

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

__all__ = [
    "PART_OF_WHOLE_AFTER",
    "PART_OPENING_CLAUSE",
    "PART_OPENING_SENTENCE",
    "in_part_opening",
    "part_of_sentence_whole",
]

PART_OF_WHOLE_AFTER = re.compile(
    rf"(?:[a-z]+\s+){{0,2}}?(?:\d[\d,.]*|{WORD_NUMBER})\s+of\s+(?:whom|them|these|those|which)\b",
    re.I,
)
"""A count right before "of whom", "of them", "of these", "of those", "of which" (after a
qualifier or two: "more than seven of whom")."""
_COUNT = re.compile(rf"\d|\b{WORD_NUMBER}\b", re.I)
"""A count, in digits or words."""


def part_of_sentence_whole(context: FigureContext) -> str | None:
    """The area of the whole (the figure it points back to) of a figure that is a part
    told with "of whom"/"of them" right after it (:data:`PART_OF_WHOLE_AFTER`, rule
    ``part-of-sentence-whole``), when its whole was counted earlier in its sentence; else
    None."""
    if not context.anaphoric or context.previous_area is None:
        return None
    if not PART_OF_WHOLE_AFTER.match(context.text, context.at):
        return None
    found = _COUNT.search(context.text, context.sentence[0], context.at)
    return context.previous_area if found else None


_PART_WORDS = (
    r"\W{0,3}(?:most|many|some|half|the\s+(?:majority|bulk))\s+of\s+(?:the|these|those|them)\b"
)
PART_OPENING_SENTENCE = re.compile(_PART_WORDS, re.I)
"""Rule ``part-opening-no-lead-in`` (read by the statistics reader): a sentence with no
figure that opens on a part of what was counted before ("Most of the reports came from the
Barbican and Union Street."): its places locate that part and lead in to no figure after
it, as "The rest were in Hull." does not. Not "In Hull, officers …", nor "Most reports came
from Hull." (no "of the")."""
PART_OPENING_CLAUSE = re.compile(_PART_WORDS + r"[^,;]*?(?=,\s+(?:and|but|while)\s)", re.I)
"""Rule ``part-opening-clause``: a sentence's first clause on a part of what was counted
before, up to ", and" ("Most of the reports came from the Barbican and Union Street, and
around two thirds were made by women …"): its places locate that part, not a figure of the
clauses after it. Not ", where 40 …" (the same place told on), nor a figure inside it."""


def in_part_opening(text: str, s_start: int, at: int, place_at: int) -> bool:
    """Whether ``place_at`` lies in the part-opening first clause (rule
    ``part-opening-clause``: :data:`PART_OPENING_CLAUSE`) of the sentence starting at
    ``s_start``, which ends before the figure at ``at``."""
    opening = PART_OPENING_CLAUSE.match(text, s_start, at)
    return opening is not None and s_start <= place_at < opening.end()


REMIT_CLAUSE = re.compile(
    r",\s+(?:which|who)\s+(?:now\s+|also\s+|already\s+)?(?:provides?|runs?|delivers?|offers?|"
    r"operates?|covers?|serves?|supports?|manages?)\s[^,.;:!?\"“”]*$",
    re.I,
)
"""Rule ``remit-clause-no-lead-in`` (read by the statistics reader): a sentence with no figure
whose first place lies in a relative clause telling what a body does where ("… a meeting with
the charity Next Link, which provides IDVA services in Bristol, South Gloucestershire and North
Somerset."): the places are the body's remit, not what the figures after it count, and lead
in to none. Not "The charity works across Wales." (no relative clause: its own lead-in), nor
"…, where 40 …" (a place told on)."""


def in_remit_clause(text: str, s_start: int, place_at: int) -> bool:
    """Whether ``place_at`` lies in a remit clause (:data:`REMIT_CLAUSE`) of the sentence
    starting at ``s_start``."""
    return REMIT_CLAUSE.search(text, s_start, place_at) is not None
