"""How far a lead-in reaches (the list after its colon, its paragraph, the next one), and
a sentence read without its period phrases.

Read by the lead-in rules of :mod:`pressfacts.statistics.period_context` and by
:mod:`pressfacts.statistics.period_event_lists`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from pressfacts.findings import UNRESOLVED, PeriodFinding
from pressfacts.lexicon.lists import BULLET as LIST_BULLET
from pressfacts.lexicon.lists import NUMBERED

BULLET = re.compile(rf"[ \t]*(?:{LIST_BULLET}|{NUMBERED})\s")
"""A list line's marker: "- 40 arrests", "• 12 charges", "1. 3 seizures"."""


def paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph that holds ``start``."""
    found = text.find("\n", start)
    return len(text) if found < 0 else found


def list_end(text: str, start: int) -> int:
    """The end of the list after a colon: bullet lines (blank lines between allowed),
    or, without markers, the lines up to the next blank line."""
    position = start
    lines = text[start:].split("\n")
    bulleted = any(BULLET.match(line) for line in lines[1:] if line.strip()) and bool(
        BULLET.match(next((line for line in lines[1:] if line.strip()), ""))
    )
    end = start
    for index, line in enumerate(lines):
        if index and line.strip():
            if bulleted and not BULLET.match(line):
                break
            if not bulleted and index > 1 and not lines[index - 1].strip():
                break  # (the first line is the rest of the lead's own line)
            end = position + len(line)
        position += len(line) + 1
    return max(end, paragraph_end(text, start))


def next_paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph after the one that holds ``start`` (blank lines between);
    when that paragraph is a list's lead line ("Arrests by area:"), the end of its list.
    When the one that holds ``start`` is itself a list's lead line ("The results of the
    week, which ran from 6 to 12 October, include:"), its list, then the paragraph after."""
    end = paragraph_end(text, start)
    if text[:end].rstrip().endswith(":"):
        end = list_end(text, end)
    following = _NEXT_TEXT.match(text, end)
    if not following:
        return end
    after = paragraph_end(text, following.end())
    if text[:after].rstrip().endswith(":"):
        return list_end(text, after)
    return after


_NEXT_TEXT = re.compile(r"\s*\S")
_DIGIT = re.compile(r"\d")


def next_counting_paragraph_end(text: str, start: int) -> int:
    """:func:`next_paragraph_end`, reaching one paragraph further when the next paragraph
    states no figure in digits ("… since the bins were installed in 2022." then "The bins
    are emptied every fortnight …" then "The bin in Margate has taken 498"): a scheme's
    lead and the breakdown after the words that describe it."""
    end = paragraph_end(text, start)
    after = next_paragraph_end(text, start)
    if after > end and not _DIGIT.search(text, end, after):
        return next_paragraph_end(text, after)
    return after


def two_paragraphs_end(text: str, start: int) -> int:
    """The end of the second paragraph after the one that holds ``start``: a fund's
    announcement and the grants it lists over the paragraphs after it."""
    return next_paragraph_end(text, next_paragraph_end(text, start))


_QUOTE_MARK = re.compile(r"[\"“]")


def grants_end(text: str, start: int) -> int:
    """:func:`two_paragraphs_end`, cut before the first paragraph after the lead's own
    that holds quoted speech (He said: "…"): a fund's span reaches the grants it lists,
    not what a speaker goes on to tell of past work ("… have taken part")."""
    end = two_paragraphs_end(text, start)
    own_end = paragraph_end(text, start)
    quoted = _QUOTE_MARK.search(text, own_end, end)
    if quoted is None:
        return end
    cut = text.rfind("\n", own_end, quoted.start())
    return max(own_end, cut)


def without_periods(text: str, start: int, end: int, periods: Sequence[PeriodFinding]) -> str:
    """``text[start:end]`` with the period phrases in it blanked out."""
    chars = list(text[start:end])
    for period in periods:
        for index in range(max(period.start_char, start), min(period.end_char, end)):
            chars[index - start] = " "
    return "".join(chars)


def states_no_figure(text: str, start: int, end: int, periods: Sequence[PeriodFinding]) -> bool:
    """Whether ``text[start:end]`` holds no digit once its period phrases are blanked out
    (:func:`without_periods`): a sentence that dates figures without stating one."""
    return not _DIGIT.search(without_periods(text, start, end, periods))


Lead = tuple[int, int, PeriodFinding, str]
"""A lead-in: where its sentence ends, where its reach ends, its period, its rule's name."""


SELF_CUT = frozenset({"release_event_span"})
"""Lead-ins whose rule already ends their reach at the first paragraph stating a span of
its own (a comparison's yardstick and the same span told again do not): not cut again."""


