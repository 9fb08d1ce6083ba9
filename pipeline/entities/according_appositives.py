"""The description after "according to <name>" (rule ``according_appositive``).

"According to Jo Bell, the deputy mayor for policing, the scheme works": the name is the
``according_to`` person rule's (:mod:`.person_rules`); the description in commas before
the main clause is the person's title, as one closing a sentence is ("… according to Jo
Bell, head of services at the Harbour Trust."). It must open on an article or possessive,
so that "According to Jo Bell, officers made 40 arrests, …" (the clause itself) gives none.
"""

from __future__ import annotations

import re

from pressfacts.entities.name_words import POST_NOMINALS

_PHRASE = r"[^,\n“”\".]{2,120}?"
"""A phrase between commas, within one sentence."""
ACCORDING_APPOSITIVE = re.compile(
    rf"{POST_NOMINALS},\s*(?P<appos>(?:the|an?|its|their)\s+{_PHRASE}),\s+(?=\S)"
)
"""A description in commas opened by an article, then the main clause."""


def closing_appositive_match(
    closing: re.Pattern[str], rule: str, text: str, at: int
) -> re.Match[str] | None:
    """The closing appositive after a name ending at ``at`` (``closing``, the person
    rules' pattern), or for the rule ``according_to`` one before the main clause
    (:data:`ACCORDING_APPOSITIVE`)."""
    found = closing.match(text, at)
    if found is None and rule == "according_to":
        return ACCORDING_APPOSITIVE.match(text, at)
    return found
