"""The whole a trailing partitive with a participle names: "… and three of those arrested
have since been charged".

Why: "of them/these/those" right after a count usually points at the count before it in
its own sentence ("40 knives were seized, and 12 of them were in Hull":
:func:`.part_wholes.clause_whole`). A participle after it ("of those arrested", "of
these stopped") names the whole by what was done to it: "Officers seized £14,500 in cash
and three of those arrested have been charged" counts the people arrested (stated in a
sentence before, :func:`.part_wholes.lead_whole`), not the cash of its own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.part_wholes import TRAILING_LEAD
from pressfacts.statistics.partitives import done_forms

_AFTER_REACH = 60
"""How far after a count (characters) the participle that says what was done to it may stand."""
_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
"""Where the words that may tell what was done to a count end."""


def participle_bound(text: str, count: StatisticFinding, form: str, stop: int) -> bool:
    """Whether ``form`` (a participle or its stem, :func:`.done_forms`) says what was done
    to ``count`` in ``text``: among the words after it ("42 drivers were arrested", "63
    arrests"), up to ``stop`` (the offset of the part pointing back), the sentence's end
    or :data:`_AFTER_REACH` characters."""
    limit = min(stop, count.end + _AFTER_REACH)
    end = _CLAUSE_END.search(text, count.end, limit)
    words = text[count.end : end.start() if end else limit].lower()
    return re.search(rf"\b{re.escape(form)}", words) is not None


def names_other_whole(after: str, found: Sequence[StatisticFinding], text: str, at: int) -> bool:
    """Rule ``participle_names_whole``: whether a count at ``at`` of ``text`` whose words
    ``after`` it are a partitive with a participle (:data:`.part_wholes.TRAILING_LEAD`:
    "three of those arrested") points past its own sentence's counts (``found``): true
    when none of them is told as done by that participle ("seized £14,500 in cash and
    three of those arrested": the arrests were counted before); false for "arrested 40
    people, and 12 of those arrested …" (the 40 of its sentence) and for "12 of them"
    (no participle: the count before it, as ever)."""
    lead = TRAILING_LEAD.match(after)
    if lead is None:
        return False
    forms = done_forms(lead.group("done"))
    return not any(participle_bound(text, f, form, at) for f in found for form in forms)
