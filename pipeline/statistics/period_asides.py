"""Periods that date an aside, not the figures around it.

"The poll of 2,014 adults, carried out by Ipsos in April, suggests that almost 1.2 million
people were approached over the period": "in April" dates the poll (the aside set off by
commas) when the main clause points back to a span of its own ("over the period"): then
the aside's period is an event no figure takes, and "over the period" points past it to
the span stated before ("in the last 12 months"). With no such back-reference ("The survey
of 2,000 adults, carried out in October, found that 78% …") the aside dates the figures.
Each entry of
:data:`ASIDE_RULES` is a named pattern of an aside's opening (the words after its comma),
said of a survey or report named just before the comma (:data:`SURVEY_NOUNS`); an
operation's aside ("The operation, carried out in May, led to 30 arrests") dates its
figures and is no such aside. :func:`aside_rule` says which one holds a period.

"The scheme, which the council first funded in 2021, helped 420 families in 2024/25": the
aside after the subject (:data:`SUBJECT_ASIDES`) dates the subject's own past (when it was
funded, launched or set up) when the main clause after it states a span of its own; then
the aside's period is an event no figure takes (:func:`subject_aside_events`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pressfacts.findings import PeriodFinding

SUPPLIED_CLAUSE = (
    r",\s+(?:which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:all\s+|also\s+)?"
    r"(?:given|donated|supplied|provided|funded|paid\s+for|bought|lent|gifted|handed\s+over)\b"
)
"""Rule ``supplier-clause``: a relative clause closing a sentence that says who gave,
donated, supplied or paid for the things counted before it ("…, 870 bottles of water and
95 spiking test kits, which were given to it by Devon and Cornwall Police last summer"):
its period dates the giving, an event no figure takes (:func:`supplied_clause_events`), and
the giver is no place of the figures (``place_role_leads.SUPPLIER_BEFORE``); not ", which
were found in Leeds in May" (where and when the counted things were found)."""
_SUPPLIED_PERIOD = re.compile(SUPPLIED_CLAUSE + r"[^.;:,!?]{0,80}$", re.I)
"""The words before a period inside a supplier's relative clause."""
_CLAUSE_END = re.compile(r"[^.;:,!?\d]{0,40}(?:[.!?]|$)")
"""After that period: the rest of the sentence, with no figure or clause of its own."""

ASIDE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ", carried out by Ipsos in April,", ", conducted online in May,"
    (
        "fieldwork_aside",
        re.compile(r"(?:carried\s+out|conducted|commissioned|undertaken)\b", re.I),
    ),
)
"""Named openings of an aside whose period dates the aside's own event (a survey's
fieldwork), not the figures of its sentence. A report's ", published in March," is an
event already (:mod:`pressfacts.statistics.period_past_starts` and kin)."""

SURVEY_NOUNS = re.compile(
    r"\b(?:poll|polling|survey|study|research|questionnaire|report|review|analysis|audit)s?\b"
    r"(?:[^.,;:]|(?<=\d)[.,](?=\d)){0,60}$",  # "The poll of 2,014 adults"
    re.I,
)
"""What an aside of :data:`ASIDE_RULES` is said of: a survey or a report named in the words
before its comma ("The poll of 2,014 adults, carried out by …")."""

_ASIDE_SPAN = 120
"""How far (characters) an aside may run on either side of its period."""


def aside_rule(text: str, period: PeriodFinding) -> tuple[str, int] | None:
    """The name of the :data:`ASIDE_RULES` entry whose aside (``, opening … period …,``)
    holds ``period``, and where that aside's comma stands; None when the period is not in one."""
    head = text[max(0, period.start_char - _ASIDE_SPAN) : period.start_char]
    comma = max(head.rfind(","), head.rfind("("))
    if comma < 0 or re.search(r"[.;:]", head[comma:]):
        return None
    tail = text[period.end_char : period.end_char + _ASIDE_SPAN]
    if not re.match(r"[^.,;:]*,", tail):
        return None
    opening = head[comma + 1 :].lstrip()
    if not SURVEY_NOUNS.search(text[: period.start_char - len(head) + comma]):
        return None
    for name, pattern in ASIDE_RULES:
        if pattern.match(opening):
            return name, period.start_char - len(head) + comma
    return None


_SENTENCE_END = re.compile(r"[.!?]\s")
_NOT_STATED = ("same", "day", "previous", "baseline", "unresolved")
"""Kinds of period that state no span of their own a back-reference could point to."""


def aside_back_references(text: str, found: list[PeriodFinding]) -> list[PeriodFinding]:
    """``found`` with each aside period (:func:`aside_rule`) followed in its sentence by a
    back-reference that took it ("over the period", kind ``same``) made an event (kind
    ``day``), and that back-reference pointed past it to the last span stated before the
    aside; the rest unchanged."""
    found = list(found)
    for index, period in enumerate(found):
        if period.kind in _NOT_STATED or aside_rule(text, period) is None:
            continue
        for later in range(index + 1, len(found)):
            back = found[later]
            if _SENTENCE_END.search(text, period.end_char, back.start_char):
                break
            if back.kind != "same" or (back.start, back.end) != (period.start, period.end):
                continue
            before = next((p for p in reversed(found[:index]) if p.kind not in _NOT_STATED), None)
            if before is None:
                break
            found[index] = replace(period, kind="day", anchor=None)
            found[later] = replace(back, start=before.start, end=before.end)
            break
    return found


