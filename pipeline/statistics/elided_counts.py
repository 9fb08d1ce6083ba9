"""Counts that leave their noun unsaid because the count before them said it.

"Officers seized 14 knives in May and 26 in June": the 26 counts knives, and so does
the 380 of "460 drivers were caught, against the five-year average of 380". Such a count
has no noun after it; the unit rule ``elided-count``
(:data:`pressfacts.statistics.units.UNIT_RULES`) gives it the unit of the count before
it in its sentence when one of :data:`ELIDED_RULES` says the words around it elide the
noun. Each rule is named, with the words it reads before and after the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ElidedRule:
    """A named way a count repeats the noun of the count before it."""

    name: str
    before: re.Pattern[str]
    """Matches the end of the sentence before the number."""
    after: re.Pattern[str]
    """Matches the start of the sentence after the number."""


_PERIOD_NEXT = re.compile(
    r"\s*(?:in|during|over|throughout|for|across|by|last|this|the\s+(?:previous|following|"
    r"same|year|month|week|past|last)|a\s+(?:year|month|week)\s+(?:earlier|before|later))\b",
    re.I,
)
"""The words after a number that state when it was counted: " in June", " last year"."""
_ANYTHING = re.compile(r"")

ELIDED_RULES: tuple[ElidedRule, ...] = (
    # "14 knives in May and 26 in June", "40 calls last year but 52 this year"; not
    # "14 knives and 26 officers" (a noun of its own), "and 26 were charged"
    ElidedRule(
        "and_then_period",
        re.compile(r"(?:^|[\s,])(?:and|but|while|whereas|against|versus|vs\.?)\s+$", re.I),
        _PERIOD_NEXT,
    ),
    # "against the five-year average of 380", "above the three-year mean of 41 a year",
    # "the 2019 figure of 380"; not "an average of 88 incidents" (a noun of its own), "a
    # rate of 12"
    ElidedRule(
        "yardstick_of",
        re.compile(
            r"\b(?:average|mean|figure|total)\s+of\s+(?:around\s+|about\s+|some\s+|nearly\s+)?$",
            re.I,
        ),
        _ANYTHING,
    ),
    # "1,240 thefts in Shropshire, while Worcester saw 280", "and Telford recorded 310.":
    # a level verb and the count closing the clause; not "saw 280 people" (a noun), "saw
    # 280 in May" (and_then_period's)
    ElidedRule(
        "level_at_end",
        re.compile(
            r"\b(?:saw|recorded|reported|logged|had|made)\s+(?:(?:around|about|some|nearly|"
            r"almost|over|more\s+than|just\s+over|just\s+under)\s+)?$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;:)]|,\s|$)"),
    ),
    # "sold 5,200 tickets last year, about 100 a week", "… – equivalent to more than 9 a
    # day": the same count restated as a rate; not "100 a week of action" (a noun
    # follows), "a week later" (no rate)
    ElidedRule(
        "restated_rate",
        re.compile(
            r"(?:,|\s[–—-])\s+(?:(?:equivalent\s+to|that\s+is|which\s+is|or)\s+)?"
            r"(?:(?:around|about|roughly|some|nearly|almost|over|just\s+over|"
            r"more\s+than|up\s+to|an\s+average\s+of|on\s+average)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:a|per|every|each)\s+(?:day|week|month|year)(?:\s+on\s+average)?"
            r"\s*(?:[.,;:]|$)",
            re.I,
        ),
    ),
)
"""The ways a count elides its noun, tried in order."""


def elided_rule(before: str, after: str) -> str | None:
    """The name of the rule by which the count between ``before`` and ``after`` (its
    sentence's words) elides its noun; None when it does not."""
    for rule in ELIDED_RULES:
        if rule.before.search(before) and rule.after.match(after):
            return rule.name
    return None
