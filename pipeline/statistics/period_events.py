"""Events of a stated length named where they begin, dated by the span stated after them.

"Cumbria Police arrested 26 people during a three-month operation. Between March and May,
officers …": the rule ``an_operation`` (of
:data:`pressfacts.statistics.period_table.PERIOD_RULES`) reads "during a three-month
operation", a new event (not "the operation" stated before: ``the_operation``'s), undated
where it stands; :func:`operations_stated_later` gives it the next dated span stated close
after it when that span lasts as long (in a text with a date of its own: a reprint dated
only by its copies leaves it undated).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import COUNT, Context, PeriodRule, Resolution, compile_rule

_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_EVENT_REACH = 400
"""How far after "a three-month operation" the span that dates it may be stated."""


def resolve_an_operation(_ctx: Context) -> Resolution:
    """ "during a three-month operation": undated where it stands (a new event, no span
    before it); :func:`operations_stated_later` dates it by the span stated after it."""
    return None


def operation_days(match: re.Match[str]) -> int:
    """How many days "a three-month operation" lasts, roughly (a month is 30 days)."""
    return count_value(match.group("n") or "") * _UNIT_DAYS[(match.group("unit") or "").lower()]


def operations_stated_later(
    found: list[PeriodFinding], operations: list[tuple[int, int]]
) -> list[PeriodFinding]:
    """Each undated "a three-month operation" (its index in ``found`` and its days) takes
    the next dated span stated close after it when that span lasts as long ("Cumbria
    Police arrested 26 people during a three-month operation. Between March and May, …")."""
    for index, days in operations:
        later = next(
            (p for p in found[index + 1 :] if p.kind != "unresolved"),
            None,
        )
        if later is None or later.start_char - found[index].end_char > _EVENT_REACH:
            continue
        if later.kind != "explicit":
            continue
        if abs((later.end - later.start).days + 1 - days) > max(1, days // 10):
            continue
        found[index] = replace(found[index], start=later.start, end=later.end, kind="same")
    return found


AN_OPERATION_RULES: tuple[PeriodRule, ...] = (
    # "during a three-month operation", "over a two-week campaign"; not "during the …"
    # (the_operation's), "a three-month operation of …"
    PeriodRule(
        "an_operation",
        compile_rule(
            rf"\b(?:during|over|in|throughout)\s+an?\s+(?P<n>{COUNT})[-\s](?P<unit>day|week|"
            r"month)[-\s](?:[\w-]+\s+){0,2}?(?:operation|campaign|crackdown|initiative|blitz)"
            r"\b(?!\s+of\b)",
            "doti",
        ),
        resolve_an_operation,
        needs=("operation", "campaign", "crackdown", "initiative", "blitz"),
    ),
)
"""A new event of a stated length, dated by the span stated after it."""
