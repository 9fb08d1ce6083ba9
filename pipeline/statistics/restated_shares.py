"""Which share a share that names its measure again restates: the latest of the sentence
before's, not its yardstick (rule ``share-restated-latest``, read by
:func:`pressfacts.statistics.referred_figures.restated_share`)."""

from __future__ import annotations

from collections.abc import Sequence

from pressfacts.findings import StatisticFinding


def latest_share(earlier: Sequence[StatisticFinding], last: StatisticFinding) -> StatisticFinding:
    """Rule ``share-restated-latest``: of the shares of ``last``'s sentence, the one whose
    period ends last (the latest stated; ``last`` on a tie): "11.2% …, up from 5.4% in the
    year to June 2024. Nationally, the figure was 6.1%" restates the 11.2%, not its
    yardstick."""
    latest = last
    for finding in reversed(earlier):
        if finding.sentence != last.sentence:
            break
        if finding.unit == "percent" and _ends_later(finding, latest):
            latest = finding
    return latest


def _ends_later(finding: StatisticFinding, than: StatisticFinding) -> bool:
    """Whether ``finding``'s period ends after ``than``'s (an undated one ends never)."""
    return finding.period is not None and (
        than.period is None or finding.period.end > than.period.end
    )
