"""Which sentences make a release's lead when its area is read.

A release may open on a hook that names neither a place nor a figure ("The Ashdown Trust
has warned that children groomed by gangs are still missed, as new figures show …"); its
figures, and the scope they are for, come in the sentence after ("Analysis by the charity
shows 4,100 children in England were …"). :func:`figure_lead` then reads both sentences
as the lead, so that scope is the document's area.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

STATEMENT_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")
"""Where a statement ends: a full stop, question or exclamation mark, a closing quote."""
_FIGURE = re.compile(r"\d")
"""A figure in digits: a lead that states one states its own scope, or none."""


def figure_lead(text: str, lead: tuple[int, int], place_starts: Iterable[int]) -> tuple[int, int]:
    """``lead`` (start, end of the lead sentence), with the sentence after it when the lead
    states no figure in digits and names no place or territorial body (none of
    ``place_starts`` inside it): the hook's figures and their scope follow it."""
    start, end = lead
    if _FIGURE.search(text, start, end) or any(start <= at < end for at in place_starts):
        return lead
    after = STATEMENT_END.search(text, end)
    return (start, after.end()) if after else lead
