"""The whole a trailing partitive with a participle names: "… and three of those arrested
have since been charged".

Why: "of them/these/those" right after a count usually points at the count before it in
its own sentence ("40 knives were seized, and 12 of them were in Hull":
:func:`.part_wholes.clause_whole`). A participle after it ("of those arrested", "of
these stopped") names the whole by what was done to it: "Officers seized £14,500 in cash
and three of those arrested have been charged" counts the people arrested (stated in a
sentence before, :func:`.part_wholes.lead_whole`), not the cash of its own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.partitives import done_forms

_AFTER_REACH = 60
"""How far after a count (characters) the participle that says what was done to it may stand."""
_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
"""Where the words that may tell what was done to a count end."""
_NEXT_FIGURE = re.compile(r"[\d£]")
"""The next figure, whose own words follow it ("Six people were arrested and 37 vehicles
stopped": "stopped" is the 37's)."""
_VERB_BEFORE = r"\b{form}[a-z]*\s+(?:(?!and\b|or\b|but\b|while\b)[a-z]+\s+){{0,3}}$"
"""A participle right before a count, as its verb ("arrested 42 drivers", "arrested a total
of 42"), with no "and" or comma between ("Six people were arrested and 37 vehicles …":
the arrests are not the 37's)."""
_BEFORE_REACH = 30
"""How far before a count (characters) its verb may stand."""


def participle_bound(text: str, count: StatisticFinding, form: str, stop: int) -> bool:
    """Whether ``form`` (a participle or its stem, :func:`.done_forms`) says what was done
    to ``count`` in ``text``: among the words after it ("42 drivers were arrested", "63
    arrests"), up to ``stop`` (the offset of the part pointing back), the sentence's end
    or :data:`_AFTER_REACH` characters."""
    limit = min(stop, count.end + _AFTER_REACH)
    end = _CLAUSE_END.search(text, count.end, limit)
    words = _NEXT_FIGURE.split(text[count.end : end.start() if end else limit].lower())[0]
    return _form_word(form).search(words) is not None


def names_other_whole(
    lead: re.Match[str] | None, found: Sequence[StatisticFinding], text: str, at: int
) -> bool:
    """Rule ``participle_names_whole``: whether a count at ``at`` of ``text`` followed by a
    partitive with a participle (``lead``, :data:`.part_wholes.TRAILING_LEAD` on its words
    after: "three of those arrested") points past its own sentence's counts (``found``): true
    when none of them is told as done by that participle ("seized £14,500 in cash and
    three of those arrested": the arrests were counted before); false for "arrested 40
    people, and 12 of those arrested …" (the 40 of its sentence) and for "12 of them"
    (no participle: the count before it, as ever)."""
    if lead is None:
        return False
    forms = done_forms(lead.group("done"))
    return not any(participle_bound(text, f, form, at) for f in found for form in forms)


def told_count(
    text: str, counts: Sequence[StatisticFinding], forms: Sequence[str]
) -> StatisticFinding | None:
    """Rule ``participle_told_count``: of ``counts`` (nearest first), the first that the
    partitive's participle or its stem (``forms``, :func:`.done_forms`) tells as done, in the
    words after it up to the next figure ("Six people were arrested") or as the verb right
    before it (:data:`_VERB_BEFORE`: "arrested 42 drivers"); None when none is (the looser
    words-around-it reading of :func:`.part_wholes.lead_whole` then stands). "Six people
    were arrested and 37 vehicles stopped. … Three of those arrested" points at the six,
    not at the 37 whose words merely follow "arrested"."""
    for form in forms:
        verb = _verb_before(form)
        for count in counts:
            floor = max(0, count.start - _BEFORE_REACH - 1)  # a ". " further back changes nothing
            start = max(count.start - _BEFORE_REACH, text.rfind(". ", floor, count.start) + 1)
            if participle_bound(text, count, form, len(text)) or verb.search(
                text[start : count.start]
            ):
                return count
    return None


@lru_cache(maxsize=256)
def _form_word(form: str) -> re.Pattern[str]:
    """A word opening on ``form`` ("arrest" in "arrested"), compiled once per form."""
    return re.compile(rf"\b{re.escape(form)}")


@lru_cache(maxsize=256)
def _verb_before(form: str) -> re.Pattern[str]:
    """:data:`_VERB_BEFORE` for ``form``, compiled once per form."""
    return re.compile(_VERB_BEFORE.format(form=re.escape(form)), re.I)


_OPENING_DONE = re.compile(r"\s+(?P<done>[a-z]{3,}ed|held|caught|seen|taken|found)\b", re.I)
"""The participle right after a partitive opening's noun: "Of the people [searched], "."""


def partitive_done(partitive: re.Match[str] | None) -> tuple[str, ...]:
    """The forms (:func:`.done_forms`) of the participle after the noun of a partitive
    opening (:data:`.partitives.PARTITIVE`: "Of the people searched, 61 …" gives
    "searched", "search"), by which rule ``participle_told_count`` picks the count of that
    noun the opening names (the 84 people searched, not four of those arrested); none
    without a noun or participle."""
    if partitive is None or not partitive.group("noun"):
        return ()
    done = _OPENING_DONE.match(partitive.string, partitive.end("noun"))
    return done_forms(done.group("done")) if done else ()


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
"""Where a count's own sentence ends: a full stop before a space or a line break, or a
line break (a paragraph's last count ends at ".\n", not at the next paragraph's ". ")."""


def own_words(text: str, count: StatisticFinding) -> str:
    """The words of ``count``'s own sentence around it (at most 30 characters before and
    40 after, never across a sentence end or a line break): where "arrested" says what
    was counted, not the next paragraph's "Of those arrested"."""
    floor = max(0, count.start - 31)  # a sentence end further back changes nothing
    start = max(
        count.start - 30,
        text.rfind(". ", floor, count.start) + 1,
        text.rfind("\n", floor, count.start) + 1,
    )
    stop = _SENTENCE_END.search(text, count.end, count.end + 40)
    return text[start : stop.start() if stop else count.end + 40]
