"""Area rules for a sentence opened by a pronoun: "Its"/"Their" (the body the sentence
before spoke of) and "They/He/She" going on with a deed (the figure before's area); and
for a sentence whose "there" points back to the place named just before it.

Split from :mod:`pressfacts.statistics.figure_areas`, whose rule table
(:data:`~pressfacts.statistics.figure_areas.FIGURE_AREA_RULES`) names these as
``possessive-opening``, ``pronoun-went-on``, ``victims-went-on``, ``that-compares-back`` and
``there-points-back``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressfacts.lexicon.stops import previous_sentence_start
from pressfacts.statistics.back_reference_openings import VICTIMS_WENT_ON, WENT_ON_PASTS
from pressfacts.statistics.named_before import named_just_before

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

POSSESSIVE_OPENING = re.compile(
    r"\W{0,3}(?:(?:Its|Their)|[A-Z][^,.;:\d]{0,40},\s+(?:its|their))\s+[A-Za-z]"
)
"""A sentence whose subject is owned by a pronoun ("Its Complex Casework Unit dealt with
…", "Their helpline took …", after an opening phrase: "So far this year, its crews have
been …"): the owner is what the sentence before spoke of."""


QUOTE_MARKS = ("”", '"')
"""Closing quote marks: a paragraph holding one is speech (:func:`_after_quote`)."""


def _after_quote(text: str, start: int) -> bool:
    """The paragraph before the sentence at ``start`` (or, mid-paragraph, its own words
    before it) holds a quote: "“Teach children early,” said Jo Pell, the charity's head
    of education." then "Its Be Kind programme …": the owner of "its" is the speaker's
    organisation, not a place named before the quote."""
    before = text[max(0, start - 400) : start].rstrip()
    paragraph = before[before.rfind("\n") + 1 :]
    return any(mark in paragraph for mark in QUOTE_MARKS)


ISSUER_NOUNS = (
    "charity",
    "force",
    "council",
    "trust",
    "society",
    "service",
    "organisation",
    "partnership",
    "commissioner",
    "constabulary",
    "agency",
    "authority",
    "board",
)
"""Nouns a release calls its own body by ("The charity", "The force", "The council")."""
ISSUER_SUBJECT = re.compile(
    r"\W{0,3}The\s+(?:" + "|".join(ISSUER_NOUNS) + r")\b(?![’']s\b)[^.!?\d]*[.!?]\s*$"
)
"""A sentence with no figure whose subject is the release's own body ("The charity warned
that the summer is its busiest time."): what an "Its" opening the next sentence owns."""


def issuer_owns(text: str, start: int, last_area: str | None) -> bool:
    """The sentence right before ``start`` is :data:`ISSUER_SUBJECT` and names no place
    (``last_area``): "… London with 7,215. The charity warned … Between June and August
    last year, its emergency line took 142,508 calls" is the charity's, not London's
    (rule ``possessive_issuer_owner``)."""
    before = text[previous_sentence_start(text, start, 300) : start]
    if not ISSUER_SUBJECT.match(before):
        return False
    first = last_area.split()[0] if last_area and last_area.split() else None
    return first is None or first not in before


def possessive_opening(context: FigureContext) -> str | None:
    """ "The trust covers Devon and Cornwall … 72%. Its outreach team reached 1,400 …": a
    figure of a sentence opened by "Its"/"Their" is of the body the sentence before spoke
    of, so it takes the place named last ("Belfast accounted for 46% of them. Its rate of
    14.2 …": Belfast's, not the area of the count before the share), else the area of the
    figure before (not the document's); a sentence before that named a place and no figure
    leads in first ("The charity works across Wales. Its helpline took 3,000 calls.").
    After a quote (:func:`_after_quote`), or after a sentence about the release's own body
    (:func:`issuer_owns`), it gives none: the document's area follows."""
    start = context.sentence[0]
    if POSSESSIVE_OPENING.match(context.text, start) is None:
        return None
    if _after_quote(context.text, start):
        return None
    if issuer_owns(context.text, start, context.last_area):
        return None  # rule ``possessive_issuer_owner``: the document's area follows
    if context.last_area and not named_just_before(context.text, start, context.last_area):
        return context.previous_area  # possessive_far_place: a place of an earlier paragraph
    return context.last_area or context.previous_area


PRONOUN_WENT_ON = re.compile(
    r"\W{0,3}(?:They|He|She)\s+(?:(?:then|also|later)\s+)?"
    r"(?!said|told|added|warned|urged|appealed|called|thanked|praised|need|used)"
    rf"(?:[a-z]+ed|{'|'.join(WENT_ON_PASTS)})\b(?!\s+(?:that|how)\b)"
)
"""A sentence opened by the people the sentence before spoke of, going on with what they
did then ("… arrested 14 people in raids in Wirral and Liverpool. They seized 6kg of
cocaine"): not "They said …" (speech), "They estimated that …" (a finding)."""


def pronoun_went_on(context: FigureContext) -> str | None:
    """A figure of a sentence opened by :data:`PRONOUN_WENT_ON` is of the deed the sentence
    before told: it takes the area of the figure before (not the document's)."""
    if PRONOUN_WENT_ON.match(context.text, context.sentence[0]) is None:
        return None
    return context.previous_area


def victims_went_on(context: FigureContext) -> str | None:
    """Rule ``victims-went-on``: a figure of a sentence opened by the victims of the crimes
    just counted, in the past (:data:`.back_reference_openings.VICTIMS_WENT_ON`: "… 3,812
    reports from England and Wales. Victims lost a total of £31.6 million") is of those
    crimes: it takes the area of the figure before (not the document's), as it takes that
    figure's span; not "Victims of fraud in Hull lost …" (a whole of its own, not matched)."""
    if VICTIMS_WENT_ON.match(context.text, context.sentence[0]) is None:
        return None
    return context.previous_area


THAT_COMPARES_BACK = re.compile(
    r"\W{0,3}(?:That|This)(?:\s+(?:figure|number|total|rise|fall))?(?:\s+(?:is|was)|[’']s)\s+"
    r"(?:(?:nearly|almost|more\s+than|over|around|about|roughly|close\s+to|just\s+(?:over|"
    r"under))\s+)?(?:double|treble|triple|twice|half|(?:two|three|four|five|\d+(?:\.\d+)?)\s+"
    r"times|an?\s+(?:rise|fall|drop|jump|increase|decrease|reduction)\b|up\b|down\b|"
    r"[\d,.]+%?\s+(?:more|fewer|less|higher|lower)\s+than)"
)
"""A sentence opened by "That is"/"This was" comparing the figure just stated with another
("… 6,732 reports in England and Wales. That is nearly double the 3,540 reports recorded
in 2023", "This was 40 more than last year"): not "That is why 40 officers …", "This is
the first time …" (no comparison)."""


def that_compares_back(context: FigureContext) -> str | None:
    """Rule ``that-compares-back``: every figure of a sentence opened by
    :data:`THAT_COMPARES_BACK` (the yardstick too, "the 3,540 reports") is of the place
    of the figure it compares: the area of the figure before (not the document's)."""
    if THAT_COMPARES_BACK.match(context.text, context.sentence[0]) is None:
        return None
    return context.previous_area


THERE_POINTS_BACK = re.compile(
    r"(?:^\W{0,3}There,|\b(?:staff|officers|people|shops|stores|residents|workers|schools|"
    r"businesses|police|volunteers|families|pupils|patients|drivers|crime|thefts|arrests|"
    r"assaults|incidents|reports)\s+there)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|"
    r"could|can|may|might|must|should|seems?|appears?)\b)",
    re.I,
)
"""A "there" pointing back to a place, before the figure in its sentence: "Staff there wore
cameras for six months and assaults fell by a third", "There, 40 shops took part" (not "There
were 40 shops": existential; not "said there had been 12": no noun before it)."""


def there_points_back(context: FigureContext) -> str | None:
    """Rule ``there-points-back``: a figure whose sentence, before it, has a "there" that points
    back (:data:`THERE_POINTS_BACK`) takes the place named last, when the sentence right before
    names it ("… in Weston-super-Mare," she added. "Staff there wore …": a place inside quoted
    words too, which leads no place in to later figures); else None."""
    start = context.sentence[0]
    if context.last_area is None or not THERE_POINTS_BACK.search(context.text, start, context.at):
        return None
    return context.last_area if named_just_before(context.text, start, context.last_area) else None
