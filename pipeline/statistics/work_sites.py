"""Sites where the counted people work, right before a place (place role ``work-sites``
of :mod:`pressfacts.statistics.place_roles`): "who take calls at branches in Bangor and
Newport" names where volunteers sit, not the scope of the count; but things stolen or taken
"from sites in Bicester" were taken there (rule ``theft_from_sites``)."""

from __future__ import annotations

import re

WORK_SITES_BEFORE = re.compile(
    r"\b(?:at|from|in)\s+(?:its|their|the\s+\w+['’]s|the|our)?\s*(?:[a-z]+\s+)?"
    r"(?:bases|offices|sites|centres|centers|hubs|branches)\s+(?:in|at)\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+){0,4}$",
    re.I,
)
"""Several sites right before the towns they stand in (the first of them, or a later one
of their list): "who gave their time at bases in London, Glasgow and Cardiff", "from its
offices in Leeds and York": where the counted people work, not the scope of the count
(one site, "the centre in Rhyl", may be it)."""


THEFT_FROM = re.compile(
    r"\b(?:stolen|stole|taken|took|removed|snatched|burgled|raided|targeted|hit)\s+$", re.I
)
"""Rule ``theft_from_sites``: a verb of theft or attack right before "from … sites in": the
sites are where the crime happened ("five excavators were taken from sites in Bicester",
"tools stolen from building sites in Leeds"), so the place is the figure's area."""


def work_sites_before(text: str, start: int) -> bool:
    """Whether sites where the counted people work stand right before ``start``."""
    found = WORK_SITES_BEFORE.search(text, max(0, start - 120), start)
    if found is None:
        return False
    opening = found.group(0)[:4].lower()
    return not (
        opening == "from" and THEFT_FROM.search(text, max(0, found.start() - 40), found.start())
    )
