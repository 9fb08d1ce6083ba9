"""Stage 3a: periods, the spans of time figures cover, as whole ISO dates.

| Requires                     | Assigns                                 | Config       |
|------------------------------|-----------------------------------------|--------------|
| sentences, ``doc._.published`` | ``doc._.periods``: list of PeriodFinding | ``months``: none |

The grammar is written here, not left to dateparser: dateparser reads single dates
well but ranges, durations and anchoring badly, and it takes plain words ("may",
"now", "second") for dates. Calendar units are whole ("July 2017" is the whole month);
relative phrases resolve against the publication date P ("last year", "the past 12
months", "since 2021") or against the period stated before ("the following six
months"). Without P, a phrase that needs it gives no period: never guess. Single days
("on 14 March 2023") are the one thing dateparser reads, through
:mod:`pressfacts.statistics.single_dates`, and only once a regex has shaped the phrase like a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.extensions import register_extensions
from pressfacts.findings import PeriodFinding
from pressfacts.reader.datelines import MONTHS
from pressfacts.statistics.single_dates import DAY_DATE, DayReader, default_day_reader

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
    "twenty-four": 24, "twenty four": 24, "thirty-six": 36,
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d{2}"
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?:month|year|week)"


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "month_range",
        re.compile(
            rf"\b(?:between|from)\s+(?P<m1>{_MONTH})\s*(?P<y1>{_YEAR})?\s+(?:and|to|until)\s+"
            rf"(?P<m2>{_MONTH})\s*(?P<y2>{_YEAR})?",
            re.I,
        ),
    ),
    (
        "day_range",
        re.compile(
            rf"\b(?:between|from)\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})|"
            rf"(?P<m1b>{_MONTH})\s+(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?),?\s*(?P<y1>{_YEAR})?\s+"
            rf"(?:and|to|until)\s+(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})|"
            rf"(?P<m2b>{_MONTH})\s+(?P<d2b>\d{{1,2}})(?:st|nd|rd|th)?),?\s*(?P<y2>{_YEAR})?",
            re.I,
        ),
    ),
    (
        "shared_month_range",
        re.compile(
            rf"\bbetween\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to)\s+"
            rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
            re.I,
        ),
    ),
    (
        "financial_year",
        re.compile(rf"\b(?P<y1>{_YEAR})[/-](?P<y2>\d{{2}})\b(?!\d)", re.I),
    ),
    (
        "year_range",
        re.compile(
            rf"\b(?:between|from)\s+(?P<y1>{_YEAR})\s+(?:and|to|until)\s+"
            rf"(?P<y2>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        "year_to",
        re.compile(
            rf"\b(?:the\s+)?(?:year|12\s+months)\s+(?:to|ending)\s+(?:the\s+end\s+"
            rf"of\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})",
            re.I,
        ),
    ),
    (
        "first_months",
        re.compile(
            rf"\b(?:the\s+)?(?P<which>first|last)\s+(?P<n>{_COUNT})\s+months\s+of\s+"
            rf"(?P<y>{_YEAR})",
            re.I,
        ),
    ),
    (
        "since",
        re.compile(rf"\bsince\s+(?:(?P<m>{_MONTH})\s+)?(?P<y>{_YEAR})\b", re.I),
    ),
    (
        "baseline",
        re.compile(
            rf"\b(?:on|compared\s+(?:with|to)|than\s+in|than)\s+"
            rf"(?P<y>{_YEAR})\b(?![-/]\d)",
            re.I,
        ),
    ),
    (
        "since_month",
        re.compile(rf"\bsince\s+(?P<m>{_MONTH})(?!\s*\d)", re.I),
    ),
    (
        "month_year",
        re.compile(
            rf"\b(?:in|during|throughout|for|of|since)?\s*(?P<m>{_MONTH})\s+"
            rf"(?P<y>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(rf"\b(?:in|during|throughout|for)\s+(?P<y>{_YEAR})\b(?![-/]\d)", re.I),
    ),
    (
        "relative_year",
        re.compile(r"\b(?P<which>last|this|previous|past)\s+year(?!['’]s)\b", re.I),
    ),
    (
        "relative_month",
        re.compile(r"\b(?P<which>last|this)\s+month\b", re.I),
    ),
    (
        "past_months",
        re.compile(
            rf"\b(?:the\s+)?(?:last|past)\s+(?P<n>{_COUNT})\s+"
            rf"(?P<unit>months|years)\b",
            re.I,
        ),
    ),
    (
        "following",
        re.compile(
            rf"\b(?:the\s+"
            rf")?(?P<which>following|next|subsequent|previous|preceding)\s+"
            rf"(?P<n>{_COUNT})[-\s]{_UNIT}s?(?:\s+period)?",
            re.I,
        ),
    ),
    (
        "same",
        re.compile(
            rf"\b(?:the\s+)?(?:same|that|this)\s+(?:(?P<n>{_COUNT})[-\s]month\s+"
            rf")?period\b|\bover\s+the\s+(?P<n2>{_COUNT})[-\s]month\s+period\b",
            re.I,
        ),
    ),
    (
        "year_before",
        re.compile(
            r"\b(?:the\s+year\s+before|the\s+(?:previous|preceding)\s+year|a\s+year\s+(?:earlier|before))\b",
            re.I,
        ),
    ),
    ("same_year", re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)),
    ("today", re.compile(r"\btoday\b", re.I)),
    ("day", DAY_DATE),
]  # fmt: skip


_FULL_MONTHS = {name.lower() for name in calendar.month_name if name}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the space, commas and sentence stop a pattern took at its edges
    ("(in)? May 2023", "between 24 March and 23 April, ", "on 5 March.")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    last_word = re.search(r"([A-Za-z]+)\.$", text[start:end])
    if last_word and last_word.group(1).lower() in _FULL_MONTHS:
        end -= 1  # a full month name takes no abbreviation stop: the stop ends the sentence
    return start, end


def _resolve(
    kind: str,
    match: re.Match[str],
    published: dt.date | None,
    previous: PeriodFinding | None,
    days: DayReader | None = None,
) -> PeriodFinding | None:
    """One matched phrase as a period, or None when it cannot be fixed."""
    group = match.groupdict()
    start_char, end_char = match.span()
    start_char, end_char = _trimmed(match.string, start_char, end_char)

    def made(start: dt.date, end: dt.date, how: str = "explicit", anchor=None) -> PeriodFinding:  # type: ignore[no-untyped-def]
        return PeriodFinding(start_char, end_char, start, end, how, anchor)

    if kind == "month_range":
        year2 = int(group["y2"]) if group["y2"] else (published.year if published else None)
        if year2 is None:
            return None
        m1, m2 = _month(group["m1"]), _month(group["m2"])
        year1 = int(group["y1"]) if group["y1"] else (year2 if m1 <= m2 else year2 - 1)
        return made(dt.date(year1, m1, 1), month_end(year2, m2))
    if kind == "day_range":
        year2 = int(group["y2"]) if group["y2"] else (published.year if published else None)
        if year2 is None:
            return None
        m1 = _month(group["m1"] or group["m1b"])
        m2 = _month(group["m2"] or group["m2b"])
        d1, d2 = int(group["d1"] or group["d1b"]), int(group["d2"] or group["d2b"])
        year1 = int(group["y1"]) if group["y1"] else (year2 if m1 <= m2 else year2 - 1)
        try:
            return made(dt.date(year1, m1, d1), dt.date(year2, m2, d2))
        except ValueError:
            return None
    if kind == "shared_month_range":
        year = int(group["y"]) if group["y"] else (published.year if published else None)
        if year is None:
            return None
        try:
            month = _month(group["m"])
            return made(
                dt.date(year, month, int(group["d1"])), dt.date(year, month, int(group["d2"]))
            )
        except ValueError:
            return None
    if kind == "financial_year":  # the UK financial year: April to March
        first_year = int(group["y1"])
        if (first_year + 1) % 100 != int(group["y2"]):
            return None
        return made(dt.date(first_year, 4, 1), dt.date(first_year + 1, 3, 31))
    if kind == "day":
        day = (days or default_day_reader()).read(match, published)
        return made(day, day) if day else None
    if kind == "year_range":
        return made(dt.date(int(group["y1"]), 1, 1), dt.date(int(group["y2"]), 12, 31))
    if kind == "year_to":
        end = month_end(int(group["y"]), _month(group["m"]))
        return made(add_months(end, -11), end)
    if kind == "first_months":
        year, n = int(group["y"]), _count(group["n"])
        if group["which"].lower() == "first":
            return made(dt.date(year, 1, 1), month_end(year, n))
        return made(dt.date(year, 13 - n, 1), dt.date(year, 12, 31))
    if kind == "since":
        if published is None:
            return None
        month = _month(group["m"]) if group["m"] else 1
        return made(dt.date(int(group["y"]), month, 1), published, "since")
    if kind == "baseline":
        year = int(group["y"])
        return made(dt.date(year, 1, 1), dt.date(year, 12, 31), "baseline")
    if kind == "since_month":
        if published is None:
            return None
        month = _month(group["m"])
        year = published.year if month <= published.month else published.year - 1
        return made(dt.date(year, month, 1), published, "since")
    if kind == "month_year":
        year, month = int(group["y"]), _month(group["m"])
        return made(dt.date(year, month, 1), month_end(year, month))
    if kind == "year":
        year = int(group["y"])
        return made(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if published is None and kind in ("relative_year", "relative_month", "past_months", "today"):
        return None
    if kind == "relative_year" and published:
        which = group["which"].lower()
        if which == "this":
            return made(dt.date(published.year, 1, 1), published, "relative")
        if which == "past":  # "the past year": the 12 whole months before P's month
            first = add_months(published, -12)
            return made(first, add_months(published, 0) - dt.timedelta(days=1), "relative")
        return made(
            dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), "relative"
        )
    if kind == "relative_month" and published:
        if group["which"].lower() == "this":
            return made(dt.date(published.year, published.month, 1), published, "relative")
        first = add_months(published, -1)
        return made(first, month_end(first.year, first.month), "relative")
    if kind == "past_months" and published:
        n = _count(group["n"]) * (12 if group["unit"].lower() == "years" else 1)
        this_month = dt.date(published.year, published.month, 1)
        return made(add_months(published, -n), this_month - dt.timedelta(days=1), "relative")
    if kind == "today" and published:
        return made(published, published, "relative")
    if kind == "following":
        if previous is None:
            return None
        n = _count(group["n"])
        anchor = (previous.start, previous.end)
        if group["which"].lower() in ("previous", "preceding"):
            start = add_months(previous.start, -n)
            return made(start, previous.start - dt.timedelta(days=1), "previous", anchor)
        start = add_months(previous.end, 1)
        end = add_months(start, n) - dt.timedelta(days=1)
        return made(start, end, "following", anchor)
    if kind == "year_before":  # twelve months before the period stated before it
        if previous is not None:
            start = add_months(previous.start, -12)
            end = add_months(previous.end, -11) - dt.timedelta(days=1)
            return made(start, end, "previous", (previous.start, previous.end))
        if published is None:
            return None
        return made(
            dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), "relative"
        )
    if kind == "same_year":
        if previous is None:
            return None
        return made(previous.start, previous.end, "same", previous.anchor)
    if kind == "same":
        if previous is None:
            return None
        return made(previous.start, previous.end, "same", previous.anchor)
    return None


def find_periods(
    text: str, published: dt.date | None, days: DayReader | None = None
) -> list[PeriodFinding]:
    """Every period stated in ``text``, in order, each resolved against what came before.

    Args:
        text: the document text.
        published: the publication date P, or None when unknown.
        days: the reader of single days (a shared one when not given).
    """
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if match.group(0).strip():
                candidates.append((match.start(), -match.end(), kind, match))
    taken: list[tuple[int, int]] = []
    found: list[PeriodFinding] = []
    previous: PeriodFinding | None = None
    for start, negative_end, kind, match in sorted(candidates, key=lambda c: (c[0], c[1])):
        end = -negative_end
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue  # the longest phrase at a place wins (it was sorted first)
        period = _resolve(kind, match, published, previous, days)
        taken.append((start, end))
        if period is not None:
            found.append(period)
            if period.kind not in ("same",):
                previous = period
    return found


class PeriodFinder:
    """Writes :func:`find_periods` onto ``doc._.periods``."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.days = DayReader()

    def __call__(self, doc: Doc) -> Doc:
        """Find the periods of ``doc`` against its publication date."""
        doc._.periods = find_periods(doc.text, doc._.published, self.days)
        return doc


@Language.factory("pressfacts_periods", default_config={}, assigns=["doc._.periods"])
def make_periods(nlp: Language, name: str) -> PeriodFinder:
    """Factory of the ``pressfacts_periods`` component."""
    return PeriodFinder(nlp, name)
