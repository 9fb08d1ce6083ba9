"""Deduplication scoring over the corpus: B-cubed of the quote records.

Computed over the matched predicted sentences of every document: each carries its
predicted quote record and the gold sentence it matched.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from pressfacts.evaluation.measures import BCubed
from pressfacts.evaluation.quotes import Sentence, similar


def _components(
    items: Sequence[Sentence], linked: Callable[[Sentence, Sentence], bool]
) -> list[int]:
    """Connected-component label of each item under ``linked`` (union-find)."""
    parent = list(range(len(items)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, first in enumerate(items):
        for b in range(a + 1, len(items)):
            if linked(first, items[b]):
                parent[root(b)] = root(a)
    return [root(k) for k in range(len(items))]


def gold_clusters(sentences: Sequence[Sentence]) -> list[int]:
    """Gold cluster of each gold sentence: sentences of different documents at least
    90% similar are joined (transitively); every other sentence is its own cluster."""
    return _components(sentences, lambda a, b: a.doc != b.doc and similar(a, b))


def predicted_clusters(sentences: Sequence[Sentence]) -> list[int]:
    """Predicted cluster of each matched predicted sentence: its quote record.

    Within a record, only copies of one sentence (at least 90% similar) are one
    cluster: the different sentences of a multi-sentence quote belong to one record
    rightly, and taking the record alone as the cluster would count them as wrongly
    merged. A record split in two, or a copy left in a record of its own, lowers recall.
    """
    return _components(sentences, lambda a, b: a.quote_id == b.quote_id and similar(a, b))


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable], *, empty: float) -> BCubed:
    """B-cubed precision and recall of a predicted clustering against a gold one.

    Args:
        predicted: Predicted cluster label of each item.
        gold: Gold cluster label of each item (same order).
        empty: The figure to give when there are no items.

    Returns:
        The averages over items of |same predicted ∩ same gold| divided by the size of
        the item's predicted cluster (precision) and of its gold cluster (recall).
    """
    if not predicted:
        return BCubed(empty, empty)
    n = len(predicted)
    precision = recall = 0.0
    for k in range(n):
        same_p = {m for m in range(n) if predicted[m] == predicted[k]}
        same_g = {m for m in range(n) if gold[m] == gold[k]}
        both = len(same_p & same_g)
        precision += both / len(same_p)
        recall += both / len(same_g)
    return BCubed(precision / n, recall / n)
