"""The unit of a count whose noun comes after a copula: "29 were children".

"Of the 163 people arrested, 29 were children", "Six of the victims were women, and
four were girls": the count has no noun right after it, but what it counts is the plural
noun that "were"/"are" joins to it, ending its clause. The unit rule ``predicate-noun``
(:data:`pressfacts.statistics.units.UNIT_RULES`) gives that noun. Not "29 were
arrested" (a verb form), "29 were from Essex" (no noun), "29 were later charged" (the
word after the copula does not end the clause), nor "29 were a concern" (not plural).
Rule ``predicate_noun_modifiers``: up to two lower-case words may stand before the noun
("23 were religious hate crimes": crimes, the head, as a single noun is read), but no
participle, article, preposition or adverb ("29 were sent to prisons", "six were then
officers").
"""

from __future__ import annotations

import re

_MODIFIER = (
    r"(?!(?:to|from|in|on|at|by|for|of|with|about|over|under|into|after|the|a|an|both|all|these|"
    r"those|also|still|now|then|"
    r"later|not|only|mostly|mainly|made|sent|put|kept|held|told|left|found|caught|brought)\b)"
    r"[a-z]+(?<!ed)(?<!en)(?<!ly)\s+"
)
PREDICATE_NOUN = re.compile(
    r"\s+(?:were|are)\s+(?:also\s+|all\s+|themselves\s+)?"
    rf"(?P<noun>(?:{_MODIFIER}){{0,2}}[a-z]+)\b"
    r"(?=\s*(?:[.,;:)]|$|(?:and|or|aged|under|over|from|in|who|with)\b))"
)
"""A copula, then a lower-case noun (with up to two modifiers, :data:`_MODIFIER`) that
ends the clause (a stop, a comma, "and", an age or a place after it)."""
_PLURALS = ("people", "children", "men", "women", "staff")


def predicate_noun(after: str) -> str | None:
    """The plural noun (lower case) a copula right after the count joins to it, ending
    its clause; else None. ``after`` is the sentence after the number."""
    match = PREDICATE_NOUN.match(after)
    if not match:
        return None
    noun = match.group("noun")
    head = noun.rsplit(" ", 1)[-1]
    plural = head in _PLURALS or (head.endswith("s") and not head.endswith(("ss", "us")))
    return head if plural else None