_BEGAN = (
    r"(?:first\s+)?(?:launched|founded|established|set\s+up|funded|opened|started|began|"
    r"created|formed|introduced)\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?(?:in\s+|on\s+)?$"
)
"""A verb of beginning closing an aside's opening: the aside dates when its subject began
("first funded in", "set up by the council in"); not a span it ran ("which ran from")."""
SUBJECT_ASIDES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "The scheme, which the council first funded in", "The charity, which was set up in"
    ("which_clause_aside", re.compile(rf"(?:which|who)\s+(?:[\w’'-]+\s+){{0,4}}?{_BEGAN}", re.I)),
    # "The project, launched in", "The team, first set up by the council in"
    ("participle_aside", re.compile(_BEGAN, re.I)),
)
"""Named openings of an aside set off by commas after a sentence's subject whose period
dates the subject's own past, not the figures of the main clause, when that clause states
its own span (:func:`subject_aside_events`)."""

_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,5}$")
"""The words before the aside's comma: a sentence's opening noun phrase (its subject)."""


def subject_aside_rule(text: str, period: PeriodFinding) -> str | None:
    """The name of the :data:`SUBJECT_ASIDES` entry whose aside after a sentence's subject
    (``Subject, opening … period,``) holds ``period`` and no figure of its own; else None."""
    head = text[max(0, period.start_char - _ASIDE_SPAN) : period.start_char]
    comma = head.rfind(",")
    if comma < 0 or re.search(r"[.;:!?\d]", head[comma:]):
        return None
    tail = re.match(r"[^.,;:\d]{0,40},", text[period.end_char : period.end_char + _ASIDE_SPAN])
    if tail is None or not _SUBJECT_BEFORE.search(head[:comma]):
        return None
    opening = head[comma + 1 :].lstrip()
    return next((name for name, rule in SUBJECT_ASIDES if rule.search(opening)), None)


def supplied_clause_events(text: str, found: list[PeriodFinding]) -> list[PeriodFinding]:
    """``found`` with each period of a sentence-closing supplier's clause (rule
    ``supplier-clause``, :data:`SUPPLIED_CLAUSE`) made an event (kind ``day``); the rest
    unchanged."""
    return [
        replace(p, kind="day", anchor=None)
        if p.kind not in _NOT_STATED
        and _SUPPLIED_PERIOD.search(text, max(0, p.start_char - 160), p.start_char)
        and _CLAUSE_END.match(text, p.end_char)
        else p
        for p in found
    ]


def subject_aside_events(text: str, found: list[PeriodFinding]) -> list[PeriodFinding]:
    """``found`` with each period of a subject's aside (:func:`subject_aside_rule`) made an
    event (kind ``day``) when a later period of its sentence, after the aside, states a span
    of its own; the rest unchanged."""
    return _events_before_later_span(found, text, lambda p: subject_aside_rule(text, p) is not None)


def _events_before_later_span(
    found: list[PeriodFinding], text: str, picked: Callable[[PeriodFinding], bool]
) -> list[PeriodFinding]:
    """``found`` with each stated period that ``picked`` takes made an event (kind ``day``)
    when a later period of its sentence states a span of its own; the rest unchanged: what
    :func:`subject_aside_events` and :func:`decided_participle_events` share."""
    found = list(found)
    for index, period in enumerate(found):
        if period.kind in _NOT_STATED or not picked(period):
            continue
        for later in found[index + 1 :]:
            if _SENTENCE_END.search(text, period.end_char, later.start_char):
                break
            if later.kind not in _NOT_STATED:
                found[index] = replace(period, kind="day", anchor=None)
                break
    return found


DECIDED_BEFORE = re.compile(
    r"\b(?:budget|precept|rise|increase|plan|plans|settlement|grant|award|deal|model|"
    r"strategy|scheme|proposals?|funding|review|restructure)\s+"
    r"(?:(?:first|formally|finally|already)\s+)?"
    r"(?:agreed|approved|announced|confirmed|endorsed|passed|set|signed\s+off|voted\s+through)"
    r"(?:\s+by\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?\s+(?:in\s+|on\s+|at\s+|last\s+)?$",
    re.I,
)
"""Rule ``decided_participle``: a decision's noun and its participle right before a period
("the rise in the Band D precept agreed in February", "the budget approved by the panel in
January", "the plan announced last May"): the period dates when the decision was taken,
not the figures it pays for, when a later period of the sentence states their span
(:func:`decided_participle_events`); not "officers recruited in February" (no decision's
noun), nor "the plan, which runs to March" (no participle of deciding)."""


def decided_participle_events(text: str, found: list[PeriodFinding]) -> list[PeriodFinding]:
    """``found`` with each period right after a decision's participle (rule
    ``decided_participle``, :data:`DECIDED_BEFORE`) made an event (kind ``day``) when a
    later period of its sentence states a span of its own; the rest unchanged."""
    return _events_before_later_span(
        found,
        text,
        lambda p: DECIDED_BEFORE.search(text, max(0, p.start_char - 80), p.start_char) is not None,
    )
