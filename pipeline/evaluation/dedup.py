"""Deduplication scoring over the corpus: B-cubed of the quote records (contract v2).

Computed over the matched predicted sentences of every document: each carries its
predicted quote record and the gold sentence it matched. The predicted cluster of a
sentence is its quote record. Two gold clusterings are held against it:

- recall, against gold sentence clusters: gold quote sentences of different documents
  that are at least 90% similar form one cluster, so a reprint kept in a record of its
  own costs recall;
- precision, against gold quote clusters: gold quotes linked by a shared sentence
  cluster form one cluster, so a correct multi-sentence quote costs nothing, and two
  different quotes merged into one record cost precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence

from pressfacts.evaluation.measures import BCubed
from pressfacts.evaluation.quotes import Sentence, similar


class _UnionFind:
    """Disjoint sets over 0..n-1, with path halving."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, k: int) -> int:
        """The representative of k's set."""
        parent = self.parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(self, a: int, b: int) -> None:
        """Merge the sets of a and b."""
        self.parent[self.root(b)] = self.root(a)


def _components(
    items: Sequence[Sentence], linked: Callable[[Sentence, Sentence], bool]
) -> list[int]:
    """Connected-component label of each item under ``linked`` (union-find)."""
    sets = _UnionFind(len(items))
    for a, first in enumerate(items):
        for b in range(a + 1, len(items)):
            if linked(first, items[b]):
                sets.join(a, b)
    return [sets.root(k) for k in range(len(items))]


def gold_clusters(sentences: Sequence[Sentence]) -> list[int]:
    """Gold sentence cluster of each gold sentence: sentences of different documents at
    least 90% similar are joined (transitively); every other sentence is its own cluster."""
    return _components(sentences, lambda a, b: a.doc != b.doc and similar(a, b))


def gold_quote_clusters(
    sentences: Sequence[Sentence], sentence_clusters: Sequence[int]
) -> list[int]:
    """Gold quote cluster of each gold sentence: the gold quotes (document, quote index)
    linked by a shared sentence cluster, transitively.

    Args:
        sentences: Every gold sentence of the corpus.
        sentence_clusters: Their gold sentence clusters (:func:`gold_clusters`).

    Returns:
        A cluster label for each sentence; the sentences of one gold quote share it.
    """
    quotes: dict[tuple[str, int], int] = {}
    for sentence in sentences:
        quotes.setdefault((sentence.doc, sentence.quote), len(quotes))
    sets = _UnionFind(len(quotes))
    first_quote: dict[int, int] = {}
    for sentence, cluster in zip(sentences, sentence_clusters, strict=True):
        node = quotes[(sentence.doc, sentence.quote)]
        sets.join(first_quote.setdefault(cluster, node), node)
    return [sets.root(quotes[(s.doc, s.quote)]) for s in sentences]


def predicted_clusters(sentences: Sequence[Sentence]) -> list[str | None]:
    """Predicted cluster of each matched predicted sentence: its quote record."""
    return [sentence.quote_id for sentence in sentences]


def bcubed(
    predicted: Sequence[Hashable],
    gold: Sequence[Hashable],
    *,
    empty: float,
    gold_for_precision: Sequence[Hashable] | None = None,
) -> BCubed:
    """B-cubed precision and recall of a predicted clustering against a gold one.

    Args:
        predicted: Predicted cluster label of each item.
        gold: Gold cluster label of each item (same order), for recall, and for
            precision when ``gold_for_precision`` is not given.
        empty: The figure to give when there are no items.
        gold_for_precision: A coarser gold clustering to hold precision against.

    Returns:
        The averages over items of |same predicted ∩ same gold| divided by the size of
        the item's predicted cluster (precision) and of its gold cluster (recall).
    """
    if not predicted:
        return BCubed(empty, empty)
    coarse = gold if gold_for_precision is None else gold_for_precision
    n = len(predicted)
    size_p = Counter(predicted)
    size_g = Counter(gold)
    both_r = Counter(zip(predicted, gold, strict=True))
    both_p = Counter(zip(predicted, coarse, strict=True))
    precision = recall = 0.0
    for p, g, c in zip(predicted, gold, coarse, strict=True):
        precision += both_p[(p, c)] / size_p[p]
        recall += both_r[(p, g)] / size_g[g]
    return BCubed(precision / n, recall / n)
