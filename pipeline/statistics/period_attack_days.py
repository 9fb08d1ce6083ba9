"""A cyber attack told with what it hit, before its day: the day its figures count.

"A ransomware attack shut down IT systems at nine of its schools on 9 February, affecting
about 6,800 pupils": the attack is the subject of a verb of disabling whose object holds the
figure, and the day after them is the day the attack did it, the span of that toll (as a
raid's day is the span of its finds, :mod:`.period_figure_days`' ``raid_day``), not a mere
event's date. Read by :func:`pressfacts.statistics.period_rules.resolve_day` after
:func:`~.period_figure_days.counted_day`. Each way of telling the attack is a named entry
of :data:`ATTACK_DAYS`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pressfacts.lexicon.number_words import WORD_NUMBER


class AttackDay(NamedTuple):
    """A named pattern, read before a day, of an attack whose toll the day dates."""

    name: str
    pattern: re.Pattern[str]


_ATTACK = (
    r"(?<!\bafter\s)(?<!\bsince\s)(?<!\bfollowing\s)(?<!\bbefore\s)(?<!\bin\s)(?<!\bby\s)"
    r"\b(?:an?|the|this|that)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:ransomware|cyber|cyber-security|malware|hacking|phishing)[ \t-]*"
    r"(?:attack|incident|breach)(?:[ \t]*,[ \t]*(?:that|which))?[ \t]+(?:(?:that|which)[ \t]+)?"
)
"""A cyber attack as the subject of the verb after it ("a ransomware attack", "The cyber
incident, which"), not the object of "after", "since", "in" or "by" (an attack that dates
another act: "officers were called after a ransomware attack", "hit by a cyber attack")."""

_DISABLED = (
    r"(?:shut|took|knocked|brought|disrupted|encrypted|crippled|hit|affected|locked|"
    r"disabled|froze)\b"
)
"""The verbs of what the attack did to systems, sites or people ("shut down", "took
offline", "encrypted", "hit")."""

_TOLL_CLAUSE = (
    r"(?![^.;:\n]*\b(?:after|before|when|since|while|until|charged|sentenced|jailed|convicted|"
    r"arrested|appeared|pleaded|admitted|reported)\b)"
    rf"[^.;:\n]{{0,80}}?\b(?:\d[\d,]*|{WORD_NUMBER})\b[^.;:\n]{{0,60}}?(?:[ \t]+on)?[ \t]+$"
)
"""The rest of the attack's clause up to its day: a figure (its toll) in it, and no other
event's clause, nor an arrest's, a court's or a report's verb, whose day it would be."""

ATTACK_DAYS: tuple[AttackDay, ...] = (
    # "a ransomware attack shut down IT systems at nine schools across the district on 9
    # February"; "The cyber attack, which encrypted 40 servers, on 3 March"; not "after a
    # ransomware attack on 3 March", "hit by a cyber attack on 3 March", "a ransomware
    # attack shut down the council's systems, and was reported on 3 March"
    AttackDay(
        "cyber_attack_day",
        re.compile(_ATTACK + _DISABLED + _TOLL_CLAUSE, re.I),
    ),
)


def attack_day(text: str, start: int) -> str | None:
    """The name of the entry of :data:`ATTACK_DAYS` that makes the day at ``start`` of
    ``text`` the span of a cyber attack's toll told before it, or None."""
    before = text[max(0, start - 200) : start]
    return next((entry.name for entry in ATTACK_DAYS if entry.pattern.search(before)), None)
