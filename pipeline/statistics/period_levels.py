"""A level stated before a yardstick is the later period's, not the yardstick's.

"Between April and September 2020 officers recorded 1,036 crimes, 35% above the
five-year average": the nearest period phrase to 1,036 is the average (the earlier half
of the comparison), but 1,036 is the level of April to September 2020 that the average
is compared with. A count that stands before the earlier half of a comparison, with a
change or comparator words between them (:data:`YARDSTICK_GAP`), takes the later
period the comparison is anchored on. A count right before its own period ("compared
with 71 in 2018-19", "2,100 calls in the previous three months") keeps it. A count after
the earlier half of a comparison that a change rises or falls "to" a level from ("rose by
22% on the previous year to 48,700, more than a third of them …": :data:`REACHED_LEVEL`)
is of the later period too, and so is "a further" count after it ("up from £38.2m in
2022/23, and its shops brought in a further £9.8m") and a part of the later figure ("64
orders in 2024, compared with 37 in 2023, and courts granted 59 of them", "…, and a third
of them were women": :data:`PART_OF_THEM`, :data:`PART_FIGURE_AT`). A level a change
reached after a bare yardstick ("rose by 14% compared with 2023, to 4,388") is of the
later period the sentence leaves unsaid (:func:`before_baseline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_clauses import compares_back_sentence
from pressfacts.statistics.period_links import comparator_before
from pressfacts.statistics.period_past_starts import COUNT_WHEN_STARTED
from pressfacts.statistics.period_rules import COUNT, MULTIPLE_OF_THE_NUMBER

_SHARE_CHANGE = (
    r"(?:(?:almost|nearly|around|about|more\s+than|over|just\s+(?:over|under))\s+)?"
    r"(?:(?:a|one|two|three)[-\s](?:half|third|quarter|fifth|sixth|tenth)s?|half)\b"
)
"""A change by a share in words after "a rise of" (rule `share_change_yardstick`): "201 of
the arrests, a rise of a third on [summer 2025]", "a fall of nearly a quarter on [the year
before]": the period after it is the change's yardstick, and the count before it takes the
later period."""
LEVEL_COMPARED = (
    r"\b(?:higher|lower|fewer|greater|smaller)\s+than\b|"
    r"\b(?:unchanged|flat|level|steady|stable|similar|comparable)\s+(?:on|to|with|from)\b|"
    r"\b(?:the\s+same\s+as|in\s+line\s+with|on\s+a\s+par\s+with)\b"
)
"""Between a level and a yardstick period with no count of its own, words comparing the
level with it (rule ``level_compared``): "Kirklees saw 143, almost unchanged on [last
year]", "412 thefts, higher than [last year]", "88 arrests, similar to [the same quarter of
2025]", "the same as [a year earlier]": the level is the later period's; not "more than [a
year before]" (a qualifier's words)."""
YARDSTICK_GAP = re.compile(
    LEVEL_COMPARED + r"|"
    r"\b(?:compared|against|versus|above|below)\b|\bthan\s+(?:the|that|those|in)\b|"
    r"\d\s*(?:%|per\s*cent|percent)|"
    rf"(?:\d|\b{COUNT})\s+(?:more|fewer|less|higher|lower)\s+than\b|"
    # rule share_more_than_yardstick: "388 of them, almost a third more than a year earlier"
    rf"\b{_SHARE_CHANGE}\s+(?:more|fewer|less|higher|lower)\s+than\b|"
    rf"\b(?:rise|increase|fall|drop|decrease|reduction|jump|improvement)\s+of\s+(?:£?\d|{COUNT}\b)|"
    rf"\b(?:rise|increase|fall|drop|decrease|reduction|jump)\s+of\s+{_SHARE_CHANGE}|"
    r"\b(?:up|down)\s+£?\d|" + MULTIPLE_OF_THE_NUMBER,
    re.I,
)
"""Between a count and the earlier half of a comparison: words or a change that make it
a yardstick the count is measured against ("412 thefts compared with the five-year
average", "1,036 crimes, 35% above the …", "higher than the …", the change "50 thefts,
12 more than a year before", a change by a share in words, rule
`share_more_than_yardstick`: "640 thefts, almost a quarter more than a year earlier",
"4,100 children, a rise of 640 on the year before", "up 90 on", a change in words or of a
time: "11 days, an improvement of two days on", a
multiple right before the period: "19 drivers, almost double the number [last summer]",
rule `multiple_of_the_number`; a change by a share in words, :data:`_SHARE_CHANGE`; words
comparing a level, :data:`LEVEL_COMPARED`); not
" in " ("71 in 2018-19"), nor "more than a year before" (a qualifier)."""
_FROM_COUNT_GAP = re.compile(r"\b(?:up|down)\s+from\s+£?\d", re.I)
"""Between a count and the earlier half of a comparison anchored on a later one: the count
the earlier half holds ("nine robberies, down from 13 a year earlier"); not before a bare
yardstick year, whose later period the release need not state."""
REACHED_LEVEL = re.compile(
    r",?\s+to\s+(?:a\s+(?:total|high|record|peak)\s+of\s+)?"
    r"(?:around\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+)?£?\d",
    re.I,
)
"""Right after the earlier half of a comparison (a comma may stand between): the level a
change reached, "… on the previous year to 48,700", "… compared with 2022 to a record
300", "… on the same quarter last year, to 188"."""
FURTHER = re.compile(
    r"\b(?:a|an)\s+(?:further|additional|extra)\s+"
    r"(?:(?:around|about|almost|nearly|more\s+than)\s+)?£?$",
    re.I,
)
"""Before a count added to the figures of the later period, after the earlier half of a
comparison: "£41.6m, up from £38.2m in 2022/23, and a further £9.8m from its shops"."""
PART_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
"""Right after a count: a part of the figure before it, after the earlier half of a
comparison the later figure's ("64 … in 2024, compared with 37 in 2023, and 59 of them
were granted"), as a yardstick's parts are seldom told."""
INCLUDES = re.compile(
    r",?\s+(?:and\s+)?(?:includes?|including|comprises?|comprising)\s+"
    r"(?:(?:around|about|almost|nearly|more\s+than|some)\s+)?£?(?=\d)",
    re.I,
)
"""Right after the earlier half of a comparison, before a count: a part of the later
figure ("had 940 officers, 31 more than a year earlier, and includes 212 detectives")."""
FIGURE_AT = re.compile(r"£?[\d,.]+")
"""A figure written in digits, read from its start (its end is where the words after it
begin)."""
PART_FIGURE_AT = re.compile(
    r"£?[\d,.]+(?:\s*(?:%|per\s*cent|percent))?|"
    r"(?:(?:a|one|two|three|four)[-\s](?:half|third|quarter|fifth|sixth|eighth|tenth)s?|half|"
    r"three[-\s]quarters|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b",
    re.I,
)
"""A part's figure, read from its start, before "of them" (:data:`PART_OF_THEM`): in
digits, a percentage ("40% of them") or a share in words ("a third of those cases", "one in
five of them")."""


