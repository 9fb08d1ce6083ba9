"""Guard ``season_purpose_ahead`` of rule ``this_season_told_in_past`` and its exception
``for_named_body``.

"for" earlier in a season's clause ("she had set aside £20,000 for thermal imaging cameras
this winter") makes the season what the thing is for, whatever the tense of the telling:
the nearer season stands. Rule ``for_named_body``: a "for" whose object, right up to the
season, is a named body or person ("a survey carried out for the Police and Crime
Commissioner this spring", "a report written for Leeds City Council this summer", "for the
Mayor of London this spring") tells who the work was done for, no purpose: the sentence's
past tense dates the season (the one over). Not "for Safer Streets patrols this winter"
(a lower-case noun: a purpose), nor "for the council this spring" (no name).
"""

from __future__ import annotations

import re

_FOR = re.compile(r"\bfor\b(?=[^.;:!?]{0,80}$)", re.I)
"""Each "for" of the clause ending at the season (within 80 characters)."""

NAMED_BODY_LINKS: tuple[str, ...] = ("and", "of", "for", "&", "the")
"""Words a name of a body may hold between its capitalised words ("Police and Crime
Commissioner", "Mayor of London", "Commissioner for Avon and Somerset")."""

_NAME_WORD = r"(?:[A-Z][\w'’-]*|" + "|".join(re.escape(w) for w in NAMED_BODY_LINKS) + r")"
_NAMED_BODY = re.compile(rf"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+{_NAME_WORD})*?\s*,?\s*\Z")
"""Rule ``for_named_body``: the words after "for" up to the season are a name: capitalised
words, with the links of :data:`NAMED_BODY_LINKS` between them, after an optional "the"."""


def purpose_before(text: str, start: int) -> bool:
    """Whether a "for" of purpose stands earlier in the clause ending at ``start`` (guard
    ``season_purpose_ahead``): any "for" of the clause whose object is no named body (rule
    ``for_named_body``)."""
    clause = text[max(0, start - 100) : start]
    return any(_NAMED_BODY.match(clause, found.end()) is None for found in _FOR.finditer(clause))
