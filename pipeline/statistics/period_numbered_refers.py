"""A number of whole spans named back as one: "the two years" after two years stated.

"Lincolnshire Police recorded 73 incidents in 2025/26, compared with 52 in 2024/25, and
estimates that dog attacks cost farmers around £310,000 over the two years": "the two years"
are the two stated just before it, so the £310,000 covers both, from the start of the earlier
to the end of the later (rule ``the_n_spans_stated``). The spans are the last ones stated
before the phrase, each of the unit named (a year or a financial year of twelve whole months,
a quarter of three), close before it; the phrase is no period when they are not
there ("over the two years he was in post" with no two years stated: the figure keeps what
it had). Not "the two years before the cameras went live", "the three months to March"
(spans of their own, other rules'), "the past two years" (counted back from P), "during
the three months" (a span stated before that long: rule ``the_units``'s).
"""

from __future__ import annotations

from collections.abc import Sequence

from pressfacts.findings import UNRESOLVED, PeriodFinding
from pressfacts.lexicon.number_words import parse_number
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)

UNIT_MONTHS: dict[str, int] = {"years": 12, "quarters": 3}
"""How many whole months one span of each unit the phrase names is."""
_REACH = 400
"""How far before the phrase (characters) the earliest of the spans it names back may end."""

THE_N_SPANS = (
    r"\b(?:over|across|in|during|for|throughout)\s+(?:the|those|these)\s+"
    r"(?P<n>two|three|four|2|3|4)\s+(?:financial\s+)?(?P<u>years|quarters)\b"
    r"(?!\s+(?:before|after|to|since|ending|ended|up\s+to|from|prior|of|until|leading|that|"
    r"when|in\s+which|he|she|they|it)\b)"
)
"""A number of spans named back with "the" ("over the two years", "across the three
quarters", "in those two financial years"); not one followed by what bounds a span of its
own ("the two years before …", "the three months to March") or by a clause that says
which ("the two years he was in post")."""


def _months(finding: PeriodFinding) -> int | None:
    """The whole months ``finding`` spans (first of a month to the end of one), else None."""
    following = finding.end.toordinal() + 1
    after = type(finding.end).fromordinal(following)
    if finding.start.day != 1 or after.day != 1:
        return None
    return (after.year - finding.start.year) * 12 + after.month - finding.start.month


def _named_back(found: Sequence[PeriodFinding], at: int, count: int, months: int) -> Span | None:
    """The span from the start of the earliest to the end of the latest of the last
    ``count`` distinct spans of ``months`` whole months stated before ``at``; None when
    there are not that many close before it."""
    spans: list[PeriodFinding] = []
    for finding in reversed(found):
        if finding.kind == UNRESOLVED or _months(finding) != months:
            continue
        if any((s.start, s.end) == (finding.start, finding.end) for s in spans):
            continue  # the same span stated twice is one
        spans.append(finding)
        if len(spans) == count:
            break
    if len(spans) < count or at - spans[-1].end_char > _REACH:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans), "explicit")


def resolve_the_n_spans(ctx: Context) -> Resolution:
    """The spans named back ("over the two years": the two years stated before), else no
    period at all (:data:`NOT_A_PERIOD`: the figure keeps what it had)."""
    count = int(parse_number(ctx.group("n") or "0") or 0)
    months = UNIT_MONTHS[(ctx.group("u") or "").lower()]
    span = _named_back(ctx.found, ctx.match.start(), count, months)
    return span if span is not None else NOT_A_PERIOD


NUMBERED_REFER_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "the_n_spans_stated",
        compile_rule(THE_N_SPANS, "oaidftOAIDFT"),
        resolve_the_n_spans,
        needs=(
            "the two",
            "the three",
            "the four",
            "those two",
            "these two",
            "those three",
            "these three",
            "the 2 ",
            "the 3 ",
            "the 4 ",
        ),
    ),
)
"""Rules of spans named back by their number; they carry their own needs."""
