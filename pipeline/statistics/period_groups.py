"""Parts of a group dated before: "Belfast accounted for 118 of the arrests".

A release often counts a group once with its period ("… arrested 412 drivers during its
operation, which ran from 1 December to 1 January") and later splits it ("Belfast
accounted for 118 of the arrests, with 47 in Co Antrim"). The parts state no period of
their own; they count within the group, so they take its period.

The carry is kept tight (:func:`carry_group_periods`): the part's sentence states no
period phrase at all; a figure in it stands in a part phrase (:data:`PART_RULES`: "N of
the <noun>"); the nearest earlier sentence that speaks of the noun (any word of its
stem: "arrests", "arrested") and holds dated counts (not a comparison's earlier half,
not a change) agrees on exactly one span between them. The undated figures of the
sentence that count the same noun (``unit``) take that span too ("with 47 in …"), and so
does a share of the whole right after its figure (:data:`SHARE_OF_WHOLE`: "Just 40 of the
cars were electric, under 5% of the total").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.period_descriptions import earlier_sentences, lemma

_FIGURE = rf"(?:\d[\d,.]*|{WORD_NUMBER}|half|a\s+(?:third|quarter|fifth))"
PART_RULES: dict[str, re.Pattern[str]] = {
    # "accounted for 118 of the arrests", "half of these seizures"; not "118 of them"
    # (no noun), not "the 1,200 arrests" (the whole)
    "part_of_the": re.compile(
        rf"\b{_FIGURE}\s+(?:of|out\s+of)\s+(?:the|these|those)\s+(?P<noun>[a-z]+s)\b(?!\s+of\b)",
        re.I,
    ),
}
"""Where a figure counts part of a group named by its plural noun."""
SHARE_OF_WHOLE = re.compile(
    r"\s*(?:%|per\s*cent)?\s+of\s+(?:the\s+(?:total|whole|group|lot)|them|those|these|"
    r"all\s+of\s+them)\b",
    re.I,
)
"""Right after a share in a part's sentence: it is of the whole the part is of ("…, less
than 1% of the total", "…, a third of them"); not "3% of drivers" (a whole of its own)."""
_NOT_A_GROUP = ("previous", "baseline", "day", "since")
"""Kinds of period that date a yardstick or an event, not the group counted."""
_STEM_LENGTH = 5
"""How many letters of the noun's singular an earlier mention must share ("arres")."""


def _group_period(
    text: str,
    sentences: Sequence[tuple[int, int]],
    before: int,
    noun: str,
    dated: dict[int, list[StatisticFinding]],
) -> PeriodFinding | None:
    """The period of the nearest sentence before index ``before`` that speaks of ``noun``
    and holds dated counts agreeing on one span; sentences without such counts are passed."""
    stem = lemma(noun)[:_STEM_LENGTH]
    mention = re.compile(rf"\b{re.escape(stem)}", re.I)
    for index in earlier_sentences(before):
        s_start, s_end = sentences[index]
        if not mention.search(text, s_start, s_end):
            continue
        levels = [
            f.period
            for f in dated.get(index, [])
            if f.change is None and f.period and f.period.kind not in _NOT_A_GROUP
        ]
        if not levels:
            continue  # "That compares with 376 arrests in the same period last year"
        spans = {(p.start, p.end) for p in levels}
        return levels[0] if len(spans) == 1 else None
    return None


def carry_group_periods(
    text: str,
    sentences: Sequence[tuple[int, int]],
    findings: Sequence[StatisticFinding],
    stated: AbstractSet[int],
) -> list[StatisticFinding]:
    """``findings`` with the undated parts of a group dated before taking its period
    (see the module docstring)."""
    dated: dict[int, list[StatisticFinding]] = {}
    groups: dict[int, tuple[str, PeriodFinding] | None] = {}  # sentence -> noun, period
    result: list[StatisticFinding] = []
    for finding in findings:
        index = finding.sentence
        if finding.period is None and index not in stated:
            part = _part_period(text, sentences, finding, dated)
            if part is not None:
                groups[index] = part
                finding = replace(finding, period=part[1])
            elif groups.get(index) is not None:
                noun, period = groups[index] or ("", finding.period)
                same_noun = bool(finding.unit) and lemma(finding.unit.split()[-1]) == lemma(noun)
                share = finding.unit == "percent" and SHARE_OF_WHOLE.match(text, finding.end)
                if same_noun or share:
                    finding = replace(finding, period=period)
        elif finding.period is not None and index not in stated and index not in groups:
            # a part the figure stage dated by its whole ("287 of the webpages") still
            # leads the share after it ("…, less than 1% of the total")
            groups[index] = next(
                ((noun, finding.period) for noun in _part_nouns(text, sentences, finding)), None
            )
        if finding.period is not None:
            dated.setdefault(index, []).append(finding)
        result.append(finding)
    return result


def _part_period(
    text: str,
    sentences: Sequence[tuple[int, int]],
    finding: StatisticFinding,
    dated: dict[int, list[StatisticFinding]],
) -> tuple[str, PeriodFinding] | None:
    """The noun and period of the part phrase that holds ``finding``, if any."""
    for noun in _part_nouns(text, sentences, finding):
        period = _group_period(text, sentences, finding.sentence, noun, dated)
        if period is not None:
            return noun, period
    return None


def _part_nouns(
    text: str, sentences: Sequence[tuple[int, int]], finding: StatisticFinding
) -> Iterator[str]:
    """The noun of each part phrase (:data:`PART_RULES`) that holds ``finding``."""
    s_start, s_end = sentences[finding.sentence]
    for rule in PART_RULES.values():
        for match in rule.finditer(text, s_start, s_end):
            if match.start() <= finding.start < match.start("noun"):
                yield match["noun"]
