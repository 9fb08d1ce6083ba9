"""A sentence in the present perfect after a span that runs to the publication date.

"Officers have dealt with 64 reports since the harvest began in July. Hare coursers have
been stopped on 41 occasions and 26 vehicles have been seized.": the second sentence
states no period, but its tense says what it counts has happened by now, within the
span still running that the sentence before stated ("since …", "so far this year").
:func:`to_date_reference` is read by
:meth:`pressfacts.statistics.period_context.DocumentPeriods.back_reference` when no
other back-reference opens the sentence; it takes the period only when that period ends
on P (a span up to now), never a closed one ("in 2023": "have been seized" is not about
2023). It looks back past the paragraphs of speech between (:func:`befores_of`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

NOT_COUNTED_VERBS: tuple[str, ...] = (
    "said", "told", "warned", "urged", "called", "welcomed", "praised", "thanked",
    "received", "awarded", "given", "granted", "secured", "allocated", "won", "pledged",
    "committed", "invested", "set", "agreed", "announced", "confirmed",
)  # fmt: skip
"""Perfect verbs of saying, or of money given or promised: what they state is no count of
what was done over the span before."""

SET_OFF_OPENER = r"(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)?"
"""An opening adverbial of up to four words set off by a comma, before the subject: "So
far, ", "To date, ", "In Blackpool, "."""
PERFECT_OPENING = re.compile(
    rf"\W{{0,3}}{SET_OFF_OPENER}(?:[\w'’-]+\s+){{1,5}}?(?:have|has)\s+"
    r"(?:(?:also|so\s+far|already)\s+)?(?:been\s+)?"
    rf"(?!(?:{'|'.join(NOT_COUNTED_VERBS)})\b)(?P<verb>[a-z]+(?:ed|en|wn|t))\b",
    re.I,
)
"""A sentence opening on a subject of a few words and a verb in the present perfect, after
an opening adverbial or none: "Hare coursers have been stopped", "Officers have
recovered", "Officers have so far recovered" (rule ``to_date_past_speech``'s tally words), "So
far, 30 clubs have joined", "In Hull, 12 vans have been seized"; not "The force has said"
(a verb of saying), "The service has also received £85,000" (money given, not a count of
what was done), nor "Officers recovered" (no perfect)."""


MONEY_GIVEN_VERBS: tuple[str, ...] = ("put", "contributed", "donated", "earmarked", "provided")
"""Perfect verbs that give money when their object is a sum (rule ``money_given_perfect``):
"The university has put £15,000 towards the campaign" states a contribution, no count of
what was done over the span before; "Officers have put 30 dealers behind bars" is a count."""
MONEY_OBJECT = re.compile(r"\s+(?:(?:about|around|some|more\s+than|over|nearly)\s+)?£\d")
"""Right after such a verb, a sum of money as its object: " £15,000", " more than £2m"."""


SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|already)\b", re.I)
"""Words of a tally to now in a sentence's opening: "so far", "to date", "already"."""


def single_day_no_span(main: PeriodFinding, opening: str) -> bool:
    """Rule ``single_day_no_span``: whether ``main`` is one day (P itself: "were sentenced
    on Friday" in a release of that Friday, "today") and the sentence ``opening`` tells a
    tally to now (:data:`SO_FAR`): a day dates an event, not a span a count so far runs
    over, so "We have recovered nearly £120,000 so far" takes no period from it; "since
    July", "so far this year" still do, and so does a perfect with no tally word ("A
    dispersal order was in place on Friday. Officers have issued 14 notices.")."""
    return main.start == main.end and bool(SO_FAR.search(opening))


def to_date_reference(
    opening: str, main: PeriodFinding | None, published: dt.date | None
) -> PeriodFinding | None:
    """``main`` (the period of the nearest sentence before that states one) when the
    sentence opening ``opening`` is in the present perfect and ``main`` runs to P."""
    if main is None or published is None or main.end != published:
        return None
    if single_day_no_span(main, opening):
        return None
    perfect = PERFECT_OPENING.match(opening)
    if perfect is None:
        return None
    if perfect["verb"].lower() in MONEY_GIVEN_VERBS and MONEY_OBJECT.match(opening, perfect.end()):
        return None  # rule money_given_perfect: a sum given, no count over the span
    return main


TALLY_TO_DATE = re.compile(
    r"\b(?:has|have)\s+(?:so\s+far|already|to\s+date)\s+(?:been\s+)?[a-z]+(?:\s+[a-z]+){0,3}"
    r"\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+)?£?$",
    re.I,
)
"""A count stated as a tally to now, right before its number: "which has so far given 86
grants", "have already helped 40": it counts up to P, so no closed period of a sentence
before is its (:func:`closed_before_now`)."""


def closed_before_now(
    before_figure: str, referred: PeriodFinding, published: dt.date | None
) -> bool:
    """Whether a period referred back to ends before P while the words before the figure
    (``before_figure``) tell a tally to now (:data:`TALLY_TO_DATE`)."""
    return referred.end != published and bool(TALLY_TO_DATE.search(before_figure[-80:]))


SPEECH_MARKS = ("“", "”", '"')
"""Quote marks: a paragraph holding one is speech (:func:`befores_of`)."""
SPEECH_REACH = 8
"""The most sentences of speech a to-date sentence looks back past."""


def _speech(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence ``span`` of ``text`` starts in a paragraph holding a quote mark
    (its span may run on over the line breaks after it)."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[0])
    paragraph = text[start : end if end >= 0 else len(text)]
    return any(mark in paragraph for mark in SPEECH_MARKS)


def befores_of(
    index: int, text: str, sentences: Sequence[tuple[int, int]], reach: int, speech: bool
) -> list[int]:
    """The sentences before sentence ``index`` whose periods a back-reference looks at,
    nearest first: the ``reach`` sentences right before it; with ``speech`` (rule
    ``to_date_past_speech``, for a sentence in the present perfect) the sentences of
    paragraphs of speech past those are stepped over, not counted and not looked at, up
    to :data:`SPEECH_REACH` of them, so narrative is looked at until ``reach`` narrative
    sentences are: "Since October, the force has received 74 reports. / Det Insp Ray said:
    “…” / “…,” she added. / Officers have so far recovered £148,000" reaches back past the
    quotes to "Since October"; not a span said in a quote further back ("… said: “I have
    put £120,000 into the scheme this year”"), nor past four sentences of narrative."""
    found: list[int] = []
    counted = skipped = 0
    at = index - 1
    while at >= 0 and counted < reach:
        near = index - 1 - at < reach
        if speech and skipped < SPEECH_REACH and _speech(text, sentences[at]):
            skipped += 1
            if near:
                found.append(at)
        else:
            counted += 1
            found.append(at)
        at -= 1
    return found
