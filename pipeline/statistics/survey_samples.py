"""Area rule ``survey-sample-share``: a share of those a survey asked is of the sample's place.

"The charity questioned 2,150 riders across the UK in July. More than half said they rode
on rural roads at least once a week, and 38% said …": the shares are of the 2,150 asked
across the UK, not of the document's area (a lead "One in five motorcyclists in Britain"
names another). A share ("38%", "More than half", "four in ten") followed by a verb of
answering ("said", "told", "admitted", "felt") takes the place named last, when the sentence
before counts a survey's sample ("questioned 2,150", "surveyed more than 3,000", "polled
900") and names that place after it. Tried after the rules that read a place of the
figure's own clause ("In Wales, 40% said": Wales). Not a share with no answering verb ("38%
of the crashes were on A roads"), nor one with no sample counted in the sentence before, nor
one whose sample sentence names no place ("Mind surveyed 1,200 people …. Just over a
quarter said …": the document's area).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressfacts.statistics.figure_areas import FigureContext

SHARE_ANSWERED = re.compile(
    r"(?:\d[\d.]*\s*(?:%|per\s+cent)|(?:[a-z]+\s+)?(?:half|thirds?|quarters?|fifths?)|"
    r"[a-z]+\s+in\s+(?:every\s+)?(?:\d+|[a-z]+))"
    r"(?:\s+of\s+(?:them|those|respondents|those\s+(?:asked|questioned|surveyed|polled)))?"
    r"\s+(?:said|say|says|told|admitted|admit|agreed|agree|reported|felt|feel|believed|"
    r"believe|thought|think)\b",
    re.I,
)
"""A share and the verb of answering right after it: "38% said", "half said", "four in ten
of those asked told"."""
SURVEY_SAMPLE = re.compile(
    r"\b(?:questioned|surveyed|polled|interviewed|quizzed|asked)\s+(?:(?:more\s+than|over|"
    r"nearly|almost|around|about|some|just\s+(?:over|under))\s+)?\d[\d,]*\b",
    re.I,
)
"""A survey's sample counted: "questioned 2,150", "surveyed more than 3,000"."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_REACH = 400
"""How far back the sentence before may start (characters)."""


def sample_share(context: FigureContext) -> str | None:
    """Rule ``survey-sample-share`` (the module docstring): the place the sentence before
    names last, when it counts a survey's sample and the figure is a share it answered;
    else None."""
    text, at, area = context.text, context.at, context.last_area
    if area is None or not SHARE_ANSWERED.match(text, at):
        return None
    start = context.sentence[0]
    ends = list(_SENTENCE_END.finditer(text, max(0, start - _REACH), max(0, start - 1)))
    before = ends[-1].end() if ends else max(0, start - _REACH)
    sample = SURVEY_SAMPLE.search(text, before, start)
    return area if sample and area in text[sample.end() : start] else None
