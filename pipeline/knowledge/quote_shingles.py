"""The quote merge's index input: each text's shingles that another text also holds.

Why: a shingle only one text holds cannot be shared, so it never links a pair; the
merge's index (:mod:`~pressfacts.knowledge.quote_merge`) keeps only the shingles two
or more texts hold, and per text a *prefix* of them (prefix filtering). Most quotes
of a large batch share no shingle with any other, so how cheaply a text's shingles
are cut, counted and mostly dropped sets the merge's cost per quote.

How: a text's shingles are tuples of :data:`SHINGLE_WORDS` consecutive words (the
whole text when shorter); words hold no white space, so two tuples are equal exactly
when the words joined by spaces are. Python touches each word once, to hash it into
one array (:class:`WordHashes`; the merge hashes the words its folding gives, whose
hashes their strings hold already); numpy then mixes every run of
:data:`SHINGLE_WORDS` word hashes into a 64-bit shingle hash, which stands for the
shingle from there on: one stable sort of the batch's (hash, text) pairs gives each
text's distinct shingles, how many texts hold each, and so the shared ones, numbered
(it walks memory in order, so its cost per quote barely grows with the batch). No
shingle is cut into a tuple of words: held for every shared text of a batch at once,
those tuples were the largest part of the merge's peak memory. Two different shingles
with one hash would be a 1 in 2**64 chance per pair, and a pair's link still needs
many shared shingles (:mod:`~pressfacts.knowledge.quote_merge`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

import numpy
from numpy.typing import NDArray

SHINGLE_WORDS = 5
_MIX = numpy.uint64(0x9E3779B97F4A7C15)
"""An odd multiplier folding one word hash after another into a shingle hash."""
_NONE = array("i")
"""The shingles of a text that shares none (one empty array for all of them)."""

Shingle = tuple[str, ...]


def word_shingles(normal: str) -> list[Shingle]:
    """The word shingles of one normalised text, in order (the whole text when shorter)."""
    words = normal.split()
    if len(words) < SHINGLE_WORDS:
        return [tuple(words)] if words else []
    return list(zip(*(words[start:] for start in range(SHINGLE_WORDS)), strict=False))


class WordHashes:
    """The hashes of every text's words, one text after another, and each text's count
    of words: what :func:`shared_shingles` cuts the shingle hashes from."""

    def __init__(self) -> None:
        self.hashes: array[int] = array("q")
        self.lengths: list[int] = []

    def add(self, words: Sequence[str]) -> None:
        """The next text's words (hashed here: a caller that holds words whose hashes
        are computed already saves hashing them again)."""
        self.hashes.extend(map(hash, words))
        self.lengths.append(len(words))


def shared_shingles(
    normals: Sequence[str], min_overlap: Callable[[int], int], words: WordHashes | None = None
) -> tuple[list[int], list[array[int]], list[array[int]]]:
    """Each text's count of distinct shingles, its shingles that another text also
    holds (as small integers, one per distinct shingle hash), and its prefix among them;
    each text's as an ``array`` (4 bytes a shingle, against about 40 in a frozenset: the
    index holds them for every distinct quote of the batch at once).

    Prefix filtering works for any one order of the shingles: if a text of ``n``
    shingles, ``k`` of them kept, shares at least ``t = min_overlap(n)`` with another,
    all shared ones are kept, so any ``k - t + 1`` of its kept shingles hold one. The
    order is rarest first (ties by number), so the prefixes meet few postings.
    ``words``: the normals' words as hashed by the caller (split here when not given).
    """
    if words is None:
        words = WordHashes()
        for normal in normals:
            words.add(normal.split())
    lengths = words.lengths
    short = [  # (text, hash) of texts shorter than one shingle
        (index, hash(tuple(normals[index].split())))
        for index, length in enumerate(lengths)
        if 0 < length < SHINGLE_WORDS
    ]
    shared: list[array[int]] = [_NONE] * len(normals)
    prefixes: list[array[int]] = [_NONE] * len(normals)
    # a text none of whose hashes repeats shares nothing and its shingles are distinct:
    # only the others (few, in a large batch) go on to the sort by hash
    sizes = [max(length - SHINGLE_WORDS + 1, min(length, 1)) for length in lengths]
    hashes, owners = _shingle_hashes(words.hashes, lengths, short)
    holder = numpy.zeros(len(normals), dtype=bool)
    holder[_holders(hashes, owners)] = True
    held = holder[owners]
    distinct, owner, key, frequency = _kept_pairs(hashes[held], owners[held], len(normals))
    for index in numpy.flatnonzero(holder).tolist():
        sizes[index] = distinct[index]
    order = numpy.lexsort((key, frequency, owner))  # by text, each rarest first
    owner, key = owner[order], key[order].astype(numpy.int32)
    counts = numpy.bincount(owner, minlength=len(normals))
    ends = numpy.cumsum(counts).tolist()
    begin = 0
    for index in numpy.flatnonzero(counts).tolist():  # (``unique`` would import numpy.ma)
        end = ends[index]
        kept = array("i", key[begin:end].tobytes())
        shared[index] = kept
        length = len(kept) - min_overlap(sizes[index]) + 1
        prefixes[index] = kept[: max(length, 0)]
        begin = end
    return sizes, shared, prefixes


def _kept_pairs(
    hashes: NDArray[numpy.uint64], owners: NDArray[numpy.int64], texts: int
) -> tuple[list[int], NDArray[numpy.int64], NDArray[numpy.int64], NDArray[numpy.int64]]:
    """Each text's count of distinct shingle hashes; then, for each (text, hash) held by
    two or more texts, its text, its hash's number and how many texts hold that hash.

    Arrays, not word tuples: a batch's shared shingles cut into tuples were the largest
    part of the merge's peak memory (a 64-bit hash of five words stands for them; two
    different shingles with one hash would be a 1 in 2**64 chance per pair)."""
    order = numpy.argsort(hashes, kind="stable")  # a text's places stay in text order
    hashes, owners = hashes[order], owners[order]
    fresh = numpy.ones(len(hashes), dtype=bool)  # each (text, hash) once
    fresh[1:] = (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])
    hashes, owners = hashes[fresh], owners[fresh]
    sizes = numpy.bincount(owners, minlength=texts).tolist()
    starts = numpy.flatnonzero(numpy.concatenate(([True], hashes[1:] != hashes[:-1])))
    holding = numpy.diff(numpy.append(starts, len(hashes)))  # texts per distinct hash
    run = numpy.repeat(numpy.arange(len(starts)), holding)  # each pair's hash
    keep = holding[run] > 1
    numbers = numpy.cumsum(holding > 1) - 1  # each shared hash's number
    return sizes, owners[keep], numbers[run[keep]], holding[run[keep]]


def _shingle_hashes(
    words: array[int], lengths: list[int], short: list[tuple[int, int]]
) -> tuple[NDArray[numpy.uint64], NDArray[numpy.int64]]:
    """A hash of every shingle of every text (positions, not distinct), and its text."""
    flat = numpy.frombuffer(words, dtype=numpy.uint64) if words else numpy.zeros(0, numpy.uint64)
    counts = numpy.fromiter(lengths, dtype=numpy.int64, count=len(lengths))
    owner = numpy.repeat(numpy.arange(len(lengths), dtype=numpy.int64), counts)
    places = len(flat) - SHINGLE_WORDS + 1
    if places > 0:
        mixed = flat[:places].copy()
        for step in range(1, SHINGLE_WORDS):
            mixed *= _MIX
            mixed ^= flat[step : step + places]
        whole = owner[:places] == owner[SHINGLE_WORDS - 1 :]  # the run stays in one text
        hashes, owners = mixed[whole], owner[:places][whole]
    else:
        hashes, owners = numpy.zeros(0, numpy.uint64), numpy.zeros(0, numpy.int64)
    if short:
        texts, values = zip(*short, strict=True)
        hashes = numpy.concatenate(
            [hashes, numpy.array(values, dtype=numpy.int64).view(numpy.uint64)]
        )
        owners = numpy.concatenate([owners, numpy.array(texts, dtype=numpy.int64)])
    return hashes, owners


def _holders(hashes: NDArray[numpy.uint64], owners: NDArray[numpy.int64]) -> NDArray[numpy.int64]:
    """The texts holding a hash that occurs at two or more places (a text may repeat)."""
    ordered = numpy.sort(hashes)
    twice = ordered[1:][ordered[1:] == ordered[:-1]]  # sorted, each repeat's copies together
    if not len(twice):
        return numpy.zeros(0, dtype=numpy.int64)
    repeated = twice[numpy.concatenate(([True], twice[1:] != twice[:-1]))]
    # a table of the repeated hashes' low bits (a few per cent of it set) picks the few
    # places worth a binary search among them
    low = numpy.uint64((1 << max(16, (8 * len(repeated)).bit_length())) - 1)
    table = numpy.zeros(int(low) + 1, dtype=bool)
    table[repeated & low] = True
    maybe = numpy.flatnonzero(table[hashes & low])
    at = numpy.searchsorted(repeated, hashes[maybe])
    at[at == len(repeated)] = 0
    return owners[maybe[repeated[at] == hashes[maybe]]]
