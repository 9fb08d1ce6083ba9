"""The level a change reached, when its sentence states no period of its own.

"Knife crime fell by 11% to 1,021 offences", "its total dropped by 7% to 18,240": the
change compares two periods the release stated before (its two-period comparison,
:func:`~pressfacts.statistics.period_context.comparison_period`); the level it reached
is the later period's, not the span of both nor nothing. Read only for a count whose
sentence, lead-in and back-references give it no period. :func:`to_level_of_year`: a
change reaching a level over a year-long span it states (:data:`CHANGE_TO_LEVEL`), which
compares that year with the one before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.units import CURRENCY_SIGNS
from pressfacts.statistics.period_range_levels import CHANGE_FROM
from pressfacts.statistics.period_rules import shifted


class HasHalves(Protocol):
    """What :func:`change_level` reads of a document's periods."""

    def earlier_halves(self) -> Sequence[PeriodFinding]:
        """The earlier periods of the document's comparisons, in text order."""
        ...


REPEATED_CHANGE = (
    r"(?:\s+(?:again|for\s+(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:year|time|month|quarter)(?:\s+(?:running|in\s+a\s+"
    r"row))?),?)?"
)
"""A change told as repeated, between its verb and "to" ("fell for the third year running,
to", "rose for a second year, to", "dropped again to"; rule ``repeated_change``): the
change still reached the level after it."""
CHANGED_TO = re.compile(
    r"\b(?:rose|risen|fell|fallen|dropped|increased|decreased|climbed|grew|jumped|slipped|"
    r"doubled|tripled|trebled|quadrupled|halved|"
    r"went\s+(?:up|down)|was\s+(?:up|down)|were\s+(?:up|down))(?:\s+[a-z]+ly,?)?"
    + REPEATED_CHANGE
    + r"(?:\s+by\s+[^.;:,]{1,30}?)?,?\s+to\s+"
    r"(?:(?:around|about|almost|nearly|more\s+than|just\s+(?:over|under))\s+)?£?$",
    re.I,
)
"""A change (by an amount or not), then "to" and the level it reached, right before the
level: "fell by 11% force-wide to", "went up by 5% in Dover, to", "dropped by 7% to",
"rose sharply, by 27%, to", "fell slightly to", "fell for the third year running, to"
(:data:`REPEATED_CHANGE`); a multiple too, with or without a comma (rule
``multiple_to_level``: "doubled, to", "halved to", "more than trebled, to")."""


def change_level(
    sentence: str, s_start: int, absolute: int, periods: HasHalves
) -> PeriodFinding | None:
    """The period of a level at ``absolute`` (a document offset) of ``sentence`` (which
    starts at ``s_start``) that a change reached (:data:`CHANGED_TO` right before it, or
    :data:`LEVEL_THEN_FROM` after it): the later period of the release's first two-period
    comparison stated by the end of the sentence (``periods.earlier_halves()``: the earlier
    periods, each anchored on its later one; a comparison of a later paragraph is another
    series'); of the level it started from ("…, up from 129": ``CHANGE_FROM`` before it),
    the earlier period; None when it is no such level or no comparison is stated by then."""
    at, stated_by = absolute - s_start, s_start + len(sentence)
    halves = [h for h in periods.earlier_halves() if h.start_char < stated_by]
    if not halves or halves[0].anchor is None:
        return None
    stock = PRESENT_STOCK.search(sentence, 0, at)  # rule present_stock_level
    if CHANGE_FROM.search(sentence, 0, at):  # "…, up from 129": the level it started from
        return None if stock else halves[0]
    if not (
        CHANGED_TO.search(sentence, 0, at)
        or (LEVEL_THEN_FROM.match(sentence, at) and not stock)
        or FROM_LEVEL_TO.search(sentence, 0, at)
    ):
        return None
    start, end = halves[0].anchor
    return replace(halves[0], start=start, end=end, kind="same", anchor=None)


