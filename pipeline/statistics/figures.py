"""Candidate figures in a sentence, and the numbers that are not statistics.

Plain functions, no spaCy. :func:`candidate_figures` finds every number shaped like a
figure (percentages, money, "one in five", fractions, multipliers such as "doubled" and
"four-fold", plain counts) once :func:`blocked_spans` has set aside what is not a
statistic: phone numbers, years and dates, times of day, ages, ordinals, section and
reference numbers, list numbers, durations ("six months") and "one of the …". The words
around each figure (unit, qualifier, change, area, period) are read by
:mod:`pressfacts.statistics.component`.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.lexicon.number_words import FRACTIONS, HALVING, MULTIPLIERS, NUMBER, parse_number

_MONTH_WORDS = MONTH  # the one months table: "2 Nov.", "2 November"; not "2 mayors"
_BLOCKERS = [
    re.compile(r"(?<![\w,])(?:\+44\s?|0)\d{2,4}[ -]?\d{3,4}(?:[ -]?\d{3,4})?\b"),  # phone
    re.compile(  # service numbers where they are dialled ("call 101", "on 999"), not "101 people"
        r"\b(?:call|calling|dial|dialling|ring|phone|on|or|contact)\s+(?:police\s+(?:on\s+)?)?"
        r"(?:101|999|111|116\s?123)\b",
        re.I,
    ),
    re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|\b\d{1,2}\s?(?:am|pm)\b", re.I),  # times
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORDS}\b", re.I),  # 2 November
    re.compile(rf"\b{_MONTH_WORDS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.I),  # November 2
    re.compile(r"(?<![\d,.£])\b(?:19|20)\d{2}\b(?![,.]\d)"),  # years
    re.compile(r"\b\d+\s*(?:st|nd|rd|th)\b", re.I),  # ordinals
    re.compile(
        r"\b\w+[- ]year[- ]olds?\b|\baged\s+\d+|\bage\s+(?:of\s+)?\d+|\bunder[- ]\d{1,2}s\b|"
        r"\bunder-\d{1,2}\b|\b(?:children|child|girls|boys|pupils|those|anyone)\s+under\s+\d{1,2}\b",
        re.I,
    ),  # ages; "under 50 referrals" and "just under 2,000" are qualified counts
    re.compile(r"(?<=[A-Za-z]),\s*\d{1,3}\s*,(?!\d)"),  # "Jo Bell, 45, of …"
    re.compile(r"\b(?:first|second|last|latter|former)\s+half\b", re.I),  # "the first half of"
    re.compile(r"\b(?:PC|DC|PS|DS|PCSO|Sgt|SC|TDC)\s+\d{2,5}\b"),  # collar numbers
    re.compile(
        r"\b(?:section|sections|s\.|article|paragraph|para|clause|ref|reference|case|"
        r"no\.?|number|page|chapter|rule|part|schedule|operation|op|room|flat|route|"
        r"junction|platform|level|tier|grade|category|version|phase|stage|year)\s+\d+\b",
        re.I,
    ),
    re.compile(r"^\s*\d+[.)]\s", re.M),  # list numbers
    re.compile(r"\b\d+/\d+\b|\b\d+s\b"),  # 24/7, 1990s, under 18s
    re.compile(r"https?://\S+|\S+@\S+|www\.\S+"),
    re.compile(
        rf"\b(?:{NUMBER}|a|one)[- ](?:hour|day|week|month|year|decade|minute|second)s?\b",
        re.I,
    ),  # durations: "six months", "a six-month period", "eight years"
    re.compile(r"\bone\s+of\b", re.I),
]
_PERCENT = re.compile(rf"(?P<num>{NUMBER})\s?(?:%|per\s?cent\b|percent\b)", re.I)
_MONEY = re.compile(rf"£\s?(?P<num>{NUMBER})", re.I)
_PROPORTION = re.compile(rf"\b(?P<a>one|{NUMBER})\s+in\s+(?P<b>{NUMBER})\b", re.I)
_FRACTION = re.compile(
    r"\b(?P<frac>"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + r")\b(?=\s+(?:of|the|all)\b)|"
    r"(?<=by )(?P<frac2>" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")\b",
    re.I,
)
_MULTIPLIER = re.compile(
    r"\b(?P<mult>" + "|".join([*MULTIPLIERS, *HALVING]) + r")\b|\b(?P<fold>\w+)[- ]fold\b", re.I
)
_COUNT = re.compile(rf"(?<![\w£.,-])(?P<num>{NUMBER})(?![\w%-]|\.\d|,\d)", re.I)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are not statistics: phone numbers, years, dates, times,
    ages, ordinals, section and reference numbers, durations, "one of"."""
    return [m.span() for pattern in _BLOCKERS for m in pattern.finditer(text)]


def candidate_figures(text: str) -> list[tuple[int, int, float, str, str | None]]:
    """(start, end, value, unit, change) of every candidate figure, negatives removed."""
    blocked = blocked_spans(text)
    found: list[tuple[int, int, float, str, str | None]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, value: float | None, unit: str, change: str | None) -> None:
        if any(s <= start < e or s < end <= e for s, e in blocked):
            return
        if value is not None and free(start, end):
            found.append((start, end, value, unit, change))
            taken.append((start, end))

    for match in _PERCENT.finditer(text):
        add(match.start(), match.end(), parse_number(match.group("num")), "percent", None)
    for match in _MONEY.finditer(text):
        add(match.start(), match.end(), parse_number(match.group("num")), "pounds", None)
    for match in _PROPORTION.finditer(text):
        a, b = parse_number(match.group("a")), parse_number(match.group("b"))
        if a and b and b > a:
            add(match.start(), match.end(), round(100 * a / b, 1), "percent", None)
    for match in _FRACTION.finditer(text):
        phrase = (match.group("frac") or match.group("frac2")).lower()
        add(match.start(), match.end(), FRACTIONS[phrase], "percent", None)
    for match in _MULTIPLIER.finditer(text):
        word = (match.group("mult") or "").lower()
        if word in HALVING:
            add(match.start(), match.end(), 50.0, "percent", "decrease")
        elif word:
            add(match.start(), match.end(), MULTIPLIERS[word], "times", "increase")
        else:
            value = parse_number(match.group("fold"))
            add(match.start(), match.end(), value, "times", "increase")
    for match in _COUNT.finditer(text):
        start, end = match.span()
        if match.group("num").lower() in ("one", "a"):
            continue
        add(start, end, parse_number(match.group("num")), "", None)
    return sorted(found)
