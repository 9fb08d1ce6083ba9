"""A change stated over a number of years that ends with the span just stated: "the
helpline took 2,318 calls between April 2024 and March 2025, a rise of 40% in three years"
is the rise over the three years ending March 2025 (April 2022 to March 2025).

Without this rule "in three years" is no period, and the change took the span before it
(one year, not three). The phrase dates a change only when a change word and a figure
stand before it in its clause ("a rise of 40% in three years", "up 12% over two years") and
a span is stated just before in the same sentence; anything else ("will double in two
years", "in three years' time") is no period here.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
)

CHANGE_IN_YEARS = re.compile(
    rf"\b(?:in|over)\s+(?P<n>{COUNT})\s+years\b(?![’'-]|\s+(?:time|ago|earlier|before|later|"
    r"from|to|up|until|through|since|ending|ended)\b)",
    re.I,
)
"""A number of years a change took: "in three years", "over two years"; not "in three
years' time", "two years ago", "in two years to March", "over the four years up to 2022"
(a run of years: another rule's)."""

_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:a|an)\s+(?:rise|increase|fall|drop|decrease|decline|jump|reduction)\s+of|"
    r"up|down|rose|fell|grew|dropped|increased|decreased|declined)\s+(?:by\s+)?"
    r"(?:\w+\s+)?[\d.,]+\s*(?:%|per\s*cent)\s*\Z",
    re.I,
)
"""A change and its figure right before the years: "a rise of 40%", "up by 12 per cent"."""


def resolve_change_in_years(ctx: Context) -> Resolution:
    """The ``n`` years ending with the span stated just before in the sentence, when a
    change's figure stands right before the phrase; else no period at all."""
    text, last = ctx.match.string, ctx.last
    if not _CHANGE_BEFORE.search(text, max(0, ctx.match.start() - 60), ctx.match.start()):
        return NOT_A_PERIOD
    if last is None or last.kind in ("unresolved", "day") or last.start is None:
        return NOT_A_PERIOD
    if re.search(r"[.;!?]", text[last.end_char : ctx.match.start()]):
        return NOT_A_PERIOD  # a span of another sentence
    years = count_value(ctx.group("n") or "")
    if not years or years < 2:
        return NOT_A_PERIOD
    after = last.end + dt.timedelta(days=1)
    return Span(after.replace(year=after.year - int(years)), last.end)


CHANGE_SPAN_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("change_in_years", CHANGE_IN_YEARS, resolve_change_in_years, needs=("years",)),
)
"""The rule of this module, with its needs."""
