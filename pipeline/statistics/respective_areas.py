"""Figures and places paired in order by "respectively": "… 120 and 80 in Kent and Essex
respectively" gives Kent the 120 and Essex the 80 (moved out of :mod:`.figure_areas`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.areas import Place


def respectively(
    sentence: str, places: Sequence[Place], findings: list[StatisticFinding]
) -> list[StatisticFinding]:
    """ "… 120 and 80 in Kent and Essex respectively": figures and places in order."""
    if "respectively" not in sentence.lower() or len(places) != len(findings) or not places:
        return findings
    return [replace(f, area=p.area) for f, p in zip(findings, places, strict=True)]
