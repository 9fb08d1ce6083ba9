"""Ranges of counts: "between 30 and 40 arrests a week", "20 to 25 officers".

A range fixes a lower and an upper bound, so each bound is a statistic: the lower one
"at least", the upper one "up to" (the contract has no range; the bounds are what the
text fixes). The lower bound shares the noun written after the upper one ("between 30
and 40 arrests": 30 arrests). Each way of writing a range is a named rule. Not ranges:
"from 30 to 40" (a change, read by the change rules), days ("between 6 and 12 May",
set aside as dates before), ages ("aged 11 to 16", set aside before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.lexicon.number_words import NUMBER

_YEAR = r"(?:19|20)\d\d\b"
"""A year, which bounds a span of time, not a count."""
_NOT_TIME = r"(?!\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\b)"
"""After the upper bound of a ``to-range``, not a unit of time: "for 60 to 90 seconds" is a
duration, both bounds (the upper one is set aside as a duration before; rule
``duration-range``); not "between 20 and 30 minutes" (a measured wait, a range)."""


@dataclass(frozen=True)
class RangeRule:
    """A named way of writing a range of counts; ``pattern`` has groups ``a`` and ``b``."""

    name: str
    pattern: re.Pattern[str]


RANGE_RULES: tuple[RangeRule, ...] = (
    # "between 30 and 40 arrests", "between 1,200 and 1,500 calls"; not "between 2019 and 2021"
    RangeRule(
        "between-and",
        re.compile(
            rf"\bbetween\s+(?!{_YEAR})(?P<a>{NUMBER})\b\s+and\s+(?!{_YEAR})(?P<b>{NUMBER})\b"
            rf"(?![.,]\d|%|\s*per\s?cent)",
            re.I,
        ),
    ),
    # "20 to 25 officers", "some 30 to 40 people"; not "from 30 to 40" (a change), "up
    # 20 to 25%" (a percentage), "increased by 2,000 to 14,000" (a change and its level)
    RangeRule(
        "to-range",
        re.compile(
            rf"(?<!\bfrom\s)(?<!\brose\s)(?<!\bfell\s)(?<!\bby\s)(?<![\w.,/£-])(?!{_YEAR})"
            rf"(?P<a>\d[\d,]*)\b\s+to\s+"
            rf"(?!{_YEAR})(?P<b>\d[\d,]*)\b(?![.,]\d|%|\s*per\s?cent){_NOT_TIME}",
            re.I,
        ),
    ),
)
"""Every way a range of counts is written, tried in this order."""


@dataclass(frozen=True)
class RangeBound:
    """A figure that bounds a range: ``lower`` or not, where the other bound ends, and
    the rule that read it."""

    lower: bool
    upper_end: int
    rule: str

    @property
    def qualifier(self) -> str:
        """The qualifier the bound gives: "at least" below, "up to" above."""
        return "at least" if self.lower else "up to"


_CHANGE_FROM = re.compile(
    r"\b(?:from|rose|fell|by)\s+(?:(?:just|well|some|around|about|nearly|almost|under|over|"
    r"more|less|than)\s+){1,3}$",
    re.I,
)
"""A change's words before a qualified count: "rose from just under 200 to 300" is a change
from one level to another, no range (the ``to-range`` rule's lookbehind sees only the
qualifier)."""


def range_bound(sentence: str, start: int, end: int) -> RangeBound | None:
    """The range the figure at ``start``..``end`` of ``sentence`` bounds, if any."""
    window = max(0, start - 40)
    for rule in RANGE_RULES:
        for match in rule.pattern.finditer(sentence, window, min(len(sentence), end + 30)):
            if _CHANGE_FROM.search(sentence, max(0, match.start() - 40), match.start()):
                continue
            if match.span("a") == (start, end):
                return RangeBound(True, match.end("b"), rule.name)
            if match.span("b") == (start, end):
                return RangeBound(False, match.end("b"), rule.name)
    return None
