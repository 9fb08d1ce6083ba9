"""Tails of a title phrase that name a place or describe an organisation, not the role.

Two shapes the cleaning steps of :mod:`pressfacts.entities.titles` need help with:

- a place written as a capitalised run ending in a known place after "for"/"in"/"across":
  "divisional commander for Greater Dunmore" -> the whole run is the place (the place
  list knows "Dunmore", not every "Greater", "North" or "Mid" before it);
- a description of the organisation between the title and its name: "policy officer at
  the road safety charity Lanterns" -> "policy officer" (the charity is named after it).
"""

from __future__ import annotations

import re

__all__ = [
    "DESCRIPTOR_HEADS",
    "PLACE_CONNECTORS",
    "PLACE_MODIFIERS",
    "place_with_run_before",
    "unknown_place_tail",
    "without_tail",
]

PLACE_CONNECTORS = ("for", "in", "across", "covering")
"""Words after which a capitalised run ending in a place is all place ("of" is left out:
"Head of North Division" is a portfolio)."""

_RUN_BEFORE_PLACE = re.compile(
    rf"^(?P<title>.+?\s+(?:{'|'.join(PLACE_CONNECTORS)})(?:\s+the)?)"
    r"\s+(?P<run>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$"
)

PLACE_MODIFIERS = ("North", "South", "East", "West", "Mid", "Central", "Greater", "Inner", "Outer")
"""First words of a place name the place list may not hold ("North Dunmore"): after
"for"/"across"/"covering", a modifier (or two) and one capitalised word are a place."""

_UNKNOWN_PLACE_TAIL = re.compile(
    r"^(?P<title>.+?)\s+(?:in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
    r"|(?:for|across|covering)\s+(?:the\s+)?"
    rf"(?P<modified>(?:(?:{'|'.join(PLACE_MODIFIERS)})\s+){{1,2}}[A-Z][\w-]+))$"
)

DESCRIPTOR_HEADS = frozenset(
    {
        "agency",
        "association",
        "body",
        "campaign",
        "charity",
        "collective",
        "company",
        "firm",
        "foundation",
        "group",
        "network",
        "organisation",
        "organization",
        "partnership",
        "project",
        "provider",
        "service",
        "trust",
    }
)
"""Nouns that end a description of the organisation named next ("the road safety
charity", "the national campaign group")."""

_DESCRIPTOR_TAIL = re.compile(
    r"\s*\b(?:of|for|at|from|with|in)\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,4}"
    r"(?P<head>[a-z]+)\s*$"
)


def place_with_run_before(before: str, place: str) -> tuple[str, str]:
    """The title and place when capitalised words stand between a place connector and
    a known ``place``: ("divisional commander for Greater", "Dunmore") -> ("divisional
    commander for", "Greater Dunmore"); otherwise both unchanged."""
    match = _RUN_BEFORE_PLACE.match(before)
    if match is None:
        return before, place
    return match.group("title"), f"{match.group('run')} {place}"


def unknown_place_tail(text: str) -> tuple[str, str] | None:
    """(title, place) when ``text`` ends with a place the place list need not know:
    "in" and capitalised words ("Head of Investigations in Dunmore"), or a place modifier
    and a capitalised word after "for" ("area commander for North Dunmore")."""
    match = _UNKNOWN_PLACE_TAIL.match(text)
    if match is None:
        return None
    return match.group("title"), match.group("place") or match.group("modified")


def without_tail(piece: str, connector_tail: re.Pattern[str]) -> str:
    """``piece`` (the words before an organisation's name) without what links it to the
    name: a description of the organisation ("at the road safety charity "), else the
    connector alone (``connector_tail``: "at the ")."""
    match = _DESCRIPTOR_TAIL.search(piece)
    if match and match.group("head") in DESCRIPTOR_HEADS:
        return piece[: match.start()]
    return connector_tail.sub("", piece)
