"""Whether a release says in its own words what a body covers, right after its name.

Guard ``covers_wording`` of :mod:`pressfacts.statistics.named_bodies`: "CPS Wessex, which
covers Hampshire …" says the body's own area in the text's words. Kept apart so that one
compiled pattern serves every body's name.
"""

from __future__ import annotations

import re

COVERS_AFTER = (
    r",?\s+(?:(?:which|that)\s+covers|covering|"
    r"the\s+(?:community\s+safety\s+)?partnership\s+for)\s+[A-Z]"
)
"""Guard ``covers_wording``: right after a body's name, what it covers in the text's own
words ("CPS Wessex, which covers Hampshire …", "CPS North West, covering Cumbria …", "Safer
Cornwall, the community safety partnership for Cornwall and the Isles of Scilly, …")."""


_COVERS = re.compile(COVERS_AFTER)


def covers_named(name: str, text: str) -> bool:
    """Whether ``text`` says what ``name`` covers (:data:`COVERS_AFTER` right after one of
    its uses), read only where "cover" or "partnership", which each such wording holds,
    stands; one pattern for every name (a pattern per name was a new compile per body)."""
    if "cover" not in text and "partnership" not in text:
        return False
    at = text.find(name)
    while at != -1:
        if _COVERS.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False
