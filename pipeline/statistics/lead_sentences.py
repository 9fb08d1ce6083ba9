"""Which sentences make a release's lead when its area is read.

A release may open on a hook that names neither a place nor a figure but speaks of the
figures to come ("The Ashdown Trust has warned that children groomed by gangs are still
missed, as new figures show …"); its figures, and the scope they are for, come in the
sentence after ("Analysis by the charity shows 4,100 children in England were …").
:func:`figure_lead` then reads both sentences as the lead, so that scope is the
document's area.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

STATEMENT_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")
"""Where a statement ends: a full stop, question or exclamation mark, a closing quote."""
_FIGURE = re.compile(r"\d")
"""A figure in digits: a lead that states one states its own scope, or none."""
HOOK = re.compile(
    r"\b(?:figures|data|statistics|analysis|research|report|survey|findings)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|found|finds)\b|"
    r"\b(?:warn|warns|warned|warning)\b",
    re.I,
)
"""What makes a lead a hook for the figures after it: a finding to come ("as new figures
show", "new research reveals") or a warning; not "The Home Office published a report."
(no finding told)."""


def figure_lead(text: str, lead: tuple[int, int], place_starts: Iterable[int]) -> tuple[int, int]:
    """``lead`` (start, end of the lead sentence), with the sentence after it when the lead
    is a :data:`HOOK` that states no figure in digits and names no place or territorial
    body (none of ``place_starts`` inside it), and the sentence after states a figure in
    digits: the hook's figures and their scope."""
    start, end = lead
    if (
        _FIGURE.search(text, start, end)
        or not HOOK.search(text, start, end)
        or any(start <= at < end for at in place_starts)
    ):
        return lead
    after = STATEMENT_END.search(text, end)
    if after is None or not _FIGURE.search(text, end, after.end()):
        return lead
    return (start, after.end())
