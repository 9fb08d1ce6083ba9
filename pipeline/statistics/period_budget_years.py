"""Years a budget is counted in: "next year" in a sentence about a budget, a precept or
council tax is the next financial year (April to March), not the calendar year; "this
year" and "last year" are financial too when that sentence also names the next year or a
financial year.

"The force's total budget for next year will be £412.7m, up from £393.4m this year"
(published in February 2026): 2026/27 and 2025/26. The resolvers of ``relative_year``
("this/last year") and ``next_year`` ask :func:`budget_year` first; any other sentence
keeps the calendar reading.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_future import to_come
from pressfacts.statistics.period_refers import resolve_the_units, sentence_around
from pressfacts.statistics.period_rules import (
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
    resolve_relative_year,
)

BUDGET_WORDS = re.compile(
    r"\b(?:budgets?|precept|council\s+tax|spending\s+plans?|grants?|spend(?:s|ing)?|spent|"
    r"fund(?:s|ed|ing))\b",
    re.I,
)
"""What makes a sentence count money in financial years: a budget, a grant set for a
financial year ("£85,000 in 2026/27, an increase of £20,000 on last year's grant"), or
spending ("would spend £2.4m on prevention in 2025/26, up from £2.1m this year"); rule
``funded_posts``: funding, which pays for posts and services a financial year at a time
("the plan funds 1,420 officers and 96 PCSOs next year"); not a bare "fund" (a pot of
money: "£48,000 from her 2025/26 fund … doubled last year" keeps the calendar year)."""
_FINANCIAL_SENTENCE = re.compile(r"\bnext\s+year\b|\b20\d\d[/–-]\d\d\b|\bfinancial\s+year", re.I)
"""What makes "this/last year" in a budget's sentence financial too: the sentence also
names the next year or a financial year ("budget for next year … up from £393.4m this
year"); "£120,000 from my budget this year" alone stays the calendar year."""
_STEPS = {"next": 1, "this": 0, "last": -1}
"""The financial year each word names, counted from P's."""


def financial_year(first: int) -> Span:
    """The financial year that opens in April of ``first`` (1 April to 31 March), read
    from P ("relative")."""
    return Span(dt.date(first, 4, 1), dt.date(first + 1, 3, 31), "relative")


def budget_year(ctx: Context, which: str) -> Span | None:
    """The financial year "next/this/last year" names when its sentence speaks of a budget
    (:data:`BUDGET_WORDS`, before or after the phrase); None otherwise or without P."""
    step = _STEPS.get(which.lower())
    month = ctx.month
    if step is None or month is None:
        return None
    sentence = sentence_around(ctx.match.string, ctx.match.start(), ctx.match.end())
    if not BUDGET_WORDS.search(sentence):
        return None
    if step != 1 and not _FINANCIAL_SENTENCE.search(sentence):
        return None  # "my budget this year" alone: the calendar reading stays
    first = (month.year if month.month >= 4 else month.year - 1) + step
    return financial_year(first)


def resolve_relative_or_budget_year(ctx: Context) -> Resolution:
    """ "this year", "last year": a financial year in a budget's sentence
    (:func:`budget_year`), else :func:`~.period_rules.resolve_relative_year`."""
    which = ctx.group("which") or ""
    if not ctx.group("the"):
        budget = budget_year(ctx, which)
        if budget is not None:
            return budget
    return resolve_relative_year(ctx)


CHARGE = r"(?:precept|council\s+tax|levy|fees|fares|rents?|subscriptions?)"
"""A charge set for a year at a time: its change "for the next year" spans both years
(``charge_year``), its change "from April" the year from that April
(:func:`charge_from_april`)."""
CLAUSE_WORDS = r"(?:[^.;:\n]|\.(?=\d))"
"""Characters within one clause (a decimal point does not end it)."""
FROM_APRIL = r"from\s+(?:1(?:st)?\s+)?(?P<april>April)\b(?!\s*(?:\d|to\b|until\b))"
"""A charge's new financial year: "from April", "from 1 April"; not "from April 2024",
"from April to June" (a range)."""


def charge_from_april(ctx: Context) -> Resolution:
    """Rule ``charge_from_april``: a charge changed "from April" ("the precept for a Band D
    home will rise by £12.50 a year from April", asked by ``charge_year``) is the financial
    year starting that April alone: the rise is what each household pays more over that
    year, not a comparison of two years (as the change "for the next financial year" or
    "for 2027/28" of ``charge_year`` is). The April of P's year; after April, the next
    April's when the sentence speaks of the change as to come ("will rise … from April" in
    November). None without P's month."""
    if ctx.month is None:
        return None
    first = ctx.month.year + (ctx.month.month > 4 and to_come(ctx))
    return financial_year(first)


CHANGE_OF_CHARGE_FROM_APRIL = compile_rule(
    r"\b(?:increase|rise|cut|reduction|freeze)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    rf"{CHARGE}\b{CLAUSE_WORDS}{{0,80}}?\b(?P<phrase>{FROM_APRIL})"
)
"""Rule ``charge_from_april`` with the change before the charge: "a 3.9% increase in the
policing precept from April", "a rise in council tax of £12 from 1 April" (``charge_year``
reads the charge before its verb)."""
SPENDING_VERBS = r"(?:spen[dt]|invest(?:ed)?|allocated?|commit(?:ted)?|provided?|put)"
"""What a body is to do with a sum from a coming April (rule ``spending_from_april``)."""
SPENDING_NOW = r"(?:spending|investing|putting|allocating|providing|committing)"
"""The same, told in the present progressive ("The PCC is investing £1.2m … from April")."""
SPENT_PASSIVES = r"(?:spent|invested|allocated|provided|committed|put)"
"""The same, told in the passive after the sum ("£320,000 will be spent on …")."""
RECEIVING_BODIES: tuple[str, ...] = (
    "police", "constabulary", "force", "service", "charity", "council", "scheme", "project",
    "team", "unit", "partnership", "hub", "trust", "programme", "helpline", "office",
    "commissioner", "centre",
)  # fmt: skip
"""Bodies whose budget a sum they "will receive" is ("Northumbria Police will receive an
extra £2.4m", "the charity is to receive £90,000"): right before "will"/"to receive". Not
people, who may receive a payment each ("Victims of burglary will receive £250 from April")."""
_SUM = r"[£$€]\d"
_SUM_WORDS = r"(?<=[£$€])\b\d[\d,.]*(?:\s*(?:m|bn|k|million|billion)\b)?"
"""A sum's digits after its currency sign, the sign looked behind (the rule opens on a
digit, which the scan reads)."""
_RECEIVE_AUXILIARIES = ("will", r"is\sto", r"are\sto")
_BY_BODY = (
    "(?:"
    + "|".join(
        rf"(?<=\b{body}\s{verb})" for body in RECEIVING_BODIES for verb in _RECEIVE_AUXILIARIES
    )
    + ")"
)
"""After "will" or "to", a body of :data:`RECEIVING_BODIES` right before it (a lookbehind
after the verb, so that the rule still opens on "will"/"to" and the scan passes over other
places)."""
NOT_EACH = rf"(?!{CLAUSE_WORDS}{{0,40}}?\b(?:each|every|per\s+(?!year|annum))\b)"
"""Guard of rule ``spending_from_april``: no payment to each one after the sum ("£250 will go
to each victim of burglary", "£300 each", "£20 per driver"); "£2m per year" is a budget."""
SPENDING_FROM_APRIL = compile_rule(
    rf"(?:\b(?:will|to)\s+(?:be\s+)?{SPENDING_VERBS}\s+(?:an?\s+(?:extra|further)\s+)?{_SUM}|"
    rf"\b(?:will|to){_BY_BODY}\s+receive\s+(?:an?\s+(?:extra|further)\s+)?{_SUM}|"
    rf"\b(?:is|are)\s+{SPENDING_NOW}\s+(?:an?\s+(?:extra|further)\s+)?{_SUM}|"
    rf"{_SUM_WORDS}\s+(?:will|is\s+to|are\s+to)\s+(?:be\s+{SPENT_PASSIVES}|go\s+(?:to|towards|into))\b)"
    rf"{NOT_EACH}{CLAUSE_WORDS}{{0,160}}?(?<!years\s)(?<!months\s)\b(?P<phrase>{FROM_APRIL})"
)
"""Rule ``spending_from_april``: a sum a body will spend or invest "from April" ("The
Commissioner is to spend £320,000 on new cameras in Worcestershire from April", "will invest
£1.2m in rural crime teams from April", "is investing £1.2m …", "£320,000 will be spent on
…", "an extra £2.4m will go to Northumbria Police from April", "Northumbria Police will
receive an extra £2.4m", published in March 2027) is the financial year from that April, as
a charge changed "from April" is (:func:`charge_from_april`). Not "has spent £2m since
April" (past, no "from"), "from April 2026" or "from April to June" (dated otherwise), "over
three years from April" (the span of that length: ``units_from_month``), nor a payment to
each one ("Victims of burglary will receive £250 from April": no body of
:data:`RECEIVING_BODIES` receives it; "£250 will go to each victim": :data:`NOT_EACH`)."""
BUDGET_YEAR_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "charge_from_april",
        CHANGE_OF_CHARGE_FROM_APRIL,
        charge_from_april,
        needs=("april",),
    ),
    PeriodRule(
        "spending_from_april",
        SPENDING_FROM_APRIL,
        charge_from_april,
        needs=("april",),
    ),
)
"""The rules of this module, with their needs (the period table adds them)."""


