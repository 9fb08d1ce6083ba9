"""Counts that leave their noun unsaid as another item of what the count before went to.

"gave 58 talks to small businesses and 33 to community groups", "issued 486 fixed penalty
notices for littering last year, and 42 to householders", "made 611 referrals, including
87 to the Met": the 33 counts talks, the 42 notices, the 87 referrals. Three named rules of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by their job.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ElidedRule

_RECIPIENT_AFTER = re.compile(
    r"\s+to\s+(?:the\s+|other\s+)?(?![\d£])[A-Za-z][\w’'-]*(?<!\bbe)\b", re.I
)
"""A recipient right after the count: " to community groups"; not " to 40" (a range),
" to be reviewed"."""

RECIPIENT_RULES: tuple[ElidedRule, ...] = (
    # "gave 58 talks to small businesses and 33 to community groups", "sent 400 letters to
    # parents, 120 to schools": another item of what the count before went to, its verb
    # and noun gapped before a repeated "to"; not "and 33 to 40 officers" (a range), "and
    # 33 officers to schools" (a noun of its own), "rose from 40 to 58 and 33 to …" (no
    # "to" phrase after the count before)
    ElidedRule(
        "listed_to_recipient",
        re.compile(
            r"\d[\d,.]*(?:\s+[a-z-]+){1,3}\s+to\s+(?:the\s+)?[A-Za-z][\w’'-]*"
            r"(?:\s+[\w’'-]+){0,4}?(?:,|,?\s+(?:and|while|but))\s+"
            r"(?:(?:around|about|some|nearly|almost|over|more\s+than|a\s+further)\s+)?$",
            re.I,
        ),
        _RECIPIENT_AFTER,
    ),
    # "issued 486 fixed penalty notices for littering last year, and 42 to householders",
    # "handed out 120 warnings in May and 35 to cyclists": a verb of giving, its count and
    # noun, then another count given to someone named after it (the first count's
    # recipient unsaid); not "issued 486 notices and 42 to 50 officers" (a range), "sent
    # 400 letters, and 40 parents" (a noun of its own), "made 40 arrests and 12 to …" (no
    # verb of giving)
    ElidedRule(
        "given_to_recipient",
        re.compile(
            r"\b(?:issued|gave|given|handed(?:\s+out)?|sent|served|offered|awarded|paid)\s+"
            r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?£?\d[\d,.]*"
            r"(?:\s+[a-z-]+){1,3}\b[^.;:!?]{0,120}?,?\s+and\s+"
            r"(?:(?:around|about|some|nearly|almost|over|more\s+than|a\s+further)\s+)?$",
            re.I,
        ),
        _RECIPIENT_AFTER,
        whole_clause=True,
    ),
    # "made 611 referrals to police forces, including 87 to the Met", "sent 400 letters,
    # including 120 to schools": a part of a count picked out by "including", given to a
    # recipient of its own (the count's noun unsaid); not "including 87 to 90 officers" (a
    # range), "including 87 officers" (a noun of its own)
    ElidedRule(
        "included_to_recipient",
        re.compile(
            r"£?\d[\d,.]*(?:\s+[a-z-]+){1,3}\b[^.;:!?]{0,120}?,?\s+including\s+"
            r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
        _RECIPIENT_AFTER,
        whole_clause=True,
    ),
)
"""The recipient rules, in the order the elided-count rules try them."""