def cut_at_restated(
    leads: Sequence[Lead],
    text: str,
    sentences: Sequence[tuple[int, int]],
    mains: Sequence[PeriodFinding | None],
) -> list[Lead]:
    """Each lead-in's reach, ended at the first sentence past its own paragraph that states
    a main period of its own (``mains``, one per sentence) other than the lead's: "The
    week, which ran from 10 to 16 November, …" governs the next paragraph, but not once
    that paragraph says "in the year to June, …" and its figures run on from there. A list
    line keeps the lead (its own period qualifies that line only)."""
    starts = [start for start, _end in sentences]
    stating = [  # the sentences that may end a reach: a main period, no list line
        index
        for index, main in enumerate(mains)
        if main is not None and not BULLET.match(text, starts[index])
    ]
    keys = [_span(mains[index]) for index in stating]
    different = list(range(1, len(stating) + 1))  # the next stating sentence of another span
    for at in range(len(stating) - 2, -1, -1):
        if keys[at + 1] == keys[at]:
            different[at] = different[at + 1]
    cut: list[Lead] = []
    for lead_end, reach, period, name in leads:
        if name in SELF_CUT:
            cut.append((lead_end, reach, period, name))
            continue
        at = bisect_left(stating, bisect_left(starts, paragraph_end(text, lead_end)))
        if at < len(stating) and keys[at] == (period.start, period.end):
            at = different[at]  # the lead's own period stated again: read on
        if at < len(stating) and starts[stating[at]] < reach:
            reach = starts[stating[at]]
        cut.append((lead_end, reach, period, name))
    return cut


def _span(period: PeriodFinding | None) -> tuple[object, object]:
    """A period's dates, to tell one stated span from another."""
    return (period.start, period.end) if period is not None else (None, None)


EVENT_DAY_LEADS = frozenset({"action_day_for_lead_in", "action_day_lead_in"})
"""Lead-ins that date a day of action (rule ``event_day_restated``): within their reach an
undated opening that restates the event ("During the operation, 46 vans were stopped …",
"During the day, …": a ``sentence_lead_in`` with an unresolved period) is the same day, so
its figures take the day; an opening with a period of its own ("In 2025, …") keeps it, and
an undated opening under any other lead-in (a month, a year) stays undated."""


def restates_event_day(outer: Lead, inner: Lead, absolute: int) -> bool:
    """Whether ``inner``, an undated opening inside the reach of ``outer``, a day of
    action's lead-in (:data:`EVENT_DAY_LEADS`), restates that day for the figure at
    ``absolute`` (rule ``event_day_restated``)."""
    return (
        outer[3] in EVENT_DAY_LEADS
        and inner[3] == "sentence_lead_in"
        and inner[2].kind == UNRESOLVED
        and outer[2].kind != UNRESOLVED
        and absolute < outer[1]
    )


def governing_lead(
    leads: Sequence[Lead], lead_starts: Sequence[int], absolute: int
) -> PeriodFinding | None:
    """The lead-in period governing the figure at ``absolute``, if any: the last lead-in
    before it, while its reach lasts (undated lead-ins govern too: their figures stay
    undated); past its reach, a release's event lead-in whose reach holds it
    (:data:`SELF_CUT`: "The week ran from …" governs its paragraph and the next, the lead's
    week of action the rest of the release)."""
    index = bisect_right(lead_starts, absolute) - 1
    if index < 0:
        return None
    if absolute < leads[index][1]:
        if index > 0 and restates_event_day(leads[index - 1], leads[index], absolute):
            return leads[index - 1][2]
        return leads[index][2]
    wide = leads[0]  # a release's lead-in is its first (``with_release_lead`` puts it there)
    return wide[2] if index > 0 and wide[3] in SELF_CUT and absolute < wide[1] else None


AIM_SENTENCE = re.compile(
    r"[^.!?\n]*?\b(?:wants|urges|(?:is|are)\s+(?:urging|calling\s+(?:on|for)|asking))\s+"
    r"(?:[\w’'-]+\s+){0,12}?to\s+[a-z]+\b",
    re.I,
)
"""A sentence stating an aim or a demand (rule ``aim_sentence``): "The charity wants every
one of the 43 forces to publish a plan", "is calling on all 12 councils to …", "urges the
30 schools to …". Its count is of those asked, not of what was done in the span a lead-in
opened, so it takes no lead-in period; a first-person wish ("we want …") is not one."""


def aim_sentence(text: str, at: int) -> bool:
    """Whether the sentence starting at ``at`` states an aim (:data:`AIM_SENTENCE`)."""
    return at >= 0 and AIM_SENTENCE.match(text, at) is not None
