"""The quote merge's index input: each text's shingles that another text also holds.

Why: a shingle only one text holds cannot be shared, so it never links a pair; the
merge's index (:mod:`~pressfacts.knowledge.quote_merge`) keeps only the shingles two
or more texts hold, and per text a *prefix* of them (prefix filtering). Most quotes
of a large batch share no shingle with any other, so how cheaply a text's shingles
are cut, counted and mostly dropped sets the merge's cost per quote.

How: a text's shingles are tuples of :data:`SHINGLE_WORDS` consecutive words (the
whole text when shorter), made by ``zip`` over its word list; words hold no white
space, so two tuples are equal exactly when the words joined by spaces are. They are
cut once per text: their hashes, distinct per text in first-seen order, go into one
array, counted by sorting it (numpy) rather than in a dict of every shingle of the
batch (the sort walks memory in order, so its cost per quote barely grows with the
batch). Only a text holding a hash that two or more texts hold is cut again, to key
its repeated shingles by their words (a hash held twice may be two tuples that
collide: that only keeps a shingle the index could have dropped, so the result is
exact).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

import numpy

SHINGLE_WORDS = 5
_NONE = array("i")
"""The shingles of a text that shares none (one empty array for all of them)."""

Shingle = tuple[str, ...]


def word_shingles(normal: str) -> list[Shingle]:
    """The word shingles of one normalised text, in order (the whole text when shorter)."""
    words = normal.split()
    if len(words) < SHINGLE_WORDS:
        return [tuple(words)] if words else []
    return list(zip(*(words[start:] for start in range(SHINGLE_WORDS)), strict=False))


def shared_shingles(
    normals: Sequence[str], min_overlap: Callable[[int], int]
) -> tuple[list[int], list[array[int]], list[array[int]]]:
    """Each text's count of distinct shingles, its shingles that may be held by another
    text (as small integers, numbered in order of first sight over the texts), and its
    prefix among them; each text's as an ``array`` (4 bytes a shingle, against about 40
    in a frozenset: the index holds them for every distinct quote of the batch at once).

    Prefix filtering works for any one order of the shingles: if a text of ``n``
    shingles, ``k`` of them kept, shares at least ``t = min_overlap(n)`` with another,
    all shared ones are kept, so any ``k - t + 1`` of its kept shingles hold one. The
    order is rarest first (ties by number), so the prefixes meet few postings.
    """
    sizes: list[int] = []
    hashes: array[int] = array("q")
    for normal in normals:
        distinct = dict.fromkeys(word_shingles(normal))
        sizes.append(len(distinct))
        hashes.extend(map(hash, distinct))
    flat = numpy.frombuffer(hashes, dtype=numpy.int64)
    values, counts = numpy.unique(flat, return_counts=True)
    repeated = counts > 1
    frequency_of = dict(zip(values[repeated].tolist(), counts[repeated].tolist(), strict=True))
    held = numpy.isin(flat, values[repeated])
    ends = numpy.cumsum(numpy.fromiter(sizes, dtype=numpy.int64, count=len(sizes)))
    # texts holding a repeated hash: one searchsorted over the positions of those hashes
    holders = set(numpy.searchsorted(ends, numpy.flatnonzero(held), side="right").tolist())
    ids: dict[Shingle, int] = {}
    frequency: list[int] = []
    shared: list[array[int]] = []
    prefixes: list[array[int]] = []
    for index, (normal, size) in enumerate(zip(normals, sizes, strict=True)):
        if index not in holders:
            shared.append(_NONE)
            prefixes.append(_NONE)
            continue
        kept: set[int] = set()
        for shingle in word_shingles(normal):
            count = frequency_of.get(hash(shingle))
            if count is not None:
                key = ids.setdefault(shingle, len(ids))
                if key == len(frequency):
                    frequency.append(count)
                kept.add(key)
        shared.append(array("i", kept))
        length = len(kept) - min_overlap(size) + 1
        prefix = sorted(kept, key=lambda key: (frequency[key], key))[: max(length, 0)]
        prefixes.append(array("i", prefix))
    return sizes, shared, prefixes
