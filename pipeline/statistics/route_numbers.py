"""Bus and tram route numbers, which name a route, not count routes: the patterns of the
exclusions ``route-number-list`` and ``route-number-named``
(:data:`.exclusions.EXCLUSIONS`).

``route-number-list``: numbers listed after "the" before a plural route noun ("the 4, 16
and 49 routes", "the X8 and 36 services", "the 1 and 1A buses"): a list of several
numbers sharing one plural noun names each route; not "runs 49 routes and 16 services"
(no "the" list), "the 12 routes it runs" (one number: a count).

``route-number-named``: one number between a determiner and a singular route noun ("the
36 route", "the 16 service", "a 49 bus", "the X8 tram service"): a count takes a plural;
not "the 12 routes", "16 services", "one route" (a word is no route number).
"""

from __future__ import annotations

import re

_ROUTE = r"(?:[A-Z]{1,2}\d{1,3}[A-Za-z]?|\d{1,3}[A-Z]?)"
"""A route number: "4", "49", "1A", "X8", "N29"."""
_VEHICLE = r"(?:(?:bus|tram|coach|night)\s+)?"
"""The kind of route before its noun ("the 36 bus route", "the 4 tram service")."""

ROUTE_NUMBER_LIST = re.compile(
    rf"\b[Tt]he\s+{_ROUTE}(?:,\s+{_ROUTE})*,?\s+(?:and|or|&)\s+{_ROUTE}\s+{_VEHICLE}"
    r"(?:routes|services|buses|trams)\b"
)
"""The ``route-number-list`` exclusion: "the 4, 16 and 49 routes", "the X8 and 36
services"; not "49 routes and 16 services", "the 12 routes"."""

ROUTE_NUMBER_NAMED = re.compile(
    rf"\b(?:[Tt]he|an?|its|their)\s+{_ROUTE}\s+{_VEHICLE}(?:route|service|bus|tram)\b(?!s)"
)
"""The ``route-number-named`` exclusion: "the 36 route", "the 16 service", "a 49 bus";
not "the 12 routes", "16 services" (no determiner), "one route"."""
