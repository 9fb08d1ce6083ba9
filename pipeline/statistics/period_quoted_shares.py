"""A share a speaker states in a quote, with no period of its own, is general.

"Speed is a factor in about a third of the serious collisions we attend", "Nearly one in
10 of the 999 calls we receive is not an emergency": inside a quote, a share whose
sentence states no period and speaks in the present tells how things are in the
speaker's experience, not a figure of the span the release reports; the gold leaves it
undated. In the past ("One in six of the drivers we arrested had been stopped in the
morning") it tells of that span, and keeps its period. Rule
``quoted-share``: such a figure keeps no period carried from a lead-in or the sentences
before (:func:`quoted_share_period`); so does such a share reported in the present
("Around one in five calls to 999 are not emergencies, the force said"). A share whose
sentence dates it ("In 2024, a third of the calls we took …") and a count ("we answered 900
calls") keep theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

_OPEN = "“"
_CLOSE = "”"


def inside_quote(text: str, at: int) -> bool:
    """Whether ``at`` of ``text`` lies inside a quotation of its paragraph: after an
    opening curly quote not yet closed, or after an odd number of straight quotes."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if before.rfind(_OPEN) > before.rfind(_CLOSE):
        return True
    return before.count('"') % 2 == 1


_PRESENT_PASSIVE = r"(?<!\bis\s)(?<!\bare\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bbe\s)"
"""Before a participle, what makes it a present passive, not a past: "is targeted again",
"are stopped", "gets reported", "can be traced" (rule `quoted-share-present-passive`)."""
_IRREGULAR_PAST = (
    r"took|came|went|made|saw|gave|got|fell|rose|grew|left|began|found|felt|knew|ran|"
    r"spent|lost|paid|brought|bought|caught|held|kept|met|sent|won|became|stood|sat|drove"
)
"""Irregular past forms of verbs other than saying (rule ``quoted-share-irregular-past``:
"One in three sessions took place after 10pm, the charity said" tells of the span
reported); "said" and "told" are left out, being the reporting verbs after a quote."""
_PAST = re.compile(
    rf"\b(?:was|were|had|did|{_IRREGULAR_PAST})\b|{_PRESENT_PASSIVE}\b[a-z]{{3,}}ed\b|[.!?]",
    re.I,
)
"""A past tense (or the sentence's end) after the share: "One in six of the drivers we
arrested had been stopped …" tells of the span reported, not of how things are; a present
passive ("one in seven victims is targeted again within a year") is no past."""


_REPORTING = re.compile(
    r",\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|added|adds|warned|warns|"
    r"explained)(?:\s+(?:on|in)\s+\w+)?(?=\s*[,;]|\s*$)",
    re.I,
)
"""Who reported a share's clause (", the force said", ", the charity warned, and …"): a
reported statement, whose tense is that of the words before it."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def quoted_share_period(
    period: PeriodFinding | None,
    text: str,
    at: int,
    unit: str,
    change: str | None,
    sentence_periods: Sequence[PeriodFinding],
) -> PeriodFinding | None:
    """``period`` for the figure at ``at`` of ``text`` (of ``unit``); None under rule
    ``quoted-share``: a share (a percentage, no change) inside a quote, or reported by a
    closing ", the force said" (:data:`_REPORTING`), in a sentence that states no period
    and speaks in the present up to its end (or its reporting clause)."""
    if period is None or unit != "percent" or change is not None or sentence_periods:
        return period
    rest = _PAST.search(text, at, at + 300)
    present = rest is not None and rest.group(0) in ".!?"
    if present and inside_quote(text, at):
        return None
    stop = _SENTENCE_END.search(text, at, at + 300)
    reporting = _REPORTING.search(text, at, stop.start()) if stop else None
    if reporting is None or _PAST.search(text, at, reporting.start()):
        return period
    return None  # "Around one in five calls to 999 are not emergencies, the force said."
