"""The recorded headline figures the regression test guards (one JSON file per gold set)."""

from __future__ import annotations

import json
from pathlib import Path

from pressfacts.evaluation.report import EvalReport


def read_baseline(path: Path) -> dict[str, float]:
    """The recorded headline figures (see :meth:`EvalReport.headline`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data.items()}


def write_baseline(path: Path, report: EvalReport) -> None:
    """Record a report's headline figures, key-sorted, for the regression test."""
    path.write_text(
        json.dumps(report.headline(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
