"""A part singled out of a whole stated just before it is dated inside that whole.

"The charity received 1,240 reports last summer. In June alone, its line took 9,012
calls.": "June", read against the publication date (July 2025), would be June 2025; but
"alone" singles it out of the summer stated before (2024), so it is June 2024. A month or
season named with no year of its own and marked as a part (:func:`.is_part`: "alone"
after it, or ranked among the others: "The busiest month was August") takes the year that
puts it inside the nearest span stated before it, within :data:`PART_REACH` characters,
when a shift of a year or two does; a part already inside a span stated there (the
whole, when a yardstick's span stands between), one with a year of
its own ("In May 2024 alone", an ``explicit`` phrase), one tied to the publication date
("Last month alone": :data:`ANCHORED_TO_NOW`) and one no shift fits are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_alone_parts import is_part
from pressfacts.statistics.period_rules import month_end

PART_REACH = 400
"""How far back (characters) the whole a part is singled out of may stand."""
_SHIFTS = (-1, 1, -2)
"""The year shifts tried, in order: a part resolved against P most often lands a year
after the whole it belongs to."""
_PART_KINDS = frozenset({"relative"})
"""The kinds of phrase whose year was read against P, not stated: "In June"."""
ANCHORED_TO_NOW = re.compile(r"\b(?:last|this|next|past|previous|coming|current|so\s+far)\b", re.I)
"""Words that tie a part to the publication date, not to the whole before it: "Last month
alone, 96 new cases" is the month before P however the span before it ran."""


def _shifted(part: PeriodFinding, years: int) -> tuple[dt.date, dt.date]:
    """The part's span moved by ``years`` (a month's end kept a month's end)."""
    start = part.start.replace(year=part.start.year + years, day=1)
    start = start.replace(day=min(part.start.day, month_end(start.year, start.month).day))
    end_month = month_end(part.end.year + years, part.end.month)
    end = (
        end_month
        if part.end == month_end(part.end.year, part.end.month)
        else (end_month.replace(day=min(part.end.day, end_month.day)))
    )
    return start, end


OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s:(]))[“\"]")
"""A quote mark opening a quotation (after a space, a colon or a line start)."""
CLOSING_QUOTE = re.compile(r"”|(?<=\S)\"")
"""A quote mark closing one."""


def quoted_after(text: str, whole_end: int, part_start: int) -> bool:
    """Rule ``part_quoted_after_whole``: whether the part at ``part_start`` stands inside a
    quotation opened after the whole that ends at ``whole_end``. The speaker singles it out
    of their own words, not of the narrative's span before ("… more than half of them
    last year. Inspector Kaye said: “Over the August bank holiday weekend alone we
    arrested 23 people”": this year's weekend, not last year's)."""
    opened = [m.end() for m in OPENING_QUOTE.finditer(text, whole_end, part_start)]
    return bool(opened) and CLOSING_QUOTE.search(text, opened[-1], part_start) is None


def _wholes_before(found: Sequence[PeriodFinding], index: int, text: str) -> list[PeriodFinding]:
    """The spans longer than ``found[index]`` stated before it within :data:`PART_REACH`,
    nearest first, none of them outside a quotation the part stands in
    (:func:`quoted_after`)."""
    part = found[index]
    wholes = []
    for before in range(index - 1, -1, -1):  # no copy of the list before: a part may be late
        whole = found[before]
        if part.start_char - whole.end_char > PART_REACH:
            break
        if quoted_after(text, whole.end_char, part.start_char):
            break
        if whole.kind in ("explicit", "relative", "since") and (
            (whole.end - whole.start) > (part.end - part.start)
        ):
            wholes.append(whole)
    return wholes


def parts_in_their_wholes(text: str, found: list[PeriodFinding]) -> list[PeriodFinding]:
    """``found`` with each part singled out of the span before it dated inside that span
    (see the module's docstring)."""
    result = list(found)
    for index, part in enumerate(found):
        if part.kind not in _PART_KINDS or (part.end - part.start).days > 366:
            continue
        if not is_part(text, part) or ANCHORED_TO_NOW.search(text, part.start_char, part.end_char):
            continue
        wholes = _wholes_before(found, index, text)
        if not wholes or any(w.start <= part.start and part.end <= w.end for w in wholes):
            continue  # none stated, or one holds it already ("between January and June")
        whole = wholes[0]
        for years in _SHIFTS:
            start, end = _shifted(part, years)
            if whole.start <= start and end <= whole.end:
                result[index] = replace(part, start=start, end=end)
                break
    return result