def measured_level(
    sentence: str, s_start: int, absolute: int, chosen: PeriodFinding
) -> PeriodFinding:
    """The period of a count at ``absolute`` (document offset) of ``sentence`` that
    :func:`~pressfacts.statistics.period_choice.choose_period` gave ``chosen``: the
    later period when ``chosen`` is the earlier half of a comparison stated after the
    count with a yardstick between them; else ``chosen``."""
    if chosen.kind != "previous" or chosen.anchor is None:
        return chosen
    if chosen.start_char <= absolute:  # after "… on the previous year to 48,700"
        reached = REACHED_LEVEL.match(sentence, chosen.end_char - s_start)
        figure = PART_FIGURE_AT.match(sentence, absolute - s_start)
        included = INCLUDES.match(sentence, chosen.end_char - s_start)
        # a part "of them" is the later figure's only after a yardstick stated as one
        # (rule ``part-of-compared-count``): not after a month said relatively with no
        # comparator ("284 fires in April last year, one in four of them on moorland")
        part = (
            figure is not None
            and PART_OF_THEM.match(sentence, figure.end()) is not None
            and comparator_before(sentence, chosen.start_char - s_start, chosen.end_char - s_start)
        ) or (included is not None and included.end() == absolute - s_start)
        if not reached and not part and not FURTHER.search(sentence, 0, absolute - s_start):
            return chosen
        start, end = chosen.anchor
        return replace(chosen, start=start, end=end, kind="same", anchor=None)
    at = absolute - s_start
    figure = FIGURE_AT.match(sentence, at)
    # up to the phrase's end: "than [the same period in 2019]" but "more than [a year before]"
    gap = sentence[figure.end() if figure else at : chosen.end_char - s_start]
    if not YARDSTICK_GAP.search(gap) and not _FROM_COUNT_GAP.search(gap):
        return chosen
    start, end = chosen.anchor
    return replace(chosen, start=start, end=end, kind="same", anchor=None)


