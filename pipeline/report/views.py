"""What the review page shows of each record: the panel's rows and the highlights.

The panel shows a record as a title and (label, value) rows computed here, so the
page's script only lays them out and no field logic lives in JavaScript.
"""

from __future__ import annotations

import re

from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    QuoteRecord,
    StatisticRecord,
)
from pressfacts.report.segments import Highlight

Rows = list[tuple[str, str]]
PanelView = dict[str, object]

# keeps a document id's hex digits for its page name: "doc:0a1b" -> "0a1b"; not "../x"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def page_name(document: DocumentRecord) -> str:
    """The file name of a document's page, relative to the ``docs`` folder."""
    return _UNSAFE.sub("-", document.id.removeprefix("doc:")) + ".html"


def speaker_hue(index: int) -> int:
    """A hue for the n-th speaker, spread round the colour wheel (golden angle)."""
    return (index * 137 + 20) % 360


def entity_view(entity: EntityRecord, names: dict[str, str]) -> PanelView:
    """Canonical name, type, aliases and each role with its organisation and area."""
    rows: Rows = [("type", entity.type), ("id", entity.id)]
    if entity.aliases:
        rows.append(("aliases", ", ".join(entity.aliases)))
    for role in entity.roles:
        where = [names.get(role.organisation, role.organisation) if role.organisation else ""]
        where.append(role.area or "")
        place = ", ".join(part for part in where if part)
        rows.append(("role", f"{role.title} ({place})" if place else role.title))
    rows.append(("mentions", str(len(entity.mentions))))
    return {"kind": "entity", "title": entity.name, "rows": rows}


def quote_view(quote: QuoteRecord, names: dict[str, str]) -> PanelView:
    """Speaker (canonical name) and the attribution rule that chose them, and the words."""
    speaker = names.get(quote.speaker, quote.speaker) if quote.speaker else "not stated"
    rows: Rows = [
        ("speaker", speaker or "not stated"),
        ("attribution", quote.attribution or "none"),
        ("text", quote.text),
        ("documents", str(len({m.doc for m in quote.mentions}))),
        ("id", quote.id),
    ]
    return {"kind": "quote", "title": f"Quote by {speaker}", "rows": rows}


def describe_value(stat: StatisticRecord) -> str:
    """The figure in words: qualifier, value, unit, rate ("more than 1,747 people")."""
    value = f"{stat.value:,}" if isinstance(stat.value, int) else f"{stat.value:g}"
    parts = [stat.qualifier or "", value, stat.unit]
    if stat.per:
        parts.append(f"per {stat.per}")
    return " ".join(part for part in parts if part)


def period_text(stat: StatisticRecord) -> str:
    """The period as ISO dates, or an empty string."""
    if stat.period is None:
        return ""
    return f"{stat.period.start.isoformat()} to {stat.period.end.isoformat()}"


def check_text(stat: StatisticRecord) -> str:
    """The change check in words, or ``none``."""
    check = stat.check
    if check is None:
        return "none"
    verdict = "agrees" if check.agrees else "DISAGREES"
    return (
        f"{verdict}: from {check.from_value:g} to {check.to_value:g} computes "
        f"{check.computed:g}, text states {check.stated:g}"
    )


def statistic_view(stat: StatisticRecord) -> PanelView:
    """Value, unit, qualifier, change, measure, area, period and the change check."""
    period = period_text(stat)
    rows: Rows = [
        ("value", f"{stat.value:g}"),
        ("unit", stat.unit),
        ("qualifier", stat.qualifier or "none"),
        ("change", stat.change or "none"),
        ("measure", stat.measure or "none"),
        ("area", stat.area or "none"),
        ("per", stat.per or "none"),
        ("period", f"{period} ({stat.period.text})" if stat.period else "none"),
        ("check", check_text(stat)),
        ("id", stat.id),
    ]
    return {"kind": "statistic", "title": describe_value(stat), "rows": rows}


def entity_highlights(entity: EntityRecord, doc_id: str) -> list[Highlight]:
    """One highlight per mention of the entity in the document, coloured by type."""
    css = f"entity t-{entity.type.lower()}"
    return [
        Highlight(m.start, m.end, entity.id, "entity", css, entity.type)
        for m in entity.mentions
        if m.doc == doc_id
    ]


def quote_highlights(quote: QuoteRecord, doc_id: str, hue: int | None) -> list[Highlight]:
    """One highlight per quoted run in the document; ``hue`` is the speaker's colour."""
    css = "quote" if hue is not None else "quote no-speaker"
    return [
        Highlight(m.start, m.end, quote.id, "quote", css, "QUOTE", hue)
        for m in quote.mentions
        if m.doc == doc_id
    ]


def statistic_highlights(stat: StatisticRecord, doc_id: str) -> list[Highlight]:
    """One highlight per place the figure is stated in the document."""
    return [
        Highlight(m.start, m.end, stat.id, "statistic", "statistic", "STAT")
        for m in stat.mentions
        if m.doc == doc_id
    ]
