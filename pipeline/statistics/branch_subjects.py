"""A charity's local branch that opens its sentence as the subject speaks for its place.

Rule ``local-branch`` of :mod:`pressfacts.statistics.place_roles` keeps the place in a
local branch's name ("volunteers from Age UK Oxfordshire visited 380 people") out of the
figures' areas: the branch is a partner, and stands for its place only as the document's
issuing body. Its guard ``branch-subject`` lets the place stand when the branch's name
opens the sentence and is its subject, right before a verb of saying or an auxiliary
("Age UK Maidstone said its volunteers would speak to 1,500 older people", "Citizens
Advice Craven has helped 900 people"): the figures of that sentence are the branch's own,
for its place.
"""

from __future__ import annotations

import re

__all__ = ["BRANCH_NAME_OPENS", "SUBJECT_VERB_AFTER", "branch_subject"]

BRANCH_NAME_OPENS = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)\Z")
"""Right before the branch's name: a sentence's start ("… said.\n\nAge UK Maidstone said"),
not a word of the sentence ("volunteers from Age UK Oxfordshire")."""
SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:said|says|has|have|had|will|would|is|was|are|were|recorded|received|trained|"
    r"helped|supported|answered|handled)\b"
)
"""Right after the place: the verb the branch is the subject of ("… said its volunteers",
"… has trained 86 volunteers"); not a noun ("Age UK Oxfordshire volunteers visited")."""


def branch_subject(text: str, start: int, end: int) -> bool:
    """Whether the local branch named at ``[start, end)`` of ``text`` opens its sentence as
    the subject of a verb (guard ``branch-subject``)."""
    return bool(
        BRANCH_NAME_OPENS.search(text[max(0, start - 4) : start])
        and SUBJECT_VERB_AFTER.match(text, end)
    )
