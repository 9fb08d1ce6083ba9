"""Since an incident dated before: "since the attack" after "… a ransomware attack on its
IT systems last month" runs from the start of that period to P.

An incident (an attack, a breach, a hack) is a one-off the release dates once,
where it first names it ("during a cyber attack last month", "a data breach in March"); a
later "since the attack" with no date of its own counts from then to P (rule
``since_the_incident``). The incident's period is the first one found before, not far
back, whose sentence introduces the same noun ("a"/"an … attack"); without one the phrase
stays undated. Not
"since the attack in October" (a month of its own: ``since_the_event_month``), nor "since
the attack on 3 May" (a day).

An event introduced by "a"/"an" and dated by a month alone in the same phrase ("since a
trial session in March", "since an open evening in May") runs from that month to P (rule
``since_an_event_month``), as "since the arrests in November" does
(``since_the_event_month``). Not "since a trial session in March 2024" (a year of its
own), nor "in a trial session in March" (no "since").

"since his arrest" (or "their arrests", "her conviction", "his charge") runs from the day
or month the arrest was dated before, where its sentence tells it ("was arrested at his
home on 14 November 2024"), to P (rule ``since_the_arrest``).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    resolve_since_month,
)

SINCE_CLAUSE = r"(?:[\w\s’'-]|\((?-i:[A-Z]{2,8})\)){1,80}?"
"""The clause between "since" + a subject and its start's year in rule ``since_event``
(:mod:`pressfacts.statistics.period_table`): words, spaces, hyphens and apostrophes, or a
bracketed acronym ("since the Mayor's Office for Policing and Crime (MOPAC) began funding
the scheme in 2022"), up to 80 characters; not a comma, a full stop or other brackets,
which end the clause."""

INCIDENT_NOUNS: tuple[str, ...] = ("attack", "breach", "hack", "incident")
"""Nouns of a one-off incident a release dates once and counts since (storms, floods,
fires and outages are ``since_event_noun``'s, :mod:`pressfacts.statistics.since_again`)."""
_NOUN = "(?:" + "|".join(INCIDENT_NOUNS) + ")"
SINCE_THE_INCIDENT = compile_rule(
    rf"\bsince\s+the\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN})\b"
    r"(?!['’]|\s+(?:in|on|of|at|last|this|between|from)\b)"
)
""""since the attack", "since the cyber attack"; not "since the attack in October"."""
_REACH = 3000
"""How far back (characters) the incident may have been dated."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``[start, end)``."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[before : after.start() if after else len(text)]


def resolve_since_the_incident(ctx: Context) -> Resolution:
    """From the start of the first period found before, not far back, whose sentence
    introduces the incident ("during a ransomware attack … last month": "a" or "an", where
    it is first named) to P; undated without one or without P."""
    published = ctx.published
    if published is None:
        return None
    text, at = ctx.match.string, ctx.match.start()
    noun = ctx.group("noun")
    named = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", re.I)
    for found in ctx.found:
        if at - found.end_char > _REACH or found.kind == "since" or found.start > published:
            continue
        if named.search(_sentence_around(text, found.start_char, found.end_char)):
            return Span(found.start, published, "since")
    return None


def since_event_in_month(determiners: str) -> str:
    """The pattern of "since", one of ``determiners`` (an alternation), up to four words
    naming an event, then "in" and a month with no year after it: the shape both
    ``since_the_event_month`` ("since the arrests in November") and
    ``since_an_event_month`` ("since a trial session in March") read."""
    return (
        rf"\bsince\s+(?:{determiners})\s+(?:[\w’'-]+\s+){{1,4}}?in\s+"
        rf"(?P<m>{MONTH})(?!\w|\s*\d)"
    )


SINCE_AN_EVENT_MONTH = compile_rule(since_event_in_month("a|an"))
""""since a trial session in March", "since an open evening in May"; not "since a session in
March 2024" (a year), nor "since a session" (no month)."""


SINCE_THE_ARREST = compile_rule(
    r"\bsince\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?P<noun>arrest|conviction|charge)s?\b"
    r"(?!['’]|\s+(?:in|on|of|at|last|this|between|from)\b)"
)
""""since his arrest", "since their arrests", "since her conviction": from the day the
arrest was dated before (rule ``since_the_arrest``); not "since the arrests in November"
(a month of its own: ``since_the_event_month``)."""
_DONE = {"arrest": r"\barrest(?:ed|s)?\b", "conviction": r"\bconvicted\b", "charge": r"\bcharged\b"}
"""The verb of each noun of :data:`SINCE_THE_ARREST` in the sentence that dated it."""


def resolve_since_the_arrest(ctx: Context) -> Resolution:
    """From the first day (or month) found before, not far back, whose sentence tells the
    arrest ("was arrested at his home on 14 November 2024") to P; undated without one or
    without P."""
    published = ctx.published
    noun = ctx.group("noun")
    if published is None or noun is None:
        return None
    text, at = ctx.match.string, ctx.match.start()
    done = re.compile(_DONE[noun], re.I)
    for found in reversed(ctx.found):
        if at - found.end_char > _REACH or found.kind == "since" or found.start > published:
            continue
        if (found.end - found.start).days <= 31 and done.search(
            _sentence_around(text, found.start_char, found.end_char)
        ):
            return Span(found.start, published, "since")
    return None


INCIDENT_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "since_the_arrest",
        SINCE_THE_ARREST,
        resolve_since_the_arrest,
        ("since",),
    ),
    PeriodRule(
        "since_the_incident",
        SINCE_THE_INCIDENT,
        resolve_since_the_incident,
        ("since the",),
    ),
    PeriodRule(
        "since_an_event_month",
        SINCE_AN_EVENT_MONTH,
        resolve_since_month,
        ("since a",),
    ),
)
"""The rules, with their own needs (the period table adds it)."""