BUDGET_MONTHS = frozenset({1, 2, 3})
"""The months PCCs and councils publish the coming financial year's budget and precept in:
a charge's "for the year" in a release of these months is the year from the next April."""
_CHARGE_SENTENCE = re.compile(r"\b(?:precept|council\s+tax|Band\s+[A-H])\b", re.I)
"""What makes "for the year" a charge's year: its sentence names a precept, council tax or
a council tax band ("takes the Band D precept to £288.10 for the year")."""
_FOR_THE_YEAR = re.compile(r"(?:for|over)\s+the\s+year$", re.I)
"""The words of ``the_units`` a charge's year may be: "for the year", "over the year"; not
"during the year" nor "in the year" (a year told of as past)."""


def budget_for_the_year(ctx: Context) -> Span | None:
    """Rule ``budget_for_the_year``: "for the year" (or "over the year") in a sentence about
    a precept or council tax (:data:`_CHARGE_SENTENCE`) of a release published in January
    to March (:data:`BUDGET_MONTHS`) is the financial year from the next April ("The
    increase takes the Band D precept to £288.10 for the year", February 2027: 2027/28).
    None in a release of another month, or in a sentence about anything else."""
    month = ctx.month
    if month is None or month.month not in BUDGET_MONTHS:
        return None
    if not _FOR_THE_YEAR.fullmatch(" ".join(ctx.match.group(0).split())):
        return None
    sentence = sentence_around(ctx.match.string, ctx.match.start(), ctx.match.end())
    if not _CHARGE_SENTENCE.search(sentence):
        return None
    return financial_year(month.year)


