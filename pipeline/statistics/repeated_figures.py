"""A figure stated again for a district of the area it was first stated for keeps that area.

"Officers arrested two men across Dyfed-Powys … Two men were charged in Aberystwyth": the
same two men, so the second statement keeps the first one's area (one statistic, not
two). Read once over a document's findings, after every figure has its own area. A change
never restates a level of the same value, nor a level a change (rule `same_change_restated`:
"One in four victims in Kent was a man. Reports in Maidstone rose by a quarter" are two
figures, the second Maidstone's).
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
    Dyfed-Powys … Two men charged in Aberystwyth" are one statistic). Only a figure of the
    same change restates one (rule `same_change_restated`): a rise of a fifth in a district
    is no restated one in five of the area."""
    first: dict[tuple[float, str, str | None], str] = {}
    out: list[StatisticFinding] = []
    for finding in findings:
        key = (finding.value, finding.unit, finding.change)
        earlier = first.get(key)
        if earlier and finding.area and tree.within(finding.area, earlier):
            finding = replace(finding, area=earlier)
        elif finding.area and key not in first:
            first[key] = finding.area
        out.append(finding)
    return out
