"""The whole a share is of, whose noun a count after the share repeats.

"… more than a third of all seizures, while Derry City and Strabane recorded 702": the
702 counts seizures. "… fell to 4,310. Leeds accounted for almost half of them, with
2,087": the share's whole is the count of the sentence before (rule ``share_of_them``).
"Nearly a third of the pet scam cases involved …, and more than 400 involved …": a whole
named by a noun with two words before it (rule ``share_of_compound_whole``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding

_SHARE_WHOLE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+s)\b(?!\s+of\b)"
)
"""The whole a share is of: " of all seizures", " of the drug offences"."""
_SHARE_COMPOUND_WHOLE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the\s+)?[a-z-]+\s+[a-z-]+\s+(?P<noun>[a-z]+s)\b(?!\s+of\b)"
)
"""Rule ``share_of_compound_whole``, tried when :data:`_SHARE_WHOLE` finds no plural noun:
a whole whose noun has two words before it (" of the pet scam cases", " of all hate crime
reports"); not " of the cases involved drugs" (the noun comes first, read by
:data:`_SHARE_WHOLE`)."""


_SHARE_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
"""A share whose whole is the count of a sentence before: " of them"."""
SHARE_GLOSSED_ALONE = re.compile(r"\s*(?:\(\s*|\s[-–—]\s*)[\d,]+\s*(?:\)|\s[-–—])")
"""A share that names no whole, glossed right after by its count in brackets or between
dashes ("More than half - 701 - were in Hull", "Nearly a third (402) were …"): like a share
"of them", its whole is the count of a sentence before (rule ``share_glossed_alone``)."""

SHARE_OPENING_ALONE = re.compile(
    r"\s+(?:were|was|had|have|are|came|went|lived|said|told|reported)\b(?!\s+of\b)", re.I
)
"""Rule ``share_opening_alone``: a share that opens its sentence, names no whole and is the
subject of the verb right after it ("Caseworkers supported 486 children. Around 60% were
referred by schools, while 85 came via social care"): like a share "of them", its whole is
the count of a sentence before. Not "60% of the reports were …" (a whole of its own), "It
said 60% were …" (no opening)."""
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")
"""The end of the sentence before (or the text's start), right before a share."""


def share_whole(
    text: str, found: Sequence[StatisticFinding], earlier: Sequence[StatisticFinding] = ()
) -> str | None:
    """The plural noun of the whole that the last share of the sentence so far (``found``)
    is of: "… more than a third of all seizures, while Derry City and Strabane recorded
    702" counts seizures; for a share "of them", the unit of the last count of the
    sentences before (``earlier``): "… fell to 4,310. Leeds accounted for almost half of
    them, with 2,087" counts what the 4,310 counts (rule ``share_of_them``), as does a
    share glossed by its count (:data:`SHARE_GLOSSED_ALONE`) and a share opening its
    sentence alone (:data:`SHARE_OPENING_ALONE`); None when the sentence holds
    no such share."""
    share = next((f for f in reversed(found) if f.unit == "percent"), None)
    if share is None:
        return None
    whole = _SHARE_WHOLE.match(text, share.end) or _SHARE_COMPOUND_WHOLE.match(text, share.end)
    if whole:
        return whole.group("noun").lower()
    if (
        _SHARE_OF_THEM.match(text, share.end)
        or SHARE_GLOSSED_ALONE.match(text, share.end)
        or (
            SHARE_OPENING_ALONE.match(text, share.end)
            and _SENTENCE_OPENING.search(text, max(0, share.start - 4), share.start)
        )
    ):
        counted = (f.unit for f in reversed(earlier) if f.unit not in ("percent", "times"))
        return next(counted, None)
    return None
