"""Definite descriptions that carry a period: "the 14 children referred to the service".

A release often dates a group once, by the act that defines it ("… children who were
referred to the service in May …"), and later counts within that group by naming it
again with the same noun and the same participle ("Six of the 14 children referred to
the service were …"). The later figures state no period of their own; they count the
group the earlier description dated, so they take its period.

The carry is kept tight (:func:`carry_described_periods`): the later figure's sentence
states no period phrase at all (not even one that cannot be dated); the figure stands
in or just before a definite noun phrase (:data:`DEFINITE_RULES`) whose head noun
(plural-insensitive) and participle both recur in an earlier sentence of the same
document (:data:`EARLIER_RULES`); the nearest such sentence holds dated figures with
exactly one period between them (changes aside). Otherwise nothing is carried.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.lexicon.number_words import WORD_NUMBER

_IRREGULAR_PLURALS = {"children": "child", "people": "person", "men": "man", "women": "woman"}
_PLURAL_NOUN = r"(?:[a-z]+s|children|people|men|women)"
"""A counted noun in the plural (what a figure counts): "children", "arrests"."""
_PARTICIPLE = (
    r"(?:[a-z]{3,}ed|made|stolen|taken|seen|held|caught|found|given|sent|driven|brought|known)"
)
"""A past participle that defines a group: "referred", "arrested", "stolen"."""
_RELATIVE = r"(?:(?:who|that|which)\s+(?:had\s+been|have\s+been|were|was|are|is)\s+)?"
_ADVERB = r"(?:[a-z]+ly\s+)?"
_PASSIVE = r"(?:(?:who|that|which)\s+)?(?:(?:had|have)\s+been\s+|were\s+|was\s+|are\s+|is\s+)?"
"""An earlier definition may be a clause of its own: "35 bikes were stolen in May"."""
_FIGURE = rf"(?:\d[\d,]*|{WORD_NUMBER}|half|a\s+(?:third|quarter|fifth))"
_HEAD = rf"(?P<noun>{_PLURAL_NOUN})\s+{_RELATIVE}{_ADVERB}(?P<verb>{_PARTICIPLE})\b"

DEFINITE_RULES: dict[str, re.Pattern[str]] = {
    # "Six of the 14 children referred to …", "10 of the 20 children that were referred",
    # "the 20 people arrested"; not "20 children were referred" (no article: a new group)
    "definite_group": re.compile(
        rf"\b(?:{_FIGURE}\s+(?:of|out\s+of)\s+)?(?:the|these|those)\s+(?:{_FIGURE}\s+)?"
        rf"(?:[a-z-]+\s+){{0,2}}?{_HEAD}",
        re.I,
    ),
}
"""Where a later figure names a group defined before: the figures in the match count it."""

EARLIER_RULES: dict[str, str] = {
    # "children who were referred to the service", "people arrested in March"
    "passive": r"\b{noun}\s+" + _PASSIVE + _ADVERB + r"{verb}\b",
    # "officers arrested 20 people", "referred 30 vulnerable children"
    "active": r"\b{verb}\s+(?:[\w,.-]+\s+){{0,3}}?{noun}\b",
}
"""How an earlier sentence defines the group: the noun and participle, either order
(``{noun}`` and ``{verb}`` are filled with the later mention's words)."""


def lemma(noun: str) -> str:
    """``noun`` in the singular, near enough to compare: "children" -> "child",
    "referrals" -> "referral", "offences" -> "offence"."""
    noun = noun.lower()
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _noun_forms(noun: str) -> str:
    """A pattern for ``noun`` in the singular or plural."""
    base = lemma(noun)
    plural = next((p for p, s in _IRREGULAR_PLURALS.items() if s == base), base + "s")
    return f"(?:{re.escape(base)}|{re.escape(plural)})"


LOOK_BACK_SENTENCES = 60
"""How far back a carried period is looked for: a group is named within a release's
reach (a few paragraphs), and a document of any length stays linear."""


def earlier_sentences(before: int) -> range:
    """The indices of the sentences a carry looks back on from sentence ``before``,
    nearest first (at most :data:`LOOK_BACK_SENTENCES`)."""
    return range(before - 1, max(-1, before - 1 - LOOK_BACK_SENTENCES), -1)


def _earlier_period(
    text: str,
    sentences: Sequence[tuple[int, int]],
    before: int,
    noun: str,
    verb: str,
    dated: dict[int, list[StatisticFinding]],
) -> PeriodFinding | None:
    """The period of the nearest sentence before index ``before`` that defines the group
    (``noun`` and ``verb``), when its dated figures agree on one; else None."""
    fill = {"noun": _noun_forms(noun), "verb": re.escape(verb.lower())}
    patterns = [re.compile(p.format(**fill), re.I) for p in EARLIER_RULES.values()]
    for index in earlier_sentences(before):
        s_start, s_end = sentences[index]
        if not any(p.search(text, s_start, s_end) for p in patterns):
            continue
        levels = [f.period for f in dated.get(index, []) if f.change is None and f.period]
        spans = {(p.start, p.end) for p in levels}
        return levels[0] if len(spans) == 1 else None
    return None


def carry_described_periods(
    text: str,
    sentences: Sequence[tuple[int, int]],
    findings: Sequence[StatisticFinding],
    stated: AbstractSet[int],
) -> list[StatisticFinding]:
    """``findings`` with the undated figures of a definite description that names a
    group dated before taking its period (see the module docstring); ``stated``: the
    sentences that state a period (:func:`stated_sentences`). One pass in text order: a
    group dated this way dates a later mention of it too."""
    carried: list[StatisticFinding] = []
    dated: dict[int, list[StatisticFinding]] = {}
    for finding in findings:
        if finding.period is None and finding.sentence not in stated:
            finding = _carried(text, sentences, finding, dated)
        if finding.period is not None:
            dated.setdefault(finding.sentence, []).append(finding)
        carried.append(finding)
    return carried


def _carried(
    text: str,
    sentences: Sequence[tuple[int, int]],
    finding: StatisticFinding,
    dated: dict[int, list[StatisticFinding]],
) -> StatisticFinding:
    s_start, s_end = sentences[finding.sentence]
    for rule in DEFINITE_RULES.values():
        for match in rule.finditer(text, s_start, s_end):
            if not match.start() <= finding.start < match.start("noun"):
                continue
            period = _earlier_period(
                text, sentences, finding.sentence, match["noun"], match["verb"], dated
            )
            if period is not None:
                return replace(finding, period=period)
    return finding


def stated_sentences(
    sentences: Sequence[tuple[int, int]], periods: Sequence[PeriodFinding]
) -> frozenset[int]:
    """The indices of the sentences that state a period phrase: the carries of an undated
    figure (this module's, :mod:`.period_groups`', :mod:`.period_place_parts`') never
    reach into one. Found once per document for all of them."""
    return frozenset(sentence_of(sentences, p.start_char) for p in periods)


def sentence_of(sentences: Sequence[tuple[int, int]], offset: int) -> int:
    """The index of the sentence that holds ``offset`` (-1 when none does)."""
    low, high = 0, len(sentences)
    while low < high:
        middle = (low + high) // 2
        if sentences[middle][1] <= offset:
            low = middle + 1
        else:
            high = middle
    return low if low < len(sentences) and sentences[low][0] <= offset else -1
