"""Loading a knowledge set into SQLite or PostgreSQL: ``pressfacts load``.

One code path (SQLAlchemy Core 2) for both databases. The schema is normalised (one
table per record kind and per list field, one ``mentions`` table, foreign keys and
indexes), with three views for analysts (``quote_outlets``, ``statistic_facts``,
``people_roles``). A load is idempotent (only differing rows are written), atomic (one
transaction) and applies ``renamed-ids.jsonl``; the schema moves on through numbered
migrations (:mod:`pressfacts.load.migrations`).

SQLAlchemy is imported by this package only: ``import pressfacts`` and
``pressfacts --help`` do not pay for it.
"""

from __future__ import annotations

from pressfacts.load.database import DatabaseUrlError
from pressfacts.load.knowledge import SUPPORTED_SCHEMA_VERSIONS, LoadInputError
from pressfacts.load.loader import LoadReport, load_knowledge_set
from pressfacts.load.migrations import DatabaseTooNewError

__all__ = [
    "SUPPORTED_SCHEMA_VERSIONS",
    "DatabaseTooNewError",
    "DatabaseUrlError",
    "LoadInputError",
    "LoadReport",
    "load_knowledge_set",
]
