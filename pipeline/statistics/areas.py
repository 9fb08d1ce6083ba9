"""The area a figure is for: the places named around it.

:class:`AreaReader` is built once from the place gazetteer (``places.txt``) and finds
the places a text names outside entity names ("Kent Police" names a force, not a
place). :meth:`AreaReader.area` picks the place of a figure's clause, nearest first;
places joined by "and" are one area ("in Bristol and Somerset"); "respectively" pairs
figures and places in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import StatisticFinding

REGION_WORDS = re.compile(
    r"\b(?:the\s+region|across\s+the\s+region|the\s+county|both\s+counties|the\s+area|locally)\b",
    re.I,
)
"""Words that point back to the area named before ("across the region")."""
BOTH = re.compile(r"\bboth\s+(?:counties|areas|regions|forces|cities)\b", re.I)
"""Two places named together and then referred to as both ("In both counties")."""
CLAUSE_BREAK = re.compile(r"[;:]|\s[–—-]\s|\.\s|,\s+(?:while|whereas|but|although)\b")
"""Where a clause of a sentence ends: a figure takes the place of its own clause."""


class AreaReader:
    """Finds places in a text and the area of each figure; built once."""

    def __init__(self, places: Sequence[str]) -> None:
        canonical: dict[str, str] = {}
        for place in sorted(places, key=lambda p: ("-" in p, p)):
            canonical.setdefault(place.lower().replace("-", " "), place.replace("-", " "))
        self._places = canonical
        body = "|".join(
            re.escape(p).replace(r"\ ", r"[\s-]") for p in sorted(canonical, key=len, reverse=True)
        )
        self._place_pattern = re.compile(rf"\b(?:{body})\b", re.I)

    def places_in(self, text: str, masked: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
        """(offset, canonical place) of the places named in ``text`` outside ``masked``."""
        found = []
        for match in self._place_pattern.finditer(text):
            if any(s <= match.start() < e for s, e in masked):
                continue
            key = re.sub(r"[\s-]+", " ", match.group(0).lower())
            found.append((match.start(), self._places[key]))
        return found

    @staticmethod
    def area(
        sentence: str, absolute: int, places: list[tuple[int, str]], s_start: int
    ) -> str | None:
        """The place of the figure at ``absolute``: nearest in its clause, else in its
        sentence."""
        if not places:
            return None
        clause_start = s_start
        for brk in CLAUSE_BREAK.finditer(sentence):
            if s_start + brk.end() <= absolute:
                clause_start = s_start + brk.end()
        in_clause = [p for p in places if p[0] >= clause_start] or places
        return min(in_clause, key=lambda p: abs(p[0] - absolute))[1]


def respectively(
    sentence: str, places: list[tuple[int, str]], findings: list[StatisticFinding]
) -> list[StatisticFinding]:
    """ "… 120 and 80 in Kent and Essex respectively": figures and places in order."""
    if "respectively" not in sentence.lower() or len(places) != len(findings) or not places:
        return findings
    return [replace(f, area=p[1]) for f, p in zip(findings, places, strict=True)]


def joined_places(text: str, places: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Places joined by "and" name one area ("in Bristol and Somerset")."""
    joined: list[tuple[int, str]] = []
    for offset, place in places:
        if joined:
            previous_offset, previous = joined[-1]
            gap = text[previous_offset + len(previous) : offset]
            if re.fullmatch(r"\s+(?:and|&)\s+", gap):
                joined[-1] = (previous_offset, f"{previous} and {place}")
                continue
        joined.append((offset, place))
    return joined
