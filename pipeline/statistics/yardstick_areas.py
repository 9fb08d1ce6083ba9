"""The area of a figure stated as an average: the average's, never the nearest place.

Why: "compared with the North-West average of 120%" is the North West's figure, "the
average for Wales of 5.6" Wales's, "the average of £338.60 for forces across the East of
England" the East of England's, whatever place stands nearest the number; "the national
average of 12%" has none of the sentence's places. :func:`yardstick_area` is the figure
area rule ``yardstick`` of :data:`pressfacts.statistics.figure_areas.FIGURE_AREA_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.areas import Place
from pressfacts.statistics.clause_breaks import sentence_breaks
from pressfacts.statistics.place_wording import AN_AVERAGE

NO_AREA = ""
"""A rule's answer that the figure has no area (and no later rule may give one)."""
_AVERAGE = re.compile(rf"(?<!\bon\s)\baverage\b(?:(?!\b{WORD_NUMBER}\b)[^.;\d]){{0,40}}$", re.I)
"""An average named before a figure, its yardstick, with no figure between; not the adverb
"on average" ("530 a day on average, and one in five of them …"), nor an average past a
figure in words ("waited an average of nine minutes, and almost one in five …": the
share is no average's)."""


def yardstick_area(
    text: str, at: int, sentence: tuple[int, int], places: Sequence[Place]
) -> str | None:
    """A figure stated as an average is the average's area ("the North-West average of
    120%": North West; "the average for Wales of 5.6": Wales; "the national average of 12%":
    none, unless the release names its country: :func:`national_figure`), never the nearest
    place; an average over time ("the five-year average of 190", :data:`TIME_AVERAGE`)
    with no place of its own is left to the other rules (the place's own past).
    Not a figure that is itself a mean ("received an average of £900": :data:`AN_AVERAGE`)."""
    before = text[max(sentence[0], at - 60) : at]
    if "average" not in before.lower():  # no letter of it folds but from its capital
        return None
    average = _AVERAGE.search(before)  # no figure between
    if not average or AN_AVERAGE.search(before):
        return None
    start = at - len(before) + average.start()
    named = [p for p in places if start < p.start and p.end <= at]
    if named:  # "the average for England and Wales of 5.6"
        return named[-1].area
    after = AVERAGE_PLACE_AFTER.match(text, at, sentence[1])
    if after:  # "the average of £338.60 for forces across the East of England"
        named = [p for p in places if p.start == after.end()]
        if named:
            return named[0].area
    own = [p for p in places if p.end <= start and _owns_average(text, p, start)]
    if own:
        return own[-1].area
    if TIME_AVERAGE.search(before, 0, average.start()):
        return None
    if MEASURE_AVERAGE.match(before, average.start()) and not _YARDSTICK_CUE_BEFORE.search(
        before, 0, average.start()
    ):
        return None  # rule own_measure_average: the release's own mean, placed as its figures
    return FORCE_AVERAGE if BODY_AVERAGE.search(before, 0, average.start()) else NO_AREA


BODY_AVERAGE = re.compile(r"\b(?:force|force[-\s]wide|county|county[-\s]?wide)\s+$", re.I)
"""Words right before "average" that make it the whole area of the body releasing it ("a
force average of 1.4", "the countywide average"): the release's own area."""
FORCE_AVERAGE = "<the release's own area>"
"""The answer for an average of the release's own area (:data:`BODY_AVERAGE`), which the
caller reads as the area of the body the release speaks for."""


TIME_AVERAGE = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[-\s](?:year|month|week)|"
    r"long[-\s]term|rolling)\s+$",
    re.I,
)
"""Words right before "average" that make it an average over time ("the five-year average
of 190", "the long-term average", "the three-month rolling average" reads "rolling"): the
same place's past, not another place's yardstick, so the figure's own place rules decide
(a bare "the average of 12%" stays of no area)."""


MEASURE_AVERAGE = re.compile(r"average\s+(?!of\b|for\b|in\b|across\b)[a-z][\w-]*\b", re.I)
"""Rule ``own_measure_average``: an average that names what it measures ("the average loss
per victim stood at £1,984", "the average wait was nine minutes"); with no comparison
before it (:data:`_YARDSTICK_CUE_BEFORE`) it is the release's own statistic, not a yardstick, and
the figure's place rules decide its area. Not "the average of 12%", "above the national
average of 9 minutes", "compared with the average wait of 11 minutes"."""
_YARDSTICK_CUE_BEFORE = re.compile(
    r"\b(?:above|below|against|than|compared\s+(?:with|to)|versus|beat|beating|exceed\w*|"
    r"under|over|behind|ahead\s+of|national|nationally|England|Wales|UK)\b",
    re.I,
)
"""Words before an average that make it a yardstick or another place's: a comparison or a
national scope."""


AVERAGE_PLACE_AFTER = re.compile(
    r"£?\d[\d,.]*(?:\s*%|\s*(?:per\s*cent|m|bn|k)\b)?\s+(?:for|in|across)\s+(?:(?:all\s+)?"
    r"(?:police\s+)?(?:forces|councils|authorities|areas|households)\s+(?:across|in)\s+)?(?:the\s+)?",
    re.I,
)
"""An average's value, then the place it is for ("the average of £338.60 for forces
across the East of England", "the average of 12% in Wales"): the place right after is
the average's."""
_PLACE_THE_AVERAGE = re.compile(r",?\s+the\s+", re.I)
"""Between a place and its average ("In Hull the average was", "In Hull, the average")."""


def _owns_average(text: str, place: Place, start: int) -> bool:
    """Whether ``place`` owns the average starting at ``start``: right before it ("the
    Welsh average") or opening its clause ("In Hull the average was 14 minutes")."""
    return start - place.end <= 3 or (
        _PLACE_THE_AVERAGE.fullmatch(text, place.end, start) is not None
    )


def yardstick_between(sentence: str, after: int, before: int) -> bool:
    """A yardstick break ("compared with", "against") starts in ``sentence`` after offset
    ``after`` and not after ``before`` ("29% …, compared with 32% nationally": one stands
    between the 29% and "nationally")."""
    return any(after < start <= before for start, _ in sentence_breaks(sentence)[1])
