"""Build the static review page of a knowledge set: ``pressfacts report``.

Writes ``OUT/report.html`` (counts, people with roles and quotes, quotes with the
documents that carried them, the statistics table, the evaluation's figures with
``--gold``, and the list of documents) and one page per document in ``OUT/docs/``,
so a set of 1,000 documents stays quick to open. Every page is self-contained: CSS,
script and the records it shows are inline; links are relative; nothing is fetched.
Rendered from the Jinja2 templates in ``templates/`` (autoescaped).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from pressfacts.evaluation import EvalReport, KnowledgeSet
from pressfacts.models.records import DocumentRecord, EntityRecord, QuoteRecord
from pressfacts.report.gold import PlacedMiss, figures, place_misses
from pressfacts.report.segments import Highlight, segments
from pressfacts.report.views import (
    PanelView,
    describe_value,
    entity_highlights,
    entity_view,
    page_name,
    period_text,
    quote_highlights,
    quote_view,
    speaker_hue,
    statistic_highlights,
    statistic_view,
)

DOCS_FOLDER = "docs"


@dataclass
class _DocumentParts:
    """What one document's page shows, gathered in one pass over the records."""

    highlights: list[Highlight] = field(default_factory=list)
    views: dict[str, PanelView] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pressfacts.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def build_report(
    knowledge: KnowledgeSet, out_dir: Path, evaluation: EvalReport | None = None
) -> Path:
    """Write the review pages of a knowledge set into a folder.

    Args:
        knowledge: The records, as :func:`pressfacts.evaluation.read_knowledge` reads them.
        out_dir: The folder (made when missing); ``report.html`` and ``docs/`` go in it.
        evaluation: The scorer's report against a gold folder, to show and mark misses.

    Returns:
        The path of ``report.html``.
    """
    env = _environment()
    names = {entity.id: entity.name for entity in knowledge.entities}
    speakers = sorted({q.speaker for q in knowledge.quotes if q.speaker})
    hues = {speaker: speaker_hue(n) for n, speaker in enumerate(speakers)}
    parts: dict[str, _DocumentParts] = {d.id: _DocumentParts() for d in knowledge.documents}

    def add(record_id: str, view: PanelView, spans: dict[str, list[Highlight]]) -> None:
        for doc_id, highlights in spans.items():
            part = parts.get(doc_id)
            if part is not None:
                part.highlights += highlights
                part.views[record_id] = view
                part.counts[str(view["kind"])] += 1

    for entity in knowledge.entities:
        view = entity_view(entity, names)
        add(entity.id, view, _by_doc(entity.mentions, lambda d, e=entity: entity_highlights(e, d)))
    for quote in knowledge.quotes:
        view = quote_view(quote, names)
        hue = hues.get(quote.speaker) if quote.speaker else None
        add(
            quote.id,
            view,
            _by_doc(quote.mentions, lambda d, q=quote, h=hue: quote_highlights(q, d, h)),
        )
    for stat in knowledge.statistics:
        view = statistic_view(stat)
        add(stat.id, view, _by_doc(stat.mentions, lambda d, s=stat: statistic_highlights(s, d)))

    placed: dict[str, list[PlacedMiss]] = {}
    orphans: list[PlacedMiss] = []
    if evaluation is not None:
        placed, orphans = place_misses(evaluation, knowledge.documents)

    out_dir.mkdir(parents=True, exist_ok=True)
    docs_dir = out_dir / DOCS_FOLDER
    docs_dir.mkdir(exist_ok=True)
    document_page = env.get_template("document.html")
    for document in knowledge.documents:
        part = parts[document.id]
        misses = placed.get(document.id, [])
        for item in misses:
            part.views[item.key] = _miss_view(item)
            if item.start is not None and item.end is not None:
                label = item.miss.kind.upper()
                part.highlights.append(
                    Highlight(item.start, item.end, item.key, "miss", "miss", label)
                )
        html = document_page.render(
            document=document,
            segments=segments(document.text, part.highlights),
            views=part.views,
            counts=part.counts,
            misses=misses,
            gold=evaluation is not None,
        )
        (docs_dir / page_name(document)).write_text(html, encoding="utf-8")

    context = _index_context(knowledge, names, hues, parts, placed)
    html = env.get_template("report.html").render(
        **context,
        figures=figures(evaluation) if evaluation is not None else None,
        orphans=orphans,
        miss_total=len(evaluation.misses) if evaluation is not None else 0,
    )
    target = out_dir / "report.html"
    target.write_text(html, encoding="utf-8")
    return target


