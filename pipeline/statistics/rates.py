"""The rate a figure is stated at: "400 reports every month", "£10 a year", "daily".

A figure's ``per`` field (the contract's rate) is read from the words right after it,
up to the end of its clause, so "200 calls a week" is a rate and "a week of action" is
not ("of" follows). Kept apart from the figure reader so the one table of rate words
is read and tested on its own.
"""

from __future__ import annotations

import re

TIME_SHIFT_WORDS = frozenset({"earlier", "later", "ago", "previously", "beforehand"})
"""Rule ``time_shift_not_rate``: words that, right after "a day/week/month/year", make it a
shift in time and not a rate: "up from £11,900 a year earlier", "48 a month later", "a week
ago". "Before", "after" and "on" are not among them: "£30,000 a year before tax" and "£10 a
year on parking" are rates."""
_SHIFT = "|".join(sorted(TIME_SHIFT_WORDS))

_RATE = re.compile(
    r"^[^.;]{0,140}?\b(?:every|each|a|per)\s+(?P<per>day|week|month|year)\b"
    rf"(?![-\w]|\s+of\b|\s+(?:{_SHIFT})\b)|"
    r"^[^.;]{0,140}?\b(?P<adv>daily|weekly|monthly|annually)\b",
    re.I,
)
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year"}
"""Adverbs of rate and the unit each stands for."""


def stated_rate(after: str) -> str | None:
    """The rate unit ("day", "week", "month", "year") the words ``after`` a figure state
    ("… every month", "… a year", "daily"), or None."""
    rate = _RATE.match(after)
    if not rate:
        return None
    return (rate.group("per") or _RATE_ADVERBS[rate.group("adv").lower()]).lower()
