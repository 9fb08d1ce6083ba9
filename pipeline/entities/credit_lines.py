"""What opens a byline or a picture credit before a name ("By Tom Reed", "Picture: Sam
Lee"): the rules ``byline`` and ``byline_line`` of
:mod:`pressfacts.entities.person_rules` read a name after one as a person's."""

from __future__ import annotations

import re
from collections.abc import Callable

from pressfacts.entities.alternation import letter_led

__all__ = ["CREDIT", "CREDITS", "FILLER", "byline_outlet_end"]

CREDITS = (
    r"By", r"Report\s+by", r"Reporting\s+by", r"Words\s+by", r"Picture:", r"Pictures:",
    r"Photo:", r"Photograph:", r"Image:", r"Credit:", r"Contact:",
    r"Press[ \t]+(?:contact|enquiries)[ \t]*:", r"Media[ \t]+(?:contact|enquiries)[ \t]*:",
)  # fmt: skip
"""What opens a byline or credit, each beginning with a capital letter."""
FILLER = "And|Or|The|Of|For|To|In|On|At|With|Our|Your"  # no name word: "By Train Or Ferry"
CREDIT = letter_led(CREDITS, r"[\w’']")
"""A credit not glued to a word before it: opening with its letter, so that a scan
passes over the places no credit begins at in C."""


BYLINE_OUTLET = re.compile(r"(?P<outlet>(?:[A-Z][\w’'&-]*[ \t]+){2,4})(?=[a-z])")
"""Rule ``byline_outlet_before_title``: in a byline, two to four capitalised words before a
title written in lower case, the first of them a place, name the outlet the reporter
writes for ("By Jo Hart, Liverpool Echo crime reporter", "By Sam Leigh, Manchester Evening
News chief reporter"): the title starts after them ("Crime Reporter", not "Echo Crime
Reporter"). Not "By Jo Hart, Senior Crime Reporter" (no lower-case title after), nor "By
Jo Hart, Home Affairs correspondent" (no place first: a portfolio)."""


def byline_outlet_end(after: re.Match[str], is_place: Callable[[str], bool]) -> int:
    """Where the title of a byline's appositive (the group ``appos`` of ``after``) begins:
    after an outlet's name of :data:`BYLINE_OUTLET` opening it, else where it starts. The
    outlet and the lower-case title after it lie within the appositive: in "By Jo Hart,
    Yorkshire Political Correspondent and Sam Lee" the "and" is past its end."""
    start = after.start("appos")
    match = BYLINE_OUTLET.match(after.string, start, after.end("appos"))
    if match is None:
        return start
    words = match.group("outlet").split()
    if not any(is_place(" ".join(words[:size])) for size in range(1, len(words))):
        return start
    return match.end("outlet")
