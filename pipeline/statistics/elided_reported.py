"""Counts that leave their noun unsaid as more of the count before, then name their source.

"The drone team was sent to 387 searches in 2025, and the dog section to a further 264, new
figures show": the 264 counts searches, as does the nine of "… 41 were charged and another
nine, police said". A named rule of :data:`pressfacts.statistics.elided_counts.ELIDED_RULES`
(the elided-count rules, tried in order), kept here by its job; ``further_part`` reads the
same "a further" count closing its sentence or followed by its verb or period, this rule the
count followed by a comma and the clause that says where the figures come from, and
``further_since`` the count followed by "since" and the span it covers, and
``further_participle`` the count followed by a participle and where or when it was done.
When no count stands before it in its sentence, :func:`further_previous_sentence` gives it the
noun of the last count of the sentence before.
"""

from __future__ import annotations

import re

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.elided_lists import ROUGHLY
from pressfacts.statistics.elided_words import ElidedRule

FURTHER_WORDS = r"\b(?:a\s+further|another|an?\s+(?:additional|extra))"
"""The words that add a count to one before it: "a further", "another", "an additional"."""
FURTHER_BEFORE = re.compile(rf"{FURTHER_WORDS}\s+{ROUGHLY}$", re.I)
""""a further", "another", "an additional" (and a qualifier) right before the count."""

SOURCE_CLAUSE_AFTER = re.compile(
    r",\s+(?:(?:new|the|latest|official)\s+)?(?:[a-z]+\s+)?(?:figures|data|statistics)\s+"
    r"(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests)\b|"
    r",\s+(?:police|officers|the\s+(?:force|council|charity|service|trust))\s+"
    r"(?:said|says|added|confirmed)\b",
    re.I,
)
"""A comma, then the clause naming the figures' source: ", new figures show", ", the force
said"; not ", figures for York show" (a place of its own), ", while officers said"."""

SINCE_AFTER = re.compile(r"\s+since\b", re.I)
"""Rule ``further_since``: "since" right after the count, opening the span it covers ("a
further 12 since the order came into force", "another nine since April")."""

PARTICIPLE_AFTER = re.compile(
    r"\s+[a-z]{3,}ed\s+(?:in|at|across|by|during|over|throughout|on|between)\b", re.I
)
"""Rule ``further_participle``: a past participle right after the count, then the
preposition of where, when or by whom it was done ("a further 6,800 completed in Hull", "a
further 90 recorded across Leeds"); not "a further 90 armed officers" (a noun after)."""

REPORTED_RULES: tuple[ElidedRule, ...] = (
    # "…, and the dog section to a further 264, new figures show", "… charged and another
    # nine, police said": more of the count before, the clause of its source after a
    # comma; not "a further 264 searches, figures show" (a noun of its own), "a further
    # 264, 300 and 410" (a list), "a further nine, while officers said" (no source clause)
    ElidedRule("further_reported", FURTHER_BEFORE, SOURCE_CLAUSE_AFTER),
    # "seized 88 bikes in the three months to March, and a further 12 since the order came
    # into force", "another nine since April": more of the count before, its own span
    # opened by "since"; not "a further 12 bikes since" (a noun of its own), "a further 12
    # days" (a duration), "a further 12, since officers …" (a comma: "since" as "because")
    ElidedRule("further_since", FURTHER_BEFORE, SINCE_AFTER),
    # "Leeds accounted for 900 of the hours, with a further 640 completed in Wakefield",
    # "another 35 seized at the port": more of the count before, its participle and
    # where it was done after it; not "a further 35 armed officers" (a noun after the
    # participle), "a further 35 tonnes collected in" (a noun of its own)
    ElidedRule("further_participle", FURTHER_BEFORE, PARTICIPLE_AFTER),
)
"""The elided-count rules of this module."""


def further_previous_sentence(
    before: str, last_count: StatisticFinding | None, sentence: int
) -> str | None:
    """Rule ``further_previous_sentence``: the noun of a "further" count that has no count
    before it in its sentence, from the last count of the sentence right before ("Wardens in
    Ely issued 212 fines in 2023. Those in March handed out a further 96 between them.":
    fines); None when the last count is of an earlier sentence, or no "a further",
    "another", "an additional" stands right before (``before``, its sentence's words)."""
    if last_count is None or last_count.sentence != sentence - 1:
        return None
    return last_count.unit if FURTHER_BEFORE.search(before) else None
