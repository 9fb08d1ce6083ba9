"""The evaluation beside the review page: figures, and each miss placed in its text.

The scorer's misses name their gold file (``Miss.doc``, a source's base name) and
give a context: a snippet with the span in [brackets] and up to 60 characters either
side, spaces squashed, or for a quote the gold sentence. Each is placed back at the
first place of its document's text that fits, so the page can mark it in place;
a miss that fits nowhere is listed above the text instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from pressfacts.evaluation import EvalReport, Miss
from pressfacts.models.records import DocumentRecord

# the span of a context: "… the [Lucy Faithfull Foundation] said" -> "Lucy Faithfull Foundation";
# bounded, and never across a closing bracket (no match in "no brackets here")
_BRACKETED = re.compile(r"\[([^\]]{1,400})\]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlacedMiss:
    """A miss and where it is in its document's text (``start`` is None: not found)."""

    key: str
    miss: Miss
    start: int | None = None
    end: int | None = None


def _flexible(needle: str) -> re.Pattern[str] | None:
    """A pattern matching the needle's words with any run of white space between them."""
    words = needle.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def locate(miss: Miss, text: str) -> tuple[int, int] | None:
    """Where in the text the miss's context points: its [span], else the whole context."""
    bracketed = _BRACKETED.search(miss.context)
    if bracketed:
        pattern = _flexible(bracketed.group(1))
        left = _squash(miss.context[: bracketed.start()])[-20:]
        first: re.Match[str] | None = None
        for found in pattern.finditer(text) if pattern else ():
            if first is None:
                first = found
            if _squash(text[max(0, found.start() - 80) : found.start()]).endswith(left):
                return found.start(), found.end()
        return (first.start(), first.end()) if first else None
    pattern = _flexible(miss.context[:400])
    whole = pattern.search(text) if pattern else None
    return (whole.start(), whole.end()) if whole else None


def place_misses(
    report: EvalReport, documents: Sequence[DocumentRecord]
) -> tuple[dict[str, list[PlacedMiss]], list[PlacedMiss]]:
    """The misses of each document (by id), placed in its text; and those of no document.

    Args:
        report: The evaluation of the knowledge set against the gold folder.
        documents: The knowledge set's documents.

    Returns:
        Misses by document id, and the misses whose gold file matches no document.
    """
    by_source: dict[str, DocumentRecord] = {}
    for doc in documents:
        for source in doc.sources:
            by_source.setdefault(PurePath(source).name, doc)
    placed: dict[str, list[PlacedMiss]] = {}
    orphans: list[PlacedMiss] = []
    for number, miss in enumerate(report.misses):
        key = f"miss:{number}"
        document = by_source.get(miss.doc)
        if document is None:
            orphans.append(PlacedMiss(key, miss))
            continue
        where = locate(miss, document.text) if miss.context else None
        start, end = where if where else (None, None)
        placed.setdefault(document.id, []).append(PlacedMiss(key, miss, start, end))
    return placed, orphans


def figures(report: EvalReport) -> list[dict[str, object]]:
    """The evaluation's table: one row per figure, P/R/F1 or an accuracy."""
    rows: list[dict[str, object]] = []
    scores = [("entities", report.entities)]
    scores += [(f"entities {t}", s) for t, s in report.entities_by_type.items()]
    scores += [("quote sentences", report.quotes), ("statistics", report.statistics)]
    for label, score in scores:
        rows.append(
            {
                "label": label,
                "p": f"{score.p:.3f}",
                "r": f"{score.r:.3f}",
                "f1": f"{score.f1:.3f}",
                "counts": f"{score.tp} of {score.predicted} predicted, {score.gold} gold",
            }
        )
    d = report.dedup
    rows.append(
        {
            "label": "dedup (B-cubed)",
            "p": f"{d.p:.3f}",
            "r": f"{d.r:.3f}",
            "f1": f"{d.f1:.3f}",
            "counts": "",
        }
    )
    accuracies = [("titles", report.titles), ("attribution", report.attribution)]
    accuracies += [(f"statistic {k}", a) for k, a in report.fields.items()]
    for label, accuracy in accuracies:
        rows.append(
            {
                "label": f"{label} accuracy",
                "p": "",
                "r": "",
                "f1": f"{accuracy.value:.3f}",
                "counts": f"{accuracy.correct} of {accuracy.total}",
            }
        )
    return rows
