"""Statistic scoring for one document: P/R/F1 and the accuracy of each field.

A prediction matches a gold statistic with the same value (within 0.05) and the same
unit class (``percent``, ``times``, or a count: anything else). Over matched pairs:
the accuracy of qualifier, change, area (folded like a name) and period (start and
end both equal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pressfacts.evaluation.matching import find_context, first_mention_context, greedy_match
from pressfacts.evaluation.measures import Accuracy, Miss, Score
from pressfacts.evaluation.normalise import fold_name
from pressfacts.models.gold import GoldFile, GoldStatistic
from pressfacts.models.records import DocumentRecord, StatisticRecord

STAT_FIELDS = ("qualifier", "change", "area", "period")
VALUE_TOLERANCE = 0.05


def unit_class(unit: str) -> str:
    """``percent``, ``times`` or ``count`` (any other unit)."""
    return unit if unit in ("percent", "times") else "count"


def _period_of(stat: StatisticRecord | GoldStatistic) -> tuple[str, str] | None:
    if stat.period is None:
        return None
    return (stat.period.start.isoformat(), stat.period.end.isoformat())


def _field_values(stat: StatisticRecord | GoldStatistic) -> dict[str, object]:
    return {
        "qualifier": stat.qualifier,
        "change": stat.change,
        "area": fold_name(stat.area) if stat.area else None,
        "period": _period_of(stat),
    }


def _stat_rank(pred: StatisticRecord, gold: GoldStatistic) -> tuple[float, ...] | None:
    if abs(pred.value - gold.value) > VALUE_TOLERANCE or unit_class(pred.unit) != unit_class(
        gold.unit
    ):
        return None
    pf, gf = _field_values(pred), _field_values(gold)
    agree = sum(pf[k] == gf[k] for k in STAT_FIELDS)
    return (float(pred.unit == gold.unit), float(agree), -abs(pred.value - gold.value))


def _describe_stat(stat: StatisticRecord | GoldStatistic) -> str:
    period = _period_of(stat)
    parts = [f"{stat.value:g} {stat.unit}"]
    parts += [
        f"{k}={v}"
        for k, v in (("qualifier", stat.qualifier), ("change", stat.change), ("area", stat.area))
        if v
    ]
    if period:
        parts.append(f"period={period[0]}..{period[1]}")
    return " ".join(parts)


def _number_forms(value: float) -> list[str]:
    if value == int(value):
        whole = int(value)
        return [f"{whole:,}", str(whole)]
    return [f"{value:g}"]


@dataclass
class StatResult:
    """The statistic counts of one document, with field accuracies and misses."""

    score: Score
    fields: dict[str, Accuracy]
    misses: list[Miss]


def score_statistics(
    name: str, document: DocumentRecord | None, predicted: Sequence[StatisticRecord], gold: GoldFile
) -> StatResult:
    """Statistic P/R/F1 counts and field accuracies for one document."""
    pairs = greedy_match(predicted, gold.statistics, _stat_rank)
    fields = {k: Accuracy(gold=len(gold.statistics)) for k in STAT_FIELDS}
    misses: list[Miss] = []
    for i, j in pairs:
        pf, gf = _field_values(predicted[i]), _field_values(gold.statistics[j])
        for key in STAT_FIELDS:
            ok = pf[key] == gf[key]
            fields[key] = fields[key] + Accuracy(correct=int(ok), total=1)
            if not ok:
                figure = f"{gold.statistics[j].value:g} {gold.statistics[j].unit}"
                detail = f"{figure}: gold {gf[key]}, predicted {pf[key]}"
                misses.append(
                    Miss(
                        name,
                        f"wrong {key}",
                        detail,
                        first_mention_context(predicted[i].mentions, document),
                    )
                )
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    misses += [
        Miss(
            name, "false statistic", _describe_stat(s), first_mention_context(s.mentions, document)
        )
        for i, s in enumerate(predicted)
        if i not in matched_p
    ]
    misses += [
        Miss(
            name,
            "missed statistic",
            _describe_stat(s),
            find_context(document, _number_forms(s.value)),
        )
        for j, s in enumerate(gold.statistics)
        if j not in matched_g
    ]
    return StatResult(Score(len(pairs), len(predicted), len(gold.statistics)), fields, misses)
