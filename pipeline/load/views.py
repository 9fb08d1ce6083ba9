"""The analysts' views: the three common questions as plain SQL over the tables.

Written in the SQL that SQLite and PostgreSQL share (``substr``, ``COALESCE``, ``CASE``,
correlated sub-queries; no ``string_agg``/``group_concat``), so one text serves both,
and Datasette or sqlite-utils show them with no configuration.

- ``quote_outlets``: one row per quote and source that carried it, with the speaker's
  name and the document's title, url, site and date.
- ``statistic_facts``: one row per statistic with its area and period, and where it is
  first stated (document, title, site, date, the sentence).
- ``people_roles``: one row per person and title, with the organisation the title
  belongs to (from the role, or else from the person's affiliations) and its type.
"""

from __future__ import annotations

from typing import NamedTuple


class View(NamedTuple):
    """A named view and the ``SELECT`` that defines it."""

    name: str
    select: str


QUOTE_OUTLETS = View(
    "quote_outlets",
    """
SELECT DISTINCT
    q.id AS quote_id,
    q.speaker_id,
    sp.name AS speaker,
    q.text AS quote,
    d.id AS document_id,
    src.source,
    d.title,
    d.url,
    d.site,
    d.published
FROM quotes q
LEFT JOIN entities sp ON sp.id = q.speaker_id
JOIN mentions m ON m.record_kind = 'quote' AND m.record_id = q.id
JOIN documents d ON d.id = m.document_id
JOIN document_sources src ON src.document_id = d.id
""",
)

STATISTIC_FACTS = View(
    "statistic_facts",
    """
SELECT
    s.id AS statistic_id,
    s.value,
    s.unit,
    s.qualifier,
    s.change,
    s.measure,
    s.area,
    s.per,
    s.period_start,
    s.period_end,
    s.period_text,
    (SELECT COUNT(*) FROM mentions n WHERE n.record_id = s.id) AS mention_count,
    m.document_id,
    d.title,
    d.site,
    d.published,
    substr(d.text, ds.start_char + 1, ds.end_char - ds.start_char) AS sentence
FROM statistics s
LEFT JOIN mentions m ON m.record_id = s.id AND m.position = 0
LEFT JOIN documents d ON d.id = m.document_id
LEFT JOIN document_sentences ds
    ON ds.document_id = m.document_id
    AND ds.start_char <= m.start_char AND m.start_char < ds.end_char
""",
)

PEOPLE_ROLES = View(
    "people_roles",
    """
SELECT
    p.id AS person_id,
    p.name AS person,
    r.title,
    r.area,
    COALESCE(r.organisation_id, a.organisation_id) AS organisation_id,
    o.name AS organisation,
    o.type AS organisation_type,
    CASE
        WHEN r.organisation_id IS NOT NULL THEN 'role'
        WHEN a.organisation_id IS NOT NULL THEN 'affiliation'
    END AS organisation_from
FROM entities p
LEFT JOIN entity_roles r ON r.entity_id = p.id
LEFT JOIN entity_affiliations a ON r.organisation_id IS NULL AND a.entity_id = p.id
LEFT JOIN entities o ON o.id = COALESCE(r.organisation_id, a.organisation_id)
WHERE p.type = 'PERSON'
""",
)

VIEWS = (QUOTE_OUTLETS, STATISTIC_FACTS, PEOPLE_ROLES)
"""Every view, in the order they are created (none depends on another)."""


def create_view_sql(view: View) -> str:
    """The ``CREATE VIEW`` statement of ``view``."""
    return f"CREATE VIEW {view.name} AS {view.select.strip()}"


def drop_view_sql(view: View) -> str:
    """The ``DROP VIEW`` statement of ``view`` (a migration that changes a table drops first)."""
    return f"DROP VIEW IF EXISTS {view.name}"
