"""A figure stated again for a district of the area it was first stated for keeps that area.

"Officers arrested two men across Dyfed-Powys … Two men were charged in Aberystwyth": the
same two men, so the second statement keeps the first one's area (one statistic, not
two). Read once over a document's findings, after every figure has its own area.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pressfacts.findings import StatisticFinding

if TYPE_CHECKING:
    from pressfacts.statistics.place_wording import PlaceTree


def repeated_in_district(
    findings: Sequence[StatisticFinding], tree: PlaceTree
) -> list[StatisticFinding]:
    """A figure with the value and unit of an earlier one whose area holds its own is the
    earlier figure stated again: it keeps the earlier area ("two men arrested across
    Dyfed-Powys … Two men charged in Aberystwyth" are one statistic)."""
    first: dict[tuple[float, str], str] = {}
    out: list[StatisticFinding] = []
    for finding in findings:
        key = (finding.value, finding.unit)
        earlier = first.get(key)
        if earlier and finding.area and tree.within(finding.area, earlier):
            finding = replace(finding, area=earlier)
        elif finding.area and key not in first:
            first[key] = finding.area
        out.append(finding)
    return out
