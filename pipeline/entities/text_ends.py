"""What a piece of text ends with, read from its end instead of by a regex scan.

A pattern anchored at the end (``…$``) searched in a string is tried at every position
of it; the title rules cut such tails off the 120 characters before each title, so
here they are read from the end, with a test that they give what the pattern gives.
"""

from __future__ import annotations

_APOSTROPHES = ("’", "'")


def without_possessive_tail(text: str) -> str:
    """``text`` without a possessive ending and the white space around it ("Kent
    Police’s " -> "Kent Police"): what ``re.sub(r"\\s*(?:[’']s?)?\\s*$", "", text)``
    gives (the leftmost place from which only that ending is left is where it is cut)."""
    kept = text.rstrip()
    if kept.endswith(("’s", "'s")):
        return kept[:-2].rstrip()
    if kept.endswith(_APOSTROPHES):
        return kept[:-1].rstrip()
    return kept
