"""The nouns a count takes from the words before it when it has none of its own: a
share's or a ranking's it glosses in brackets or between dashes (unit rule
``share-gloss``: "two thirds of the reports - 152 - came from …", "the most burglaries
(612)"), a ranking's a body's count is given for after "with" (unit rule
``ranked-with``: "the largest share of thefts, with the Metropolitan Police recording
17,806"), and the plural noun a count of "of whom"/"of which" right after it points back
to (unit rule ``of-whom-noun``: "checks on scrap metal dealers, eleven of whom …").
"""

from __future__ import annotations

import re

from pressfacts.statistics.unit_words import NOT_A_UNIT

SHARE_GLOSS_BEFORE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|tenths?|[\d.]+\s*(?:%|per\s*cent)|one\s+in\s+\w+)\s+"
    r"of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+)?"
    r"(?P<noun>[a-z]+s|people|children|men|women)\s*(?:\(|\s[-–—])\s*$",
    re.I,
)
"""A share of a noun, then an opening bracket or spaced dash right before a count."""
SHARE_ALONE_GLOSS_BEFORE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|tenths?|[\d.]+\s*(?:%|per\s*cent)|one\s+in\s+\w+)"
    r"\s*(?:\(|\s[-–—])\s*$",
    re.I,
)
"""A share that names no whole, then an opening bracket or spaced dash right before a
count ("More than half - 701 - were in Hull"): the count counts the share's whole, the
count of a sentence before (:data:`~.share_wholes.SHARE_GLOSSED_ALONE`)."""
SHARE_GLOSS_AFTER = re.compile(r"\s*(?:\)|[-–—]\s)")
"""The bracket or dash closing the gloss right after the count."""


RANKED_GLOSS_BEFORE = re.compile(
    r"\b(?:most|fewest|(?:highest|largest|lowest|smallest)\s+(?:number|total)\s+of)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s|people|children|men|women)\s*\(\s*$",
    re.I,
)
"""A ranking's measure, then an opening bracket right before its count: "Leeds recorded
the most burglaries (612)", "the highest number of reports (88)"."""
RANKED_ITEM_BEFORE = re.compile(
    r"(?:\bfollowed\s+by|\bthen|,|\band)\s+(?:by\s+)?(?:the\s+)?"
    r"(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|and|of|&)){0,5}\s*\(\s*$",
    re.I,
)
"""A later item of a ranking, a name and its count in brackets: "…, followed by Bradford
(401) and Wakefield (377)": it counts what the count before it counts."""


def glossed_noun(before: str, after: str, counted_before: str) -> str | None:
    """The noun a count in brackets or between dashes glosses: a share's ("Almost two
    thirds of the reports - 152 - came from …", "half of the calls (310)"), a ranking's
    measure ("the most burglaries (612)") or, for a later item of the ranking ("followed
    by Bradford (401)") or a share that names no whole ("More than half - 701 -"),
    ``counted_before`` (the unit of the count before it, or of the share's whole); else
    None."""
    if not SHARE_GLOSS_AFTER.match(after):
        return None
    found = SHARE_GLOSS_BEFORE.search(before) or RANKED_GLOSS_BEFORE.search(before)
    if found:
        return found.group("noun").lower()
    ranked = counted_before and (
        RANKED_ITEM_BEFORE.search(before) or SHARE_ALONE_GLOSS_BEFORE.search(before)
    )
    return counted_before if ranked else None


RANKED_WITH_BEFORE = re.compile(
    r"\b(?:most|fewest|(?:highest|largest|lowest|smallest|biggest)\s+"
    r"(?:number|total|share|proportion|count)\s+of)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+s|people|children|men|women),\s+with\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|and|of|&)){0,5}|police|officers|"
    r"force)\s+"
    r"(?:recording|reporting|logging|receiving|seizing|making|dealing\s+with)\s+$",
    re.I,
)
"""A ranking's measure, then the body whose count of it follows, right before the count
(rule ``ranked-with``): "London accounted for the largest share of thefts, with the
Metropolitan Police recording 17,806", "Leeds had the most burglaries, with West
Yorkshire Police recording 4,210"."""
RANKED_WITH_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|during|over|last|this|between|since|up|down|so)\b)", re.I
)
"""What follows a count with no noun of its own: a stop, a period or a change."""


def ranked_with_noun(before: str, after: str) -> str | None:
    """The measure of a ranking a body's count is given for after "with" (rule
    ``ranked-with``): "the largest share of thefts, with the Metropolitan Police
    recording 17,806" counts thefts; None when the count has a noun of its own or no such
    ranking is right before it."""
    if not RANKED_WITH_AFTER.match(after):
        return None
    found = RANKED_WITH_BEFORE.search(before)
    return found.group("noun").lower() if found else None


OF_WHOM_AFTER = re.compile(r"\s+of\s+(?:whom|which)\b")
"""A count that is a part of what was named just before it: "eleven| of whom …"."""
NOUN_BEFORE_COMMA = re.compile(r"\b(?P<noun>[a-z]{2,}[^siu’'\W]s|people|children|men|women),\s*$")
"""A plural noun (not "-ss", "-us", "-is", nor a possessive) ending the clause before a
count, at its comma: "checks on scrap metal dealers, |eleven of whom"."""


def of_whom_noun(before: str, after: str) -> str | None:
    """The plural noun right before a count of "of whom"/"of which" (rule
    ``of-whom-noun``): "tighter checks on scrap metal dealers, eleven of whom were
    visited" counts dealers; None with no such noun ("in May, 11 of whom")."""
    if not OF_WHOM_AFTER.match(after):
        return None
    found = NOUN_BEFORE_COMMA.search(before)
    noun = found.group("noun") if found else None
    return noun if noun and noun not in NOT_A_UNIT else None