def _by_doc(mentions: Sequence[Any], make: Any) -> dict[str, list[Highlight]]:
    """The highlights of a record, by document (one call of ``make`` per document)."""
    return {doc: make(doc) for doc in dict.fromkeys(m.doc for m in mentions)}


def _miss_view(item: PlacedMiss) -> PanelView:
    rows = [("kind", item.miss.kind), ("detail", item.miss.detail or "-")]
    rows.append(("context", item.miss.context or "-"))
    if item.start is None:
        rows.append(("place", "not found in the text"))
    return {"kind": "miss", "title": f"Evaluation: {item.miss.kind}", "rows": rows}


def _first_seen(quote: QuoteRecord, documents: dict[str, DocumentRecord]) -> list[dict[str, Any]]:
    """The documents carrying a quote, earliest published first, with their run counts."""
    runs = Counter(m.doc for m in quote.mentions)
    carried = [documents[d] for d in runs if d in documents]
    carried.sort(key=lambda d: (d.published is None, d.published or "", d.id))
    return [
        {
            "href": f"{DOCS_FOLDER}/{page_name(d)}",
            "title": d.title or d.id,
            "published": d.published.isoformat() if d.published else "undated",
            "parts": runs[d.id],
        }
        for d in carried
    ]


def _index_context(
    knowledge: KnowledgeSet,
    names: dict[str, str],
    hues: dict[str, int],
    parts: dict[str, _DocumentParts],
    placed: dict[str, list[PlacedMiss]],
) -> dict[str, Any]:
    documents = {d.id: d for d in knowledge.documents}
    quotes_by_speaker: dict[str, list[QuoteRecord]] = {}
    for quote in knowledge.quotes:
        if quote.speaker:
            quotes_by_speaker.setdefault(quote.speaker, []).append(quote)
    people = [e for e in knowledge.entities if e.type == "PERSON"]
    people.sort(key=lambda e: (-len(quotes_by_speaker.get(e.id, [])), e.name))
    counts = {
        "documents": len(knowledge.documents),
        "entities": len(knowledge.entities),
        "quotes": len(knowledge.quotes),
        "statistics": len(knowledge.statistics),
    }
    by_type = Counter(e.type for e in knowledge.entities)
    return {
        "counts": counts,
        "by_type": sorted(by_type.items()),
        "people": [_person(p, names, quotes_by_speaker.get(p.id, [])) for p in people],
        "quotes": [
            {
                "text": q.text,
                "speaker": names.get(q.speaker, q.speaker) if q.speaker else "not stated",
                "hue": hues.get(q.speaker) if q.speaker else None,
                "attribution": q.attribution or "",
                "documents": _first_seen(q, documents),
            }
            for q in knowledge.quotes
        ],
        "statistics": [
            {
                "figure": describe_value(s),
                "measure": s.measure or "",
                "area": s.area or "",
                "period": period_text(s),
                "check": "" if s.check is None else ("agrees" if s.check.agrees else "disagrees"),
                "href": f"{DOCS_FOLDER}/{page_name(documents[s.mentions[0].doc])}"
                if s.mentions and s.mentions[0].doc in documents
                else "",
            }
            for s in knowledge.statistics
        ],
        "areas": sorted({s.area for s in knowledge.statistics if s.area}),
        "documents": [
            {
                "href": f"{DOCS_FOLDER}/{page_name(d)}",
                "title": d.title or (d.sources[0] if d.sources else d.id),
                "published": d.published.isoformat() if d.published else "",
                "status": d.status,
                "counts": parts[d.id].counts,
                "misses": len(placed.get(d.id, [])),
            }
            for d in knowledge.documents
        ],
    }


def _person(
    person: EntityRecord, names: dict[str, str], quotes: list[QuoteRecord]
) -> dict[str, Any]:
    roles = []
    for role in person.roles:
        where = [names.get(role.organisation, role.organisation) if role.organisation else ""]
        where.append(role.area or "")
        roles.append(", ".join([role.title, *(w for w in where if w)]))
    return {"name": person.name, "roles": roles, "quotes": [q.text for q in quotes]}