REACHED_BY_CHANGE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|climbed|grew|"
    r"grown|up|down)\b[^.;:]*?,\s*to\s+(?:(?:a\s+(?:total|high|record|peak|low)\s+of|around|"
    r"about|almost|nearly|more\s+than|just\s+(?:over|under))\s+)?£?$",
    re.I,
)
"""Before a level a change reached: "rose by 14% in the six months to March, compared with
the same period last year, to 2,940"."""


LEVEL_DATED_RIGHT_AFTER = re.compile(
    r"(?:(?:around|about|almost|nearly|more\s+than|just\s+(?:over|under))\s+)?£?[\d,.]+"
    r"(?:%|\s+per\s+cent)?(?:\s+(?!and\b|or\b|than\b)[a-z-]+){0,3}?\s+"
    r"(?:(?:in|during|for|over)\s+)?",
    re.I,
)
"""Rule ``level_dated_right_after``: the words from a level a change reached to a period
dated right after it, which is the level's own ("rose by 22% between 2023 and 2025, to
[nearly 9,000 calls ]last year", "fell by 9% since 2022, to [410 in ]2025"): the level keeps
it, not the change's span before it; not "to 410, compared with 380 in 2024" (a comma)."""


def reached_level(
    sentence: str,
    s_start: int,
    absolute: int,
    chosen: PeriodFinding,
    own: Sequence[PeriodFinding],
) -> PeriodFinding:
    """The period of a level at ``absolute`` that a change of its sentence reached
    (:data:`REACHED_BY_CHANGE`): ``chosen`` when it is dated right after the level
    (:data:`LEVEL_DATED_RIGHT_AFTER`), else the latest-ending period stated before it in its
    sentence (the change's own, not the earlier half of its comparison); else ``chosen``."""
    if not REACHED_BY_CHANGE.search(sentence, 0, absolute - s_start):
        return chosen
    if chosen.start_char > absolute and LEVEL_DATED_RIGHT_AFTER.fullmatch(
        sentence, absolute - s_start, chosen.start_char - s_start
    ):
        return chosen
    stated = [p for p in own if p.start_char < absolute and p.kind in ("explicit", "relative")]
    return max(stated, key=lambda p: p.end) if stated else chosen


_REACHED_TO = re.compile(r"\bto\s+£?$", re.I)
"""Right before a level a change reached: "fell [to] 388"."""
_FROM_YARDSTICK = re.compile(
    rf"^[^,;]{{0,30}}?,?\s*(?:(?:up|down)\s+)?from\s+(?:£?[\d,.]+|{COUNT})"
    r"(?:%|\s+per\s+cent|\s+(?!in\b|for\b|during\b|over\b)[a-z]+)?\s+"
    r"(?:(?:in|for|during|over)\s+)?$",
    re.I,
)
"""Between that level and a stated period that dates only the level it started from:
"fell to 388[, from 502 in ]Q2 2025/26", "fell to 498[, from 531 ]a year earlier", "fell
to two days[, from five in ]2024/25", "to 2 days[, from 5 days in ]2024/25"."""


