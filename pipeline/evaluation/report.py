"""The evaluation report: every figure of the contract's Scoring section, and every miss.

Holds the sums over documents, the JSON shape ``pressfacts eval --json`` prints, the
headline figures the regression test guards, and the readable table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pressfacts.evaluation.entities import ENTITY_TYPES
from pressfacts.evaluation.measures import Accuracy, BCubed, Miss, Score
from pressfacts.evaluation.statistics import STAT_FIELDS


@dataclass
class EvalReport:
    """Every figure of the contract's Scoring section, and every miss behind them."""

    documents: int = 0
    entities_by_type: dict[str, Score] = field(
        default_factory=lambda: {t: Score() for t in ENTITY_TYPES}
    )
    titles: Accuracy = field(default_factory=Accuracy)
    quotes: Score = field(default_factory=Score)
    attribution: Accuracy = field(default_factory=Accuracy)
    statistics: Score = field(default_factory=Score)
    fields: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in STAT_FIELDS}
    )
    dedup: BCubed = field(default_factory=lambda: BCubed(1.0, 1.0))
    misses: list[Miss] = field(default_factory=list)

    @property
    def entities(self) -> Score:
        """Entity counts over every type."""
        total = Score()
        for score in self.entities_by_type.values():
            total = total + score
        return total

    def to_json(self) -> dict[str, object]:
        """The figures for machines, in the shape ``pressfacts eval --json`` prints."""
        return {
            "documents": self.documents,
            "entities": {
                **self.entities.to_json(),
                "by_type": {t: s.to_json() for t, s in self.entities_by_type.items()},
            },
            "titles": round(self.titles.value, 4),
            "quotes": self.quotes.to_json(),
            "attribution": round(self.attribution.value, 4),
            "statistics": {
                **self.statistics.to_json(),
                "fields": {k: round(a.value, 4) for k, a in self.fields.items()},
            },
            "dedup": self.dedup.to_json(),
        }

    def headline(self) -> dict[str, float]:
        """The overall figures the regression test guards."""
        return {
            "entities.f1": round(self.entities.f1, 4),
            "quotes.f1": round(self.quotes.f1, 4),
            "attribution": round(self.attribution.value, 4),
            "statistics.f1": round(self.statistics.f1, 4),
            "dedup.f1": round(self.dedup.f1, 4),
            **{f"statistic.{k}": round(a.value, 4) for k, a in self.fields.items()},
        }

    def format_report(self) -> str:
        """A readable table of the figures, then every miss with its document and context."""
        lines = [f"Evaluated {self.documents} documents", ""]
        lines.append(f"{'':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}")

        def row(label: str, s: Score) -> str:
            return (
                f"{label:<22}{s.p:>8.3f}{s.r:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.predicted:>6}{s.gold:>6}"
            )

        lines.append(row("entities", self.entities))
        lines += [row(f"  {t}", s) for t, s in self.entities_by_type.items()]
        lines.append(row("quote sentences", self.quotes))
        lines.append(row("statistics", self.statistics))
        d = self.dedup
        lines.append(f"{'dedup (B-cubed)':<22}{d.p:>8.3f}{d.r:>8.3f}{d.f1:>8.3f}")
        lines.append("")
        lines.append(f"{'accuracy':<22}{'':>8}{'':>8}{'value':>8}{'ok':>6}{'of':>6}")
        accuracies = [("titles", self.titles), ("attribution", self.attribution)]
        accuracies += [(f"statistic {k}", a) for k, a in self.fields.items()]
        lines += [
            f"{label:<22}{'':>16}{a.value:>8.3f}{a.correct:>6}{a.total:>6}"
            for label, a in accuracies
        ]
        if self.misses:
            lines += ["", f"Misses ({len(self.misses)}):"]
            for miss in self.misses:
                text = f"[{miss.doc}] {miss.kind}: {miss.detail}".rstrip(": ")
                lines.append(text)
                if miss.context:
                    lines.append(f"    {miss.context}")
        return "\n".join(lines)
