"""Districts and units named again after a text has named them: "the BCU" after a Basic
Command Unit (:data:`THE_UNIT`), "the division" after a force's division (rule
``division_named_again``), and a ward or district read by ``named_district`` named again
without its word (rule ``district_named_again``). :func:`.district_names.named_districts`
yields what these find with the districts themselves."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol


class Named(Protocol):
    """A place found in a text (``areas.Place``): where it stands and the area it names."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def area(self) -> str: ...


THE_UNIT = re.compile(
    r"\b(?:across|in|throughout|within)\s+the\s+(?P<unit>BCU|Basic\s+Command\s+Unit)\b",
    re.I,
)
"""A Basic Command Unit named again by "the BCU" ("Across the BCU, officers recovered …"):
the unit named before it."""


DIVISION_NAMED = re.compile(r"\s+[Dd]ivision\b(?!\s+(?-i:[A-Z]))")
"""After a place: a force's division of that name ("Police Scotland's Tayside Division", "the
Highlands and Islands division"); not "the Fife Division Cup" (a longer name)."""
COMMANDER_FOR = re.compile(r"\bdivisional\s+commander\s+(?:for|of)\s+(?:the\s+)?$", re.I)
"""Before a place: the commander of its division ("divisional commander for Tayside")."""
THE_DIVISION = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin)\s+the\s+|(?:^|(?<=[.!?,]\s)|(?<=\n))"
    r"[Tt]he\s+(?=division\s+(?:had|has|have|dealt|recorded|received|made|saw|logged|"
    r"handled|took|issued|seized|arrested|responded)\b))(?P<unit>division)\b(?![\w'’-])"
)
"""A force's division named again by "the division" (rule ``division_named_again``): "in
the division", "across the division", or "the division" as the subject of a verb of
recording ("the division dealt with 96 calls"); lower case only, not "the division's
roads policing unit" (a possessive) nor "the Tayside division" (named: the place's own)."""


def division_named_again(text: str, known: Sequence[Named]) -> Iterator[tuple[int, int, str]]:
    """Rule ``division_named_again``: "the division" (:data:`THE_DIVISION`) in a text that
    names one division of a force by a known place ("Police Scotland's Tayside Division",
    "divisional commander for Highlands and Islands", before or after it) is that
    division's area; a text naming two divisions, or none, gives nothing."""
    names = {
        k.area
        for k in known
        if DIVISION_NAMED.match(text, k.end)
        or COMMANDER_FOR.search(text, max(0, k.start - 40), k.start)
    }
    if len(names) != 1:
        return
    (name,) = names
    for match in THE_DIVISION.finditer(text):
        yield match.start("unit"), match.end("unit"), name


AGAIN_BEFORE = re.compile(r"\b(?:in|across|throughout|around)\s+$")
"""Before a district named again without its word: "in", "across", "throughout" or
"around" ("… in Fishwick and Frenchwood this year")."""


def district_named_again(text: str, districts: dict[str, int]) -> Iterator[tuple[int, int, str]]:
    """Rule ``district_named_again``: a district ``named_district`` read with its word
    ("in the Fishwick and Frenchwood ward") named again later without it, after a word of
    :data:`AGAIN_BEFORE` ("put £60,000 towards CCTV in Fishwick and Frenchwood") is that
    district; not a longer name ("in Fishwick and Frenchwood Park": a word goes on), nor
    a mention before the naming."""
    for name, named_end in districts.items():
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-]|\s+[A-Z])", text):
            start = match.start()
            if start >= named_end and AGAIN_BEFORE.search(text, max(0, start - 12), start):
                yield start, match.end(), name