FROM_LEVEL_TO = re.compile(r"\bfrom\s+£?[\d,.]+(?:%|\s+per\s+cent|\s+[a-z]+)?\s+to\s+£?$", re.I)
"""The level a change started from, then "to" right before the level it reached ("more
than quadrupled, from 2,460 to 10,980"): the later period, as after "rose to"."""
PRESENT_STOCK = re.compile(
    r"\b(?:(?:now|currently|at\s+present)\s+(?:has|have|had|holds?|held|stands?|stood|is|"
    r"are|was|were|numbers?|numbered|counts?|counted|employs?|employed)|there\s+(?:is|are|"
    r"was|were)\s+(?:now|currently))\b[^.;:,]{0,60}$",
    re.I,
)
"""A stock stated as it is at P, right before a level and the level it changed from ("the
scheme now has 143 members, up from 90 a year ago", "currently employs 12 staff, up from
7 last spring", "there are now 40 groups, up from 25"): the sentence compares now with a
time of its own, not the periods of the release's comparison (rule
``present_stock_level``); not "has now risen by 8% to 143" (a change reaching its level)."""
LEVEL_THEN_FROM = re.compile(r"[^.;:,]{0,60}?,\s*(?:up|down)\s+from\s+£?\d", re.I)
"""A level, then the level it changed from ("233 offences between them, up from 129"):
the later period of the comparison, as a level a change reached."""


CHANGE_TO_LEVEL = re.compile(
    r"[\d,.]+\s*(?:per\s*cent|percent|%)?"
    r"(?:\s+(?:on|against)\s+(?:the\s+)?(?:year\s+before|previous\s+year|year\s+earlier))?"
    r"(?:,?\s+to|,\s*reaching)\s+(?:a\s+(?:total|high|record|peak)\s+of\s+)?"
    r"(?:around\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+)?£?\d",
    re.I,
)
"""A change stated with the level it reached, read from the change figure: "by 22 per
cent to 1,452", "12% to a record 300", "12%, reaching 1,420", "14% on the year before, to
1,146" (the yardstick year named before the level); not "by 22 per cent in 2012" (no
level)."""
_YEAR_LONG_DAYS = range(364, 367)


LEVEL_DATED_AFTER = re.compile(
    r"[\d,.]*(?:\s+[a-z]+){0,3}?\s+(?:(?:in|during|for|over)\s+(?:the\s+)?)?$"
)
"""The rest of the level a change reached, then the preposition of its own period when the
period leaves it out: ",146 in " of "to 1,146 in 2024/25", ",100 referrals during " (rule
``level_dated_after``)."""


def level_dated_after(
    sentence: str,
    at: int,
    s_start: int,
    change: str | None,
    chosen: PeriodFinding,
    periods: Sequence[PeriodFinding],
) -> PeriodFinding | None:
    """ "climbed by 14% on the year before, to 1,146 in 2024/25": a change against "the year
    before" (``chosen``, a yardstick or a period before another) that reached a level its
    sentence dates right after it; the change covers that year-long period and the one
    before it (rule ``level_dated_after``). None when the change has no such level, or its
    yardstick is not a period relative to another."""
    reached = CHANGE_TO_LEVEL.match(sentence, at)
    if change is None or chosen.kind not in ("previous", "baseline") or reached is None:
        return None
    for period in periods:
        if (
            period.start_char >= s_start + reached.end()
            and period.kind in ("explicit", "relative")
            and (period.end - period.start).days in _YEAR_LONG_DAYS
            and LEVEL_DATED_AFTER.fullmatch(sentence, reached.end(), period.start_char - s_start)
        ):
            start, _end = shifted(period.start, period.end, -1)
            return replace(period, start=start, kind="comparison")
    return None


WORKFORCE_STOCK = re.compile(
    r"\b(?:(?:officer|staff|pcso|detective|special(?:\s+constable)?|volunteer|cadet|"
    r"employee|call[-\s]handler)s?\s+numbers|headcount|workforce|establishment)\s+"
    r"(?:ha(?:s|ve)\s+)?(?:r[io]sen?|gr[eo]wn?|increased|fallen|fell|dropped|decreased|"
    r"(?:gone|went)\s+(?:up|down))\s+(?:by\s+)?(?:around\s+|about\s+|almost\s+|nearly\s+|"
    r"more\s+than\s+)?£?$",
    re.I,
)
"""A workforce's size (a headcount held at a time, not a count over a year) changing, right
before the change: "Police staff numbers rose by [38] to 1,121 over the past year" (the
rise is over that year alone, from one headcount to the next); not "the number of
burglaries rose by 12% to 410 in 2024" (a year's count against the year before's)."""


