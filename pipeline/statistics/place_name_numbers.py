"""Number words that begin or sit inside a place's name are no figures.

Rule ``number-word-in-place-name``: a candidate count written in words whose span lies
inside a place the area reader found in its sentence (the gazetteer's "Three Rivers",
"Seven Oaks"-style names, a council named for such a place: "Three Rivers District
Council") is part of that name, not a count: "thefts were in the Dacorum and Three Rivers
districts" states no figure 3. A number word beside a place, not inside it, is still read
("Three men were arrested in Watford"), and digits are never set aside here (no place
name of the gazetteer is written with them).
"""

from __future__ import annotations

from collections.abc import Sequence

from pressfacts.statistics.areas import Place

RULE = "number-word-in-place-name"
"""The name traces report for a candidate this module sets aside."""

Candidate = tuple[int, int, float, str, str | None]
"""A candidate figure of :func:`~pressfacts.statistics.figures.candidate_figures`: its
start and end in the sentence, value, unit and change."""


def outside_place_names(
    raw: list[Candidate], sentence: str, offset: int, places: Sequence[Place]
) -> list[Candidate]:
    """``raw`` without the counts in words that lie inside one of ``places`` (spans in the
    document; ``offset``: where ``sentence`` starts in it)."""
    if not places:
        return raw
    return [candidate for candidate in raw if not _in_name(candidate, sentence, offset, places)]


def _in_name(candidate: Candidate, sentence: str, offset: int, places: Sequence[Place]) -> bool:
    """Whether the candidate is a number word whose span one of ``places`` holds."""
    start, end = candidate[0], candidate[1]
    if not sentence[start:end].isalpha():
        return False
    return any(p.start <= offset + start and offset + end <= p.end for p in places)
