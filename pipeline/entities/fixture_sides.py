"""The second side of a fixture whose first side is a club.

"the Tyne-Wear derby between Newcastle United and Sunderland": the first side is found by a
club rule of ``organisation_patterns.jsonl``; the words after its "and" (or "v") name the
other club, even when they are a town's name alone ("Sunderland") or a club no rule knows
("Ipswich Town"): rule ``football-club-second-side``. Only after a fixture word and
"between", and only when the first side is a club: "the match between Leeds and Bradford"
(two towns) names no club.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.taken_spans import TakenSpans
from pressfacts.models.ids import entity_id

__all__ = ["CLUB_RULES", "SECOND_SIDE_RULE", "with_second_sides"]

SECOND_SIDE_RULE = "football-club-second-side"
"""The rule name of a club found as a fixture's second side."""

CLUB_RULES: frozenset[str] = frozenset(
    {
        "football-club",
        "football-club-named",
        "football-club-city-town",
        "football-club-fixture",
        "football-club-cup-tie",
        "football-club-opponent",
    }
)
"""Pattern rules whose mention is a club: a fixture's first side found by one of them."""

_FIXTURE_BEFORE = re.compile(
    r"\b(?:derby|match|matches|game|games|fixture|fixtures|clash|tie|final|meeting)\s+"
    r"between\s+$",
    re.I,
)
"""A fixture word and "between" right before the first side."""

_SECOND_SIDE = re.compile(
    r"\s+(?:and|v|vs\.?)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?![\w’'-]|\s+[A-Z])"
)
"""Right after the first side: "and" (or "v") and one to three capitalised words."""

_NOT_CLUB_HEADS = frozenset({"Police", "Constabulary", "Council", "Fire", "Service"})
"""Last words that make the second side a body of another kind ("and Cleveland Police")."""


def with_second_sides(
    text: str, mentions: Sequence[OrganisationMention]
) -> list[OrganisationMention]:
    """``mentions`` and the second side of each fixture whose first side is a club."""
    taken = TakenSpans((mention.start, mention.end) for mention in mentions)
    added: list[OrganisationMention] = []
    for mention in mentions:
        if mention.rule not in CLUB_RULES:
            continue
        if not _FIXTURE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            continue
        side = _SECOND_SIDE.match(text, mention.end)
        if side is None or side.group(1).split()[-1] in _NOT_CLUB_HEADS:
            continue
        start, end = side.span(1)
        if taken.overlaps(start, end):
            continue
        taken.add(start, end)
        name = side.group(1)
        added.append(
            OrganisationMention(
                start, end, entity_id("ORG", name), "ORG", name, rule=SECOND_SIDE_RULE
            )
        )
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda mention: (mention.start, mention.end))
