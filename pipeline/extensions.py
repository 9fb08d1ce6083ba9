"""Every custom ``._`` attribute pressfacts puts on spaCy objects, declared in one table.

Stages read and write only these. :func:`register_extensions` is idempotent and is
called by :func:`pipeline.build_nlp` and by each component factory, so a component
added to a bare ``spacy.blank("en")`` works too.

| object | attribute   | set by                 | value                                      |
|--------|-------------|------------------------|--------------------------------------------|
| Doc    | published   | caller, before the run | ``datetime.date`` or None                  |
| Doc    | url_date    | caller, before the run | ``PartialDate`` from the url, or None      |
| Doc    | copy_date   | caller, before the run | ``PartialDate`` of a dated copy, or None   |
| Doc    | entity_info | pressfacts_entities    | ``dict[str, EntityInfo]``: id -> facts     |
| Doc    | statistics  | pressfacts_numbers     | ``list`` of statistic findings             |
| Doc    | periods     | pressfacts_periods     | ``list`` of period findings                |
| Doc    | quotes      | pressfacts_quotes      | ``list`` of quote findings                 |

Span groups: ``doc.spans["entities"]`` (label = entity type, ``id_`` = entity id).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

ENTITY_SPAN_GROUP = "entities"

_DOC_EXTENSIONS: dict[str, Any] = {
    "published": None,
    "url_date": None,
    "copy_date": None,
    "entity_info": None,
    "statistics": None,
    "periods": None,
    "quotes": None,
}


def register_extensions() -> None:
    """Declare every Doc extension of the table above (safe to call more than once)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
