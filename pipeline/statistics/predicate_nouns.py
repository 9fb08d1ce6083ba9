"""The unit of a count whose noun comes after a copula: "29 were children".

"Of the 163 people arrested, 29 were children", "Six of the victims were women, and
four were girls": the count has no noun right after it, but what it counts is the plural
noun that "were"/"are" joins to it, ending its clause. The unit rule ``predicate-noun``
(:data:`pressfacts.statistics.units.UNIT_RULES`) gives that noun. Not "29 were
arrested" (a verb form), "29 were from Essex" (no noun), "29 were later charged" (the
word after the copula does not end the clause), nor "29 were a concern" (not plural).
"""

from __future__ import annotations

import re

PREDICATE_NOUN = re.compile(
    r"\s+(?:were|are)\s+(?:also\s+|all\s+|themselves\s+)?(?P<noun>[a-z]+)\b"
    r"(?=\s*(?:[.,;:)]|$|(?:and|or|aged|under|over|from|in|who|with)\b))"
)
"""A copula, then one lower-case word that ends the clause (a stop, a comma, "and", an
age or a place after it)."""
_PLURALS = ("people", "children", "men", "women", "staff")


def predicate_noun(after: str) -> str | None:
    """The plural noun (lower case) a copula right after the count joins to it, ending
    its clause; else None. ``after`` is the sentence after the number."""
    match = PREDICATE_NOUN.match(after)
    if not match:
        return None
    noun = match.group("noun")
    plural = noun in _PLURALS or (noun.endswith("s") and not noun.endswith(("ss", "us")))
    return noun if plural else None
