"""Quote records from one Doc and their cross-document deduplication.

Placeholder until the quote stage lands (issue 4): no quotes are extracted yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from models.records import QuoteRecord


def doc_quotes(doc: Doc, doc_id: str) -> list[Any]:
    """Partial quote findings of ``doc`` (none until the quote stage exists)."""
    return []


def merge_quotes(partials: Iterable[Any], entity_remap: dict[str, str]) -> list[QuoteRecord]:
    """Deduplicated quote records, sorted by id (none until the quote stage exists)."""
    return []