def to_level_of_year(sentence: str, at: int, change: str | None, period: PeriodFinding) -> bool:
    """Whether a change at ``at`` of ``sentence`` reaches a level over a year-long period,
    a year's count against the year before's (not a workforce's headcount:
    :data:`WORKFORCE_STOCK`)."""
    return (
        change is not None
        and period.kind in ("explicit", "relative")
        and (period.end - period.start).days in _YEAR_LONG_DAYS
        and CHANGE_TO_LEVEL.match(sentence, at) is not None
        and WORKFORCE_STOCK.search(sentence, 0, at) is None
    )


CHANGE_TOLD_AGAIN = frozenset({"it_changed"})
"""Rules that tell again a change just stated: they point back only to a sentence that
states a change (:data:`STATES_CHANGE`), past one stating a level alone ("1,100 calls went
unanswered in August. In Wales, contacts more than doubled": not August's)."""
STATES_CHANGE = re.compile(
    r"\b(?:r[io]se|risen|rising|fell|fallen|falling|drop(?:ped)?|increase[ds]?|decrease[ds]?|"
    r"up|down|more|fewer|less|higher|lower|doubled|halved|trebled|tripled|grew|climbed|"
    r"jumped|cut|compared|from)\b",
    re.I,
)
"""A sentence that states a change or a comparison."""


SUM_TOLD_AGAIN = frozenset({"of_the_sum", "share_of_the_sum", "the_sum_pays"})
"""Rules that share out a sum of money just stated ("Of the funding, £60,000 …") or tell
what it pays for ("The money will pay for …"): they point back only to a sentence that
states money (:data:`STATES_MONEY`), past comment and other counts between the sum and
its share."""
STATES_MONEY = re.compile(rf"[{CURRENCY_SIGNS}]\s?\d")
"""A sentence that states a sum of money."""
OPERATION_TOLD_AGAIN = frozenset({"the_operation_went_on"})
"""Rules that tell more of an operation named before: they point back only to a sentence
that names one (:data:`NAMES_OPERATION`), past other figures dated between ("… since
January in a crackdown. Officers logged 142 reports between April and December last year.
The crackdown has so far seized …": January's)."""
NAMES_OPERATION = re.compile(r"\b(?:operation|campaign|crackdown|initiative)s?\b", re.I)
"""A sentence that names an operation."""
RAIDS_TOLD_AGAIN = frozenset({"haul_seized"})
"""Rules that tell the haul of raids counted before: they point back only to a sentence that
counts raids, warrants or the grows they closed (:data:`NAMES_RAIDS`), not to a count of
arrests ("Officers made 120 arrests in 2024. The unit made 40 arrests in 2019. Officers
seized 12 knives.": no haul of either)."""
NAMES_RAIDS = re.compile(
    r"\b(?:raids?|raided|warrants?|dismantled|closed\s+down|shut\s+down|(?:cannabis\s+)?"
    r"(?:factories|farms|grows))\b",
    re.I,
)
"""A sentence that counts raids or the grows they closed."""
LONG_REACH: dict[str, int] = {
    "of_the_sum": 12,
    "share_of_the_sum": 12,
    "the_sum_pays": 8,
    "in_addition": 8,
    "the_operation_went_on": 6,
}
"""Back-reference rules that look further back than the usual few sentences (how many):
a sum of money is often shared out, or what it pays for told, after the comment and
other figures that follow it; "In addition, …" often follows a bulleted list of results
under its dated lead; an operation's later results follow the figures and comment after
the lead naming it."""


def told_again(name: str, sentence: str) -> bool:
    """Whether the back-reference rule ``name`` may point back to ``sentence``: any may,
    but one of :data:`CHANGE_TOLD_AGAIN` only to a sentence that states a change, and one
    of :data:`SUM_TOLD_AGAIN` only to a sentence that states money, and one of
    :data:`OPERATION_TOLD_AGAIN` only to a sentence that names an operation, and one of
    :data:`RAIDS_TOLD_AGAIN` only to a sentence that counts raids."""
    if name in RAIDS_TOLD_AGAIN:
        return NAMES_RAIDS.search(sentence) is not None
    if name in SUM_TOLD_AGAIN:
        return STATES_MONEY.search(sentence) is not None
    if name in OPERATION_TOLD_AGAIN:
        return NAMES_OPERATION.search(sentence) is not None
    return name not in CHANGE_TOLD_AGAIN or STATES_CHANGE.search(sentence) is not None
