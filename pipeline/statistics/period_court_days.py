"""The court's day that dates a count of the people sentenced (rule ``court_day_defendants``).

A weekday in a sentence about a court ("jailed", "sentenced", "court") is the day of the
hearing, not of the offences or orders the sentence counts ("was jailed on Tuesday after
admitting 11 offences"), so ``past_weekday``, ``last_weekday`` and ``yesterday`` give it no
period. When the only figure of the sentence is the count of the people sentenced, its
subject ("Three men were jailed on Monday", "Two women have been sentenced at Hull Crown
Court on Friday", "On Thursday, four teenagers were jailed"), that count is of the hearing:
the day dates it. Not when another figure is stated in the sentence ("Two men were jailed on
Monday after admitting 14 burglaries": the day dates neither the burglaries nor, so that the
two readings do not split one sentence, the men), nor a single person ("A man was jailed").
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import NUMBER

__all__ = ["COURT_DAY", "DEFENDANT_NOUNS", "court_day", "defendants_counted"]

COURT_DAY = re.compile(r"\b(?:sentenced|jailed|[Cc]ourt)\b")
"""Anywhere in the weekday's sentence: the day of a court hearing, not of the offences or
orders it counts ("was jailed … on Tuesday after admitting 11 offences", "On Tuesday,
magistrates in Bradford sentenced a man")."""

DEFENDANT_NOUNS: tuple[str, ...] = (
    "men", "women", "people", "defendants", "teenagers", "boys", "girls", "youths",
    "offenders", "members", "brothers", "sisters", "drivers", "dealers", "poachers",
    "fraudsters", "burglars", "thieves", "gang members", "others",
)  # fmt: skip
"""Nouns of the people a count of the sentenced counts: "three men", "five gang members"."""

_SENTENCED = re.compile(
    rf"(?:^|,\s+)(?P<count>{NUMBER})\s+(?:[\w-]+\s+)?(?:{'|'.join(DEFENDANT_NOUNS)})\b"
    r"(?:\s+from\s+[^,.;:]{1,40}?)?"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:jailed|sentenced|imprisoned)\b",
    re.I,
)
"""The count of the people sentenced as the subject of the sentence's court verb, at its
start or after an opening phrase ("On Monday, three men were jailed")."""
_ANY_NUMBER = re.compile(rf"\b{NUMBER}\b", re.I)


def defendants_counted(sentence: str) -> bool:
    """Whether the sentence's only figure is the count of the people it says were sentenced
    (rule ``court_day_defendants``), so its court day dates that count."""
    found = _SENTENCED.search(sentence.strip())
    if found is None:
        return False
    rest = sentence.strip()[: found.start("count")] + sentence.strip()[found.end("count") :]
    return _ANY_NUMBER.search(rest) is None


def court_day(sentence: str) -> bool:
    """Whether a day in the sentence is a court hearing's (:data:`COURT_DAY`) that dates none
    of its figures: not when its only figure counts the people sentenced
    (:func:`defendants_counted`)."""
    return COURT_DAY.search(sentence) is not None and not defendants_counted(sentence)
