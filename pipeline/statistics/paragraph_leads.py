"""Whether a sentence that names a place and states no figure leads its place in to the
figures after it across a paragraph break (:func:`leads_across`), for
:class:`pressfacts.statistics.component.StatisticReader`'s lead-in area."""

from __future__ import annotations

import re

_PARAGRAPH_AFTER = re.compile(r"[^\S\n]*\n[^\S\n]*\n\s*")
_POINTS_BACK = re.compile(r"[^.\n\d]{0,60}?\b(?:it|they|its|their)\b", re.I)
"""A next paragraph that points back to the body the sentence before told of ("In June, it
received 260 reports", "Its helpline took …"): the place still leads in."""


def leads_across(text: str, sentence: str, end: int, first: bool) -> bool:
    """Whether a sentence that names a place and states no figure (ending at ``end``) leads
    its place in to what follows it: within its paragraph, or past a blank line when it
    ends in a colon ("Arrests by town in Kent:") or is the release's ``first`` sentence
    (its lead: "… a UK-wide appeal …"), or when the next paragraph points back to what it
    told of (:data:`_POINTS_BACK`); not a paragraph's last sentence that tells of a site
    ("The newest bin, in Ashford's Victoria Park, opened last June.") to the next
    paragraph's figures, which are the release's."""
    body = sentence.rstrip()
    if first or body.endswith(":"):
        return True
    gap = _PARAGRAPH_AFTER.match(text, end - len(sentence) + len(body))
    return gap is None or _POINTS_BACK.match(text, gap.end()) is not None
