"""Sentence openings that speak of the figures stated just before (back-references).

A sentence that opens with one of :data:`BACK_REFERENCE_RULES` and states no period of its
own takes the main period of the nearest of the few sentences before it that states one
(:meth:`pressfacts.statistics.period_context.DocumentPeriods.back_reference`): "That is an
average of …", "Nearly one in three …", "Officers also …", "They included …", "The budget
pays for …".
"""

from __future__ import annotations

import re

from pressfacts.findings import PeriodFinding

_SHARE = (
    r"(?:(?:one|two|three|four|five|\d+)\s+in\s+(?:every\s+)?\w+|half|(?:a|one|two)[-\s]"
    r"(?:third|quarter|fifth|tenth)s?|three[-\s]quarters|\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of)"
)
_ABOUT = (
    r"(?:(?:nearly|almost|about|around|roughly|over|more\s+than|less\s+than|"
    r"just\s+(?:over|under))\s+)?"
)
BACK_REFERENCE_RULES: dict[str, re.Pattern[str]] = {
    # "That is an average of 88 a day", "This represents 12% of all calls"
    "that_is": re.compile(
        r"\W{0,3}(?:that|this|it)\s+(?:is|was|represents|represented|means|meant|"
        r"equates\s+to|amounts\s+to)\b",
        re.I,
    ),
    # "Nearly one in three involved …", "More than half of the calls …", "40% of them …"
    "share_of_them": re.compile(rf"\W{{0,3}}{_ABOUT}{_SHARE}\b", re.I),
    # "Officers also seized 12 cars"; not "She also said …", nor "The force has also
    # trained 900 staff" (the present perfect: done by now, not within the span before),
    # nor "It also employs 400 staff" (the present: how things stand now)
    "continued_also": re.compile(
        r"\W{0,3}(?:[\w'’-]+\s+){0,2}(?!(?:has|have)\s)[\w'’-]+\s+also\s+"
        r"(?!said|says|told|added|warned|urged|appealed|"
        r"called|thanked|praised|[a-z]*[^\Ws]s\b|has\b|is\b|are\b|have\b)[a-z]+",
        re.I,
    ),
    # "The budget pays for 120 officers", "The scheme will fund 40 places": what a plan
    # stated with its year before pays for; not "The budget was set in May"
    "the_plan_pays": re.compile(
        r"\W{0,3}the\s+(?:[\w-]+\s+)?(?:budget|precept|plan|scheme|settlement|funding|investment)"
        r"\s+(?:will\s+|would\s+)?(?:pays?|funds?|includes?|provides?|covers?|delivers?)\b",
        re.I,
    ),
    # "Vans made up around a third of the vehicles stolen", "Shed break-ins accounted
    # for 40% of them": a share of the total stated before, its subject first; not
    # "Vans made up the rest" (no share)
    "share_made_up": re.compile(
        rf"\W{{0,3}}(?:[\w'’-]+\s+){{1,5}}?(?:made\s+up|accounted\s+for|represented)\s+"
        rf"{_ABOUT}{_SHARE}\b",
        re.I,
    ),
    # "In Ripon it halved, from 80 to 40", "They rose by a third": the figures just
    # stated, their change told again for a place or a part; not "It said 40 …"
    "it_changed": re.compile(
        r"\W{0,3}(?:(?:in|across)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3},?\s+)?"
        r"(?:it|they|the\s+(?:figure|number|total))\s+(?:(?:more\s+than|nearly|almost)\s+)?"
        r"(?:halved|doubled|trebled|tripled|fell|rose|dropped|increased|decreased|grew|climbed)\b",
        re.I,
    ),
    # "The biggest drop was in Amber Dale, where thefts fell from 80 to 52": where the
    # change just stated was largest, its levels told for a place
    "largest_change_in": re.compile(
        r"\W{0,3}the\s+(?:biggest|largest|sharpest|steepest|greatest|smallest)\s+"
        r"(?:drop|fall|rise|increase|decrease|reduction|jump|change)s?\s+(?:was|were|came)\s+"
        r"(?:in|at)\b",
        re.I,
    ),
    # "In the Dales, the number was almost unchanged at 61", "Across Kendal the total
    # stood at 40": the figure just stated, for a place; a place must open it
    "place_figure_stood": re.compile(
        r"\W{0,3}(?:in|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3},?"
        r"\s+(?:it|the\s+(?:figure|number|total|count))\s+(?:was|stood|remained|stayed)\b",
        re.I,
    ),
    # "For violent crime it was 66%", "For burglary the rate stood at 9%": the figure just
    # stated, told again for a part of what it measured; not "For years it was …"
    "for_part_it_was": re.compile(
        r"\W{0,3}for\s+(?!years\b|months\b|decades\b|a\s+while\b)(?:[\w'’-]+\s+){1,4}?,?\s*"
        r"(?:it|the\s+(?:figure|rate|number|total|proportion|share))\s+"
        r"(?:was|stood|rose|fell|reached|is|remained)\b",
        re.I,
    ),
    # "The proportion who hung up fell from 18% to 6%", "The number of repeat callers rose
    # from 40 to 65": the measure of the figures just stated, its change told next
    "the_measure_went_from": re.compile(
        r"\W{0,3}the\s+(?:proportion|share|percentage|number|rate|total)\b[^.;:]{0,80}?\s"
        r"(?:fell|rose|dropped|increased|decreased|grew|climbed|went\s+(?:up|down))\s+from\b",
        re.I,
    ),
    # "Arrests for domestic abuse were up 9%, at 3,114", "Thefts from vans were down a
    # fifth": another measure of the figures just stated, its change told in the same
    # terms; not "Officers were up at dawn" (no figure follows)
    "measure_was_up": re.compile(
        r"\W{0,3}[A-Z][a-z]+(?:\s+(?:of|for|from|in|on|by|[a-z]+)){0,4}?\s+(?:were|was)\s+"
        r"(?:up|down)\s+(?:by\s+)?" + _ABOUT + r"(?:\d|a\s|one\s|two\s|half\b)",
        re.I,
    ),
    # "They included 97 thefts", "These comprised …"
    "they_included": re.compile(
        r"\W{0,3}(?:they|these|those|this)\s+(?:included|include|includes|comprised)\b", re.I
    ),
    # "Of the women who responded, 38% …", "Of those surveyed, 61% …", "Of the
    # respondents, …", "Of the 52 parents who took part, …": a survey or scheme stated
    # (and dated) before; not "Of the 40 arrested"
    "of_the_respondents": re.compile(
        r"\W{0,3}of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,3}?(?:who\s+(?:responded|"
        r"replied|answered|took\s+part|were\s+(?:asked|surveyed|questioned|polled))|"
        r"respondents|surveyed|asked|polled|questioned)\b",
        re.I,
    ),
    # "The charity worked with 61,300 families …", "The force recorded 410 …": the body
    # the sentence before spoke of, going on with what it did then; not "The force said …"
    # nor "The force has trained …" (done by now)
    "the_body_went_on": re.compile(
        r"\W{0,3}the\s+(?:charity|force|trust|council|service|commissioner|constabulary)\s+"
        r"(?!said|says|told|added|warned|urged|appealed|called|thanked|praised)[a-z]+ed\b",
        re.I,
    ),
    # "The sessions, run with a charity, have reached 64 schools", "The patrols led to 12
    # arrests": the activity just stated (and dated) going on with what it did; not "The
    # campaign will run …" (no past), nor "The campaign said …"
    "the_activity_went_on": re.compile(
        r"\W{0,3}the\s+(?:sessions|talks|workshops|patrols|visits|checks|operation|campaign|"
        r"crackdown|initiative)\b(?:,[^,.]{1,60},)?\s+(?:(?:have|has|had)\s+)?"
        r"(?!said\b)[a-z]+ed\b",
        re.I,
    ),
    # "Children were present at almost two in five of the incidents", "Girls were the
    # victims in four in five of this year's offences": a share, later in a short opening
    # clause, of the things counted before (the definite article points back); not "a
    # third of offences" (a whole of its own)
    "share_of_the_counted": re.compile(
        rf"\W{{0,3}}[A-Z][a-z]+\s+(?:were|was)\s+(?:[a-z]+\s+){{0,3}}?{_ABOUT}{_SHARE}"
        r"(?:\s+of)?\s+(?:the|these|those|this\s+year['’]s)\s+(?:[a-z]+\s+)?[a-z]+s\b",
        re.I,
    ),
}
"""Sentence openings that speak of the figures stated just before, each named."""


def _plan_year(period: PeriodFinding) -> bool:
    """A span a budget or plan is set for: a whole financial or calendar year."""
    start, end = period.start, period.end
    if (start.month, start.day) == (4, 1) and (end.month, end.day) == (3, 31):
        return end.year == start.year + 1
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and (
        start.year == end.year
    )


_FITS = {"the_plan_pays": _plan_year}
"""Rules that point back only to a period of their kind: "The budget pays for 120
officers" to the budget's year stated before, not to a survey's or a headcount's month
stated nearer."""
LEVELS_ONLY = frozenset({"measure_was_up"})
"""Rules that date only the levels of their sentence ("…, at 3,114"), not its change
("were up 9%": compared with a span the sentence before need not state)."""


def refers_to(name: str, period: PeriodFinding, change: str | None = None) -> bool:
    """Whether the back-reference rule ``name`` may take ``period``, a sentence's main
    period before it, for a figure of that ``change`` (any period, unless :data:`_FITS`
    limits the rule's kind; any figure, unless the rule is one of :data:`LEVELS_ONLY`)."""
    if change is not None and name in LEVELS_ONLY:
        return False
    fits = _FITS.get(name)
    return fits is None or fits(period)
