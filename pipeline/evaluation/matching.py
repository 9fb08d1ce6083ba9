"""One-to-one best-first matching of predictions to gold, and the context of a miss.

Matching is one-to-one within a document and best-first: all candidate pairs are
ranked, then taken greedily while both sides are free. A second predicted record for
the same gold item is therefore a false positive (a split entity is an error).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from pressfacts.evaluation.normalise import squash_spaces
from pressfacts.models.records import DocumentRecord, Mention

CONTEXT_CHARS = 60

T = TypeVar("T")
U = TypeVar("U")


def greedy_match(
    predicted: Sequence[T],
    gold: Sequence[U],
    score: Callable[[T, U], float | tuple[float, ...] | None],
) -> list[tuple[int, int]]:
    """One-to-one best-first assignment.

    Args:
        predicted: The predicted items.
        gold: The gold items.
        score: Rank of a pair, higher is better; None when the pair cannot match.

    Returns:
        ``(predicted index, gold index)`` pairs, each index used at most once. Ties go
        to the earlier predicted, then the earlier gold item, so the result is stable.
    """
    candidates = []
    for i, pred in enumerate(predicted):
        for j, item in enumerate(gold):
            rank = score(pred, item)
            if rank is not None:
                key = rank if isinstance(rank, tuple) else (rank,)
                candidates.append((key, i, j))
    candidates.sort(key=lambda c: (tuple(-k for k in c[0]), c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def context(document: DocumentRecord | None, start: int, end: int) -> str:
    """The span in brackets with up to 60 characters either side, spaces squashed."""
    if document is None:
        return ""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(document.text), end + CONTEXT_CHARS)
    snippet = document.text[left:start] + "[" + document.text[start:end] + "]"
    snippet += document.text[end:right]
    return squash_spaces(snippet)


def find_context(document: DocumentRecord | None, needles: Iterable[str]) -> str:
    """The context of the first needle found (case-folded) in the document's text."""
    if document is None:
        return "(no document for this source)"
    lowered = document.text.casefold()
    for needle in needles:
        at = lowered.find(needle.casefold()) if needle else -1
        if at >= 0:
            return context(document, at, at + len(needle))
    return ""


def first_mention_context(mentions: Sequence[Mention], document: DocumentRecord | None) -> str:
    """The context of a record's first mention in the document."""
    for mention in mentions:
        if document is not None and mention.doc == document.id:
            return context(document, mention.start, mention.end)
    return ""
