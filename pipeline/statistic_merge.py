"""Statistic records from one Doc and their merge across documents.

Placeholder until the statistics stage lands (issue 3): no statistics are extracted yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from models.records import StatisticRecord


def doc_statistics(doc: Doc, doc_id: str) -> list[Any]:
    """Partial statistic findings of ``doc`` (none until the statistics stage exists)."""
    return []


def merge_statistics(partials: Iterable[Any]) -> list[StatisticRecord]:
    """Statistic records merged across documents, sorted by id (none yet)."""
    return []