OWN_EARLIER_LEVEL = re.compile(r"[^.;:,]{0,60}?,\s*(?:up|down)\s+from\s+£?\d", re.I)
"""Right after a count, the level it changed from: "43 cases[, up from] 31": the count is
the later level, never of a bare yardstick stated before it ("a rise of 26% on 2024, and
43 cases, up from 31")."""


REACHED_THEN_AND = re.compile(
    r",?\s+to\s+(?:a\s+(?:total|high|record|peak|low)\s+of\s+)?(?:(?:around|about|almost|"
    r"nearly|more\s+than|just\s+(?:over|under))\s+)?£?\d[\d,.]*(?:m|bn|k)?\b"
    r"(?:%|\s+per\s+cent)?(?:\s+[a-z-]+){0,3}?,?\s+and\s+(?!in\b|during\b|for\b)"
    r"[^.;:\d£]{0,70}?£?$",
    re.I,
)
"""Between a bare yardstick and a figure after it, the level the change reached and ", and"
+ a clause of the same span ("rose by 41% last year compared with 2024, to 612, [and
victims in the county lost a total of] £9.8m"; rule ``reached_then_and``): the figure is
of the later period the change was measured on, not the yardstick's year; not "…, and in
2023 …" (a period of its own), nor a count told right with the yardstick ("compared with
2024, when 700 …": no level reached)."""


SHARE_AFTER_YARDSTICK = re.compile(
    r"\s+(?:but|yet)\s+(?:(?:still|remained|remains|was\s+still|is\s+still)\s+)?(?:(?:nearly|"
    r"almost|about|around|over|more\s+than|less\s+than|just\s+(?:over|under))\s+)?$",
    re.I,
)
"""Between a bare yardstick and a share after it, a contrast with the change ("down 8% on
2024 but still [nearly a third] of all incidents"; rule ``share_after_yardstick``): the
share is of the later period the change was measured on, not the yardstick's year."""


_AND_NEXT = re.compile(r",\s+and\b", re.I)


def part_after_change_back(
    sentence: str, s_start: int, absolute: int, chosen: PeriodFinding
) -> bool:
    """Rule ``part_after_change_back``: in a sentence stating the change of the figure
    before it since a date ("The charity said the figure had almost doubled since 2021, and
    that more than a quarter of the animals …", :func:`.compares_back_sentence`), a count
    with no change of its own in a later clause joined by ", and" is of that figure's
    period, not of the "since" span; "… doubled since 2021 to 1,140" (no ", and") stays."""
    return (
        chosen.kind == "since"
        and compares_back_sentence(sentence, 0)
        and _AND_NEXT.search(sentence, chosen.end_char - s_start, absolute - s_start) is not None
    )


