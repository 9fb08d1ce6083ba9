"""Districts the gazetteer does not list, named as districts: the area is their name.

Named rules (:data:`DISTRICT_RULES`), each a pattern whose ``place`` group is the area:

- ``named_district``: "across Ashford borough", "in Eden district" -> Ashford, Eden. Not
  "across the Echo district" (a newspaper's patch, with "the").
- ``command_unit``: a police force's Basic Command Unit named for its part of the force
  area ("officers in the Met's Central West Basic Command Unit", "across the North East
  BCU", "the South Area BCU") -> "Central West", "North East", "South Area": the BCU's
  territory, as "the Tayside division" is a division's. Not "the BCU" alone (no name),
  nor a unit named for no place ("the Safer Neighbourhoods team").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class DistrictRule:
    """A named way a text names a district: ``pattern``'s ``place`` group is the area;
    ``needs``: words one of which the text must hold for the pattern to be tried."""

    name: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...]


DISTRICT_RULES: tuple[DistrictRule, ...] = (
    DistrictRule(
        "named_district",
        re.compile(
            r"\b(?:in|across|throughout)\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+"
            r"(?:borough|district|parish|ward)\b"
        ),
        ("borough", "district", "parish", "ward"),
    ),
    DistrictRule(
        "command_unit",
        re.compile(
            r"\b(?P<place>(?:North|South|East|West|Central)(?:[ -](?:North|South|East|West|"
            r"Central|Area))?)\s+(?:Basic\s+Command\s+Unit|BCU)\b"
        ),
        ("BCU", "Basic Command Unit"),
    ),
)
"""The ways of :mod:`pressfacts.statistics.areas` to read a district the gazetteer lacks."""


THE_UNIT = re.compile(
    r"\b(?:across|in|throughout|within)\s+the\s+(?P<unit>BCU|Basic\s+Command\s+Unit)\b",
    re.I,
)
"""A Basic Command Unit named again by "the BCU" ("Across the BCU, officers recovered …"):
the unit named before it."""


def named_districts(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every district a rule of :data:`DISTRICT_RULES` finds in
    ``text`` (a rule is tried only on a text that holds one of its needs), and of "the BCU"
    after a Basic Command Unit named before it (:data:`THE_UNIT`: the unit's name)."""
    units: list[tuple[int, str]] = []
    for rule in DISTRICT_RULES:
        if any(word in text for word in rule.needs):
            for match in rule.pattern.finditer(text):
                start, end = match.span("place")
                if rule.name == "command_unit":
                    units.append((start, match.group("place")))
                yield start, end, match.group("place")
    for match in THE_UNIT.finditer(text) if units else ():
        before = [name for start, name in units if start < match.start()]
        if before:
            yield match.start("unit"), match.end("unit"), before[-1]
