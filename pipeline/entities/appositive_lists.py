"""An appositive that ends a list of organisations describes the last of them (rule
``appositive_ends_a_list``).

"run with Leicestershire Police and Go Kendal, the town's business improvement district":
a pattern read back from its appositive (``trailed_by``) grows over the "and" into the
known name before it ("Police and Go Kendal") and, swallowing part of that name, is
dropped. Such a match starts after the known name and its "and" (or comma) instead. Not
when the known name ends the match ("Kendal Police, the town's …": the name itself), nor
for a match that opens on no known name.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

_LIST_JOINS = frozenset({"and", ",", "&"})


def past_known_list(span: Span, known: Sequence[Span]) -> Span:
    """``span`` started after a known name it opens inside and the list join after that
    name ("Leicestershire Police and Go Kendal" → "Go Kendal"); else ``span``."""
    doc = span.doc
    for other in known:
        if not other.start <= span.start < other.end < span.end - 1:
            continue
        if doc[other.end].lower_ not in _LIST_JOINS:
            continue
        start = other.end + 1
        if doc[start].lower_ == "the" and start < span.end - 1:
            start += 1
        return doc[start : span.end]
    return span
