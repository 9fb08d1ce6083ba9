"""Counts that leave their noun unsaid as the other side of a vote.

"The panel backed the plan by eight votes to four", "with nine councillors in favour and
three against": the 4 counts votes, the 3 councillors. Named rules of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by their job.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ElidedRule

_VOTE_END = re.compile(
    r"\s*(?:[.;:,)]|$)|\s+(?:on|in|at|with|to|against|after|when|during|last|this)\b", re.I
)
"""After the other side's count: its clause's end, or a word opening when, where or how
the vote went ("by nine votes to three on Tuesday", "to four, with one abstention")."""
_AGAINST_AFTER = re.compile(
    r"\s+(?:(?:voting|voted|were|was)\s+)?(?:against|opposed|abstain(?:ed|ing)?)\b", re.I
)
"""The other side of a vote, right after its count: "two against", "four voting against",
"one abstained"."""

VOTE_RULES: tuple[ElidedRule, ...] = (
    # "by nine votes to three", "won by 40 votes to 12." (the tally's other side: the
    # same noun); not "from 40 votes to 120 votes" (a noun of its own), "nine votes to
    # 2024" (the after of a year is no clause end: no figure either way)
    ElidedRule(
        "votes_to",
        re.compile(r"\bvotes\s+to\s+$", re.I),
        _VOTE_END,
    ),
    # "seven members in favour and two against", "11 councillors voted for, and four
    # voting against": the other side of the vote, its noun unsaid; not "in favour and
    # two officers against" (a noun of its own), "in favour and two weeks later" (no side)
    ElidedRule(
        "in_favour_and_against",
        re.compile(
            r"\b(?:in\s+favour|for(?:\s+it)?|supporting|in\s+support)\s*,?\s+"
            r"(?:and|with|while|but)\s+$",
            re.I,
        ),
        _AGAINST_AFTER,
    ),
)
"""The vote rules, in the order :data:`ELIDED_RULES` tries them."""