def resolve_the_units_or_budget_year(ctx: Context) -> Resolution:
    """ "for the year" and the other spans of ``the_units``
    (:func:`~.period_refers.resolve_the_units`: the span of that length stated before);
    where that finds none, a charge's year (:func:`budget_for_the_year`)."""
    found = resolve_the_units(ctx)
    if isinstance(found, Span):
        return found
    return budget_for_the_year(ctx) or found


MULTI_YEAR_BUDGET = 3
"""Rule ``multi_year_budget``: the most whole financial years in a row a sum may be set for
and still be a budget's span ("£1.4m for 2026/27 and 2027/28", "a three-year grant for
2025-28"): what "the money will pay for" takes that span, as it takes one year's."""


def budget_span(period: PeriodFinding) -> bool:
    """A span a budget or plan is set for: a whole calendar year, or one to
    :data:`MULTI_YEAR_BUDGET` whole financial years in a row (April to March); not "since
    April 2024" (to P) nor "between April and December" (part of a year)."""
    start, end = period.start, period.end
    if (start.month, start.day) == (4, 1) and (end.month, end.day) == (3, 31):
        return 1 <= end.year - start.year <= MULTI_YEAR_BUDGET
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and (
        start.year == end.year
    )


YEARLY_WHOLE = (
    r"\s+(?:of\s+)?(?:the|its|their)\s+[£$€]\d[\d,.]*(?:\s*(?:m|million|bn|billion|k)\b)?"
    r"\s+(?:a|each|every|per)\s+(?:year|month|week)\b"
)
"""Rule ``share_of_yearly_sum``: after a share, a sum a body has or spends each year, the
share's whole ("about 80% of the £21m a year it costs to run its hospices", "half of its
£4m a year"): a standing amount told with its rate, not the figures just stated, so the
share is no back-reference (``share_of_them`` and ``share_in_part`` of
:data:`~pressfacts.statistics.period_back_references.BACK_REFERENCE_RULES`); not "80% of
the £21m" (no rate: it may restate a sum told before)."""
