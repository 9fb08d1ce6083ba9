"""Clubs listed beside a club.

"fixtures involving Leeds United, Bradford City and Harrogate Town": a club rule of
``organisation_patterns.jsonl`` finds "Leeds United"; the other items of the same list
(joined by commas and "and"), of two or three capitalised words whose last is a word clubs
end on (:data:`CLUB_LIST_ENDINGS`: "City", "Forest", "Villa"), are clubs too, with no
football word after each: rule ``football-club-listed``. An item that is a listed place
("West Bromwich") or ends on a body's word ("Cleveland Police") is no club, and a list
that holds no club ("Exeter City and Truro City councils") adds none.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from pressfacts.entities.fixture_sides import CLUB_RULES, SECOND_SIDE_RULE
from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.taken_spans import TakenSpans
from pressfacts.models.ids import entity_id

__all__ = ["CLUB_LIST_ENDINGS", "LISTED_CLUB_RULE", "with_listed_clubs"]

LISTED_CLUB_RULE = "football-club-listed"
"""The rule name of a club found as an item of a list beside a club."""

CLUB_LIST_ENDINGS: frozenset[str] = frozenset(
    {
        "Albion", "Alexandra", "Athletic", "City", "County", "Forest", "Orient", "Palace",
        "Rangers", "Rovers", "Town", "United", "Vale", "Villa", "Wanderers", "Wednesday",
    }
)  # fmt: skip
"""Last words of club names that are no body's head word (a "Villa", a "Forest")."""

_ITEM = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
_AFTER = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(" + _ITEM + r")(?![\w’'-]|\s+[A-Z])")
"""An item right after a list item: a comma or "and", two or three capitalised words."""
_BEFORE = re.compile(r"(?<![\w’'-])(" + _ITEM + r")(?:,\s+(?:and\s+)?|\s+and\s+)$")
"""An item right before a list item."""
_REACH = 60
"""How far back an item before is looked for, in characters."""


def _club_item(name: str, places: Collection[str]) -> bool:
    return name.split()[-1] in CLUB_LIST_ENDINGS and name.lower() not in places


def with_listed_clubs(
    text: str, mentions: Sequence[OrganisationMention], places: Collection[str]
) -> list[OrganisationMention]:
    """``mentions`` and the club items of each list that holds a club."""
    taken = TakenSpans((mention.start, mention.end) for mention in mentions)
    added: list[OrganisationMention] = []
    clubs = [m for m in mentions if m.rule in CLUB_RULES or m.rule == SECOND_SIDE_RULE]
    for club in clubs:
        end = club.end
        while (item := _AFTER.match(text, end)) is not None:  # the items after it
            end = item.end(1)
            _add(item.start(1), item.end(1), item.group(1), places, taken, added)
        start = club.start
        while (item := _BEFORE.search(text, max(0, start - _REACH), start)) is not None:
            start = item.start(1)  # the items before it
            _add(item.start(1), item.end(1), item.group(1), places, taken, added)
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda mention: (mention.start, mention.end))


def _add(
    start: int,
    end: int,
    name: str,
    places: Collection[str],
    taken: TakenSpans,
    added: list[OrganisationMention],
) -> None:
    if not _club_item(name, places) or taken.overlaps(start, end):
        return
    taken.add(start, end)
    added.append(
        OrganisationMention(start, end, entity_id("ORG", name), "ORG", name, rule=LISTED_CLUB_RULE)
    )