def before_baseline(sentence: str, s_start: int, absolute: int, chosen: PeriodFinding) -> bool:
    """Whether the count at ``absolute`` stands before ``chosen``, a bare yardstick
    ("486 offences, a rise of 57 on 2024/25"), with a change or comparator between them
    (:data:`YARDSTICK_GAP`), or after it with its own earlier level after it
    (:data:`OWN_EARLIER_LEVEL`), or the period of the level a change started from, the count
    the level it reached ("fell to 388, from 502 in Q2 2025/26": :data:`_FROM_YARDSTICK`):
    the count is of the later period the sentence leaves unsaid, not the yardstick's."""
    if chosen.start_char <= absolute:
        if part_after_change_back(sentence, s_start, absolute, chosen):
            return True  # "The figure had doubled since 2021, and a quarter of the deer …"
        figure = FIGURE_AT.match(sentence, absolute - s_start)
        if figure and OWN_EARLIER_LEVEL.match(sentence, figure.end()):
            return chosen.kind == "baseline"  # "… on 2024, and 43 cases, up from 31"
        if chosen.kind == "baseline" and SHARE_AFTER_YARDSTICK.fullmatch(
            sentence, chosen.end_char - s_start, absolute - s_start
        ):
            return True  # "… on 2024 but still nearly a third of all …"
        if chosen.kind == "baseline" and REACHED_THEN_AND.fullmatch(
            sentence, chosen.end_char - s_start, absolute - s_start
        ):
            return True  # "… compared with 2024, to 612, and victims lost £9.8m"
        # "rose by 14% compared with 2023, to 4,388": the level the change reached
        return chosen.kind == "baseline" and bool(
            REACHED_BY_CHANGE.search(sentence, chosen.end_char - s_start, absolute - s_start)
            or (
                REACHED_LEVEL.match(sentence, chosen.end_char - s_start)
                and REACHED_BY_CHANGE.search(sentence, 0, absolute - s_start)
            )
        )
    figure = FIGURE_AT.match(sentence, absolute - s_start)
    gap = sentence[figure.end() if figure else absolute - s_start : chosen.start_char - s_start]
    if chosen.kind != "baseline":
        reached = _REACHED_TO.search(sentence, 0, absolute - s_start)
        return bool(reached and _FROM_YARDSTICK.search(gap))
    return bool(YARDSTICK_GAP.search(gap))


OWN_PERIOD_GAP = re.compile(r"^\S+(?:\s+[a-z-]+){0,3}?\s+(?:(?:in|during)\s+)?$")
"""Between a level and a period right after it: the level, up to three words of its
noun, and "in"/"during" when the phrase leaves it out ("71% in ", "40 cases during ")."""


def own_period_after(text: str, absolute: int, chosen: PeriodFinding) -> bool:
    """Whether ``chosen`` is stated right after the level at ``absolute`` (document
    offsets into ``text``) as that level's own: "…, up from 71% in 2024/25" after "84%
    between April and September" is 2024/25's, not the earlier half of a comparison
    stated in a sentence before and anchored on 2024/25; not "from 5% to 10%, in 2024"
    (the later level stands between)."""
    gap = text[absolute : chosen.start_char]
    return chosen.start_char > absolute and OWN_PERIOD_GAP.match(gap) is not None


_COUNT_BEFORE = re.compile(
    r"[£\d][\d,.]*(?:m|bn|k)?(?:\s+(?!(?:compared|than|against|versus|from|on|with|up|down|"
    r"more|fewer|less)\b)[a-z-]+){0,2}?\s+(?:(?:in|during|for)\s+)?"
)
"""A count right before the yardstick period that dates it: "95 in 2015/16", "£2.1m
during 2019", "95 burglaries [in 2015]" (not "40 more than last year": a change's words)."""
_OWN_PERIOD = re.compile(r"(?:in|during|for)\s|\d", re.I)
"""How a period phrase that is the count's own opens: "[in 2015]", "[2015/16]"; not
"[compared with 2019]" (the comparison's words are the phrase's)."""


def yardsticks_own_count(text: str, absolute: int, period_start: int) -> bool:
    """Whether the yardstick period at ``period_start`` dates the count at ``absolute``
    itself: "95 [in 2015/16]" (:data:`_COUNT_BEFORE`, a phrase opening as
    :data:`_OWN_PERIOD` does), or the count when a thing started ("40 when it began in
    2019", :data:`~.period_past_starts.COUNT_WHEN_STARTED`)."""
    return bool(
        _COUNT_BEFORE.fullmatch(text, absolute, period_start)
        and _OWN_PERIOD.match(text, period_start)
    ) or bool(COUNT_WHEN_STARTED.fullmatch(text, absolute, period_start))
