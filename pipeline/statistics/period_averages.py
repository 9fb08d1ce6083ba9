"""A multi-year average stated before the period it is measured against.

"Burglaries were 12% below the five-year average in 2021": the average phrase comes
first, so when it is read (:mod:`pressfacts.statistics.periods`, in text order) the
period it is measured against is not yet known and it stays undated, or takes a period
of an earlier sentence. :func:`averages_stated_later` anchors it on the period stated
right after it in its sentence instead: the N years before that period, so a change
against the average covers from their start to that period's end (the contract: a
change between two periods covers both). An average with a period stated before it in
its own sentence ("In 2021 … below the five-year average") keeps that one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_table import PERIOD_RULES

AVERAGE_RULES: tuple[str, ...] = ("years_average", "average_of_years")
"""The period rules whose phrase is a multi-year average (group ``n`` or ``n2``: N)."""
_AVERAGES = tuple(rule.pattern for rule in PERIOD_RULES if rule.name in AVERAGE_RULES)
_MEASURED_KINDS = ("explicit", "relative")
"""Kinds of a period an average can be measured against (not a comparison's half)."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _years(text: str, period: PeriodFinding) -> int | None:
    """N of the average phrase at ``period``; None when it is no average phrase."""
    for pattern in _AVERAGES:
        match = pattern.match(text, period.start_char)
        if match is not None and match.end() >= period.end_char:
            return count_value(match.group("n") or match.groupdict().get("n2") or "")
    return None


def _same_sentence(text: str, end: int, start: int) -> bool:
    return _SENTENCE_END.search(text, end, start) is None


def _measured_before(text: str, before: Sequence[PeriodFinding], start: int) -> bool:
    """Whether a period the average can be measured against precedes ``start`` in its
    sentence."""
    for earlier in reversed(before):
        if not _same_sentence(text, earlier.end_char, start):
            return False
        if earlier.kind in _MEASURED_KINDS:
            return True
    return False


def averages_stated_later(text: str, found: list[PeriodFinding]) -> list[PeriodFinding]:
    """``found`` (every period phrase of ``text``, in order) with each multi-year
    average that no period precedes in its sentence anchored on the period measured
    right after it in the same sentence, when there is one."""
    for index, period in enumerate(found[:-1]):
        later = found[index + 1]
        if later.kind not in _MEASURED_KINDS or not _same_sentence(
            text, period.end_char, later.start_char
        ):
            continue
        if _measured_before(text, found[:index], period.start_char):
            continue  # "In 2021 … below the five-year average": measured against 2021
        years = _years(text, period)
        if not years:
            continue
        found[index] = replace(
            period,
            start=later.start - relativedelta(years=years),
            end=later.start - dt.timedelta(days=1),
            kind="previous",
            anchor=(later.start, later.end),
        )
    return found
