"""Counts that open a clause of their own after ", and": the clause before them, and its
periods, end there (:func:`pressfacts.statistics.period_clauses.clause_periods`), so a
yardstick's or an earlier clause's period does not date them."""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER

NEW_COUNT_SUBJECT = re.compile(
    rf"(?:[\d,.]+|{WORD_NUMBER}|one(?=\s+in\s))\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+\s+"
    r"(?:who\s+[^,;:]{1,40}?\s+)?(?:were|was|ha(?:ve|s|d)\s+been)\s+[a-z]+(?:ed|en|ght)\b"
)
"""A count opening a clause of its own after ", and", as the subject of a passive verb
(rule ``new_count_subject``): ", up from 203 the year before, and 41 people who did not
pay were prosecuted" (the 41 are of the sentence's span, not the yardstick's), also in words
(", and one in four had been followed in the past year": that span is not the clause before's);
not ", and 41 the year before that" (no verb)."""
NEW_COUNT_PERFECT = re.compile(
    rf"(?:[\d,.]+|{WORD_NUMBER}|one(?=\s+in\s))\s+(?:[a-z-]+\s+){{0,3}}?[a-z]+s\s+"
    r"ha(?:ve|s|d)\s+(?:(?:now|also|already|since)\s+)?(?!been\b)[a-z]+(?:ed|en|ght)\b"
)
"""A count of a plural noun opening a clause of its own after ", and", as the subject of an
active present or past perfect (rule ``new_count_perfect_subject``): "footfall rose to 21.6
million visits last year, and one in three member businesses had joined the scheme since
it launched in 2023" (the third is of the span of its own clause, not last year's), ", and
40 shops have signed up since May"; not ", and 40 shops last year" (no verb), nor ", and
one in three had joined" (no noun of its own: the same list's)."""
NEW_COUNT_CAUSATIVE = re.compile(
    rf"(?:[\d,.]+|{WORD_NUMBER}|one)\s+(?:[a-z-]+\s+){{0,1}}?[a-z]+\s+"
    r"(?:(?:in|on|at)\s+(?:[A-Z][\w'’-]*\s+){1,3})?"
    r"ha(?:ve|s|d)\s+(?:its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+[a-z]+(?:ed|en)\b"
)
"""A count opening a clause of its own after ", and", as the subject of "had its (their) …
done" (rule ``new_count_causative``): "Three premises had their licences suspended, and one
nightclub on Greyfriars Road had its licence revoked in January" (January is the
nightclub's, not the three's), ", and 12 shops had their alcohol licences reviewed last
year"; also a bare "one" (a noun and "had its" after it make it a count); not ", and one had
been" (no noun), nor ", and 40 shops last year" (no verb)."""
NEW_COUNT_PAST_VERBS = (
    "began", "came", "took", "went", "left", "gave", "made", "met", "won", "saw", "ran",
    "spent", "sent", "found", "held", "paid", "brought", "caught", "sold", "got",
)  # fmt: skip
"""Irregular simple past verbs of :data:`NEW_COUNT_PAST` (a regular one ends in "-ed")."""
NEW_COUNT_PAST = re.compile(
    rf"(?:[\d,.]+|{WORD_NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+s\s+(?:also\s+)?"
    rf"(?:[a-z]+ed|{'|'.join(NEW_COUNT_PAST_VERBS)})\b"
)
"""A count of a plural noun opening a clause of its own after ", and", as the subject of an
active simple past (rule ``new_count_past_subject``): "the helpline took 2,000 calls since
March, and nine new advisers joined the team in May" (May is the nine's, not the span of
the clause before), ", and 40 schools signed up in the autumn"; not ", and 40 shops last
year" (no verb): that count keeps the period stated before it."""
NEW_COUNT_RULES: tuple[re.Pattern[str], ...] = (
    NEW_COUNT_SUBJECT,
    NEW_COUNT_PERFECT,
    NEW_COUNT_CAUSATIVE,
    NEW_COUNT_PAST,
)
"""The counts that open a clause of their own, tried in order."""
_AND_BEFORE = re.compile(r",\s+and\s+$")
_AND_SPACE = re.compile(r",\s+and\s+")


def new_count_clause(sentence: str, low: int, high: int) -> bool:
    """Whether the figure at ``high`` opens a clause of its own (:data:`NEW_COUNT_RULES`)
    right after ", and" ending the stretch from ``low``."""
    return bool(_AND_BEFORE.search(sentence, low, high)) and any(
        rule.match(sentence, high) for rule in NEW_COUNT_RULES
    )


def new_count_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """The ", and " before each count opening a clause of its own
    (:data:`NEW_COUNT_RULES`): the clause before it, and its periods, end there."""
    return tuple(
        match.span()
        for match in _AND_SPACE.finditer(sentence)
        if any(rule.match(sentence, match.end()) for rule in NEW_COUNT_RULES)
    )
