"""Publication dates: header values and datelines such as "Friday, November 2, 2018".

A dateline is a date standing near the top of a press release, on its own line or
leading one ("2 November 2018, 06:32 | Updated: ..."). Only the first few lines are
searched, so a date in the story itself is not taken for the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pressfacts.lexicon.months import MONTH_WORD, MONTHS

_MONTH = rf"(?P<month>{MONTH_WORD})\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_LABEL = (
    r"\W*(?:(?:published|posted|updated|date|dated|issued)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:(?:gmt|bst)\s*)?,?\s+(?:on\s+)?)?"
)
"""What may stand before a dateline's date: a label ("Published:", "Posted on") and a
time of day ("Published 14:02, 16 Jan 2025", "Updated 9.15am on 3 May 2024")."""
_DATELINE_PATTERNS = [
    re.compile(rf"^{_LABEL}{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I | re.M),
    re.compile(rf"^{_LABEL}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I | re.M),
    re.compile(
        rf"^{_LABEL}(?P<year>(?:19|20)\d{{2}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})\b", re.I | re.M
    ),
    # the UK's numeric order, day first: "19/09/2024", "Date: 19.09.2024", "4-3-2024 10:02";
    # not "2024/25" or "1/2" (no four-digit year after a day and a month)
    re.compile(
        rf"^{_LABEL}{_WEEKDAY}(?P<day>\d{{1,2}})(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)"
        rf"{_YEAR}\b(?![/.-]\d)",
        re.I | re.M,
    ),
]
DATELINE_SEARCH_LINES = 6


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        return dt.date(int(year), month_number, int(day))
    except ValueError:
        return None


def find_dateline(text: str, max_lines: int = DATELINE_SEARCH_LINES) -> dt.date | None:
    """The date of a dateline among the first ``max_lines`` non-blank lines, if any."""
    lines = [line for line in text.split("\n") if line.strip()][:max_lines]
    for line in lines:
        for pattern in _DATELINE_PATTERNS:
            match = pattern.match(line)
            if match:
                found = _to_date(match.group("year"), match.group("month"), match.group("day"))
                if found:
                    return found
    return None


def parse_date_value(value: Any) -> dt.date | None:
    """A header value (date, datetime, ISO string or written date) as a date, else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    iso = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return _to_date(iso.group(1), iso.group(2), iso.group(3))
    return find_dateline(value, max_lines=1)
