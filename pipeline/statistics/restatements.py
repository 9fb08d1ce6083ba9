"""A figure restated on the spot ("Nearly two-thirds (64%) of …"): one statistic.

Why: a release often glosses a figure with its exact value, in brackets or after "or":
"Nearly two-thirds (64%) of drivers", "one in five, or 21 per cent, of victims", "64%
(nearly two-thirds)". Read figure by figure, that is two statistics (66.7 percent
"nearly" and 64 percent) for one figure stated twice. The contract counts a figure once
and keeps its most precise wording (the seeds' gold: "one statistic per figure … with
the most precise wording's qualifier"), so the restatement takes the precise figure's
fields and stays a mention of it: the merge makes them one record with two mentions.

How: two figures of one sentence joined by a named form of :data:`RESTATEMENT_RULES`
(the words between them and after the second), of the same unit and close in value
(:func:`close`), are one figure; two in digits only when the first rounds the second
(:func:`rounds`). The precise one is the one written in digits, else the
second (the gloss in brackets is the exact one). A gloss after the figure it restates
takes that figure's area: the sentence places the first wording ("Almost half (47%) came
from parents": a share of the count before, in its area), the brackets say nothing of
where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from pressfacts.findings import StatisticFinding


@dataclass(frozen=True)
class RestatementRule:
    """A form that restates the figure before it: the words ``between`` the two
    figures (matched whole) and the words ``after`` the second (matched at its end)."""

    name: str
    between: re.Pattern[str]
    after: re.Pattern[str]


RESTATEMENT_RULES: tuple[RestatementRule, ...] = (
    # "Nearly two-thirds (64%) of …", "64% (nearly two-thirds) of …"
    RestatementRule("bracketed", re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")),
    # "one in five, or 21 per cent, of …"; "… – or 21% –"
    RestatementRule(
        "or-restated", re.compile(r"\s*[,–—-]\s*or\s+"), re.compile(r"\s*(?:[,–—-]|$)")
    ),
)
"""The forms of a figure restated on the spot, tried in order."""

PERCENT_POINTS = 5.0
"""How far apart (percentage points) a proportion in words and its exact percentage may
be: "nearly two-thirds (64%)", "more than half (52%)"."""
RELATIVE = 0.1
"""How far apart (share of the larger) two counts restating one figure may be."""

_DIGIT = re.compile(r"\d")


def close(first: StatisticFinding, second: StatisticFinding) -> bool:
    """Whether two figures of the same unit are near enough to be one figure restated."""
    if first.unit != second.unit:
        return False
    gap = abs(float(first.value) - float(second.value))
    larger = max(abs(float(first.value)), abs(float(second.value)))
    return gap <= RELATIVE * larger or (first.unit == "percent" and gap <= PERCENT_POINTS)


def rounds(first: float, second: float) -> bool:
    """Rule ``digits_restate_by_rounding``: whether ``first``, written in digits, is
    ``second`` rounded at ``first``'s own precision ("nearly 500 (482)", "21% (20.8%)",
    "£1.2m (£1,234,500)"), so the two may be one figure restated; "421 (455)", a list's
    count and the year before's in brackets, are two."""
    if float(first).is_integer():
        whole, step = int(first), 1
        while whole and whole % 10 == 0:
            whole, step = whole // 10, step * 10
    else:
        decimals = len(repr(float(first)).split(".")[1])
        step = 10**-decimals
    return abs(float(second) - float(first)) <= step / 2 + 1e-9


def restatement_rule(
    text: str, first: StatisticFinding, second: StatisticFinding
) -> RestatementRule | None:
    """The rule by which ``second`` restates ``first`` (which it follows), if any."""
    if first.sentence != second.sentence or second.start < first.end or not close(first, second):
        return None
    digits = _DIGIT.search(text, first.start, first.end) and _DIGIT.search(
        text, second.start, second.end
    )
    if digits and not rounds(first.value, second.value):
        return None  # rule digits_restate_by_rounding: "421 (455)" is two counts
    for rule in RESTATEMENT_RULES:
        if rule.between.fullmatch(text, first.end, second.start) and rule.after.match(
            text, second.end
        ):
            return rule
    return None


def _precise(text: str, first: StatisticFinding, second: StatisticFinding) -> StatisticFinding:
    """The one written in digits, else the second (the gloss)."""
    first_digits = bool(_DIGIT.search(text, first.start, first.end))
    second_digits = bool(_DIGIT.search(text, second.start, second.end))
    return first if first_digits and not second_digits else second


def one_figure_restated(text: str, findings: list[StatisticFinding]) -> list[StatisticFinding]:
    """The findings, each figure restated on the spot taking the precise figure's fields
    (its own span kept): one statistic with a mention at each wording."""
    ordered = sorted(range(len(findings)), key=lambda k: (findings[k].start, findings[k].end))
    result = list(findings)
    for before, after in pairwise(ordered):
        first, second = result[before], result[after]
        if restatement_rule(text, first, second) is None:
            continue
        precise = _precise(text, first, second)
        if precise is first:
            result[after] = replace(first, start=second.start, end=second.end)
        else:  # the gloss's figure, at the place the sentence reads the first wording
            figure = replace(second, area=first.area)
            result[before] = replace(figure, start=first.start, end=first.end)
            result[after] = figure
    return result
