"""Entity scoring for one document: P/R/F1 per type and title accuracy.

A predicted entity matches a gold entity of the same type when a folded form of its
name or an alias equals a folded form of the gold name or an alias (contract,
Scoring). Titles: of matched PERSON pairs, the share whose gold titles are all among
the predicted titles (same folding).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pressfacts.evaluation.matching import find_context, first_mention_context, greedy_match
from pressfacts.evaluation.measures import Accuracy, Miss, Score
from pressfacts.evaluation.normalise import fold_name
from pressfacts.models.gold import GoldEntity, GoldFile
from pressfacts.models.records import DocumentRecord, EntityRecord

ENTITY_TYPES = ("PERSON", "FORCE", "CHARITY", "ORG")


def name_keys(name: str, aliases: Iterable[str]) -> set[str]:
    """The folded forms of a name and its aliases (empty forms left out)."""
    return {fold_name(form) for form in (name, *aliases)} - {""}


def _entity_rank(pred: EntityRecord, gold: GoldEntity) -> tuple[float, ...] | None:
    if pred.type != gold.type:
        return None
    pred_keys, gold_keys = name_keys(pred.name, pred.aliases), name_keys(gold.name, gold.aliases)
    if not pred_keys & gold_keys:
        return None
    return (float(fold_name(pred.name) == fold_name(gold.name)), float(len(pred_keys & gold_keys)))


@dataclass
class EntityResult:
    """The entity counts of one document, per type, with title accuracy and misses."""

    by_type: dict[str, Score]
    titles: Accuracy
    misses: list[Miss]


def score_entities(
    name: str, document: DocumentRecord | None, predicted: Sequence[EntityRecord], gold: GoldFile
) -> EntityResult:
    """Entity P/R/F1 counts per type and title accuracy for one document."""
    pairs = greedy_match(predicted, gold.entities, _entity_rank)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    by_type = {
        t: Score(
            tp=sum(1 for i, _ in pairs if predicted[i].type == t),
            predicted=sum(1 for e in predicted if e.type == t),
            gold=sum(1 for e in gold.entities if e.type == t),
        )
        for t in ENTITY_TYPES
    }
    misses = [
        Miss(
            name,
            "false entity",
            f"{e.type} {e.name!r}",
            first_mention_context(e.mentions, document),
        )
        for i, e in enumerate(predicted)
        if i not in matched_p
    ]
    misses += [
        Miss(
            name,
            "missed entity",
            f"{e.type} {e.name!r}",
            find_context(document, [e.name, *e.aliases]),
        )
        for j, e in enumerate(gold.entities)
        if j not in matched_g
    ]
    titles = Accuracy(gold=sum(1 for e in gold.entities if e.type == "PERSON"))
    for i, j in pairs:
        pred, item = predicted[i], gold.entities[j]
        if item.type != "PERSON":
            continue
        missing = sorted({fold_name(t) for t in item.titles} - {fold_name(t) for t in pred.titles})
        titles = titles + Accuracy(correct=int(not missing), total=1)
        if missing:
            misses.append(
                Miss(
                    name,
                    "wrong titles",
                    f"{item.name!r}: gold {item.titles}, predicted {pred.titles}",
                )
            )
    return EntityResult(by_type, titles, misses)
