"""Two links of the quote merge that word shingles cannot see: short copies one word
apart, and the parts of a split quote that a copy prints as one.

Why: the merge (:mod:`~pressfacts.knowledge.quote_merge`) links copies that share half
the shingles of the smaller (runs of :data:`SHINGLE_WORDS` words). One changed word
breaks every shingle it falls in, so a quote of fewer than :data:`SHORT_WORDS` words
reprinted with one typo ("felt forgoten", "Their is always a way out") loses half or
more of its shingles and stays a record of its own. And a quote split by its
attribution (``“…,” he said. “…”``) is two quotes, but a copy that prints it without the
attribution, in one run, is a copy of both: when a typo falls in a short part, that
part shares no shingle with the copy.

How:
- :func:`link_one_word_edits`: each short text's keys are its words, and its words with
  one left out (a deletion neighbourhood at the word level); two texts one word apart (a
  word changed, dropped or added) share a key. A pair sharing a key links when its
  speakers agree and its texts are at least :data:`NEAR_RATIO` similar (the
  scorer's test of one sentence). Work and memory grow with the short texts' words
  squared, each under :data:`SHORT_WORDS`.
- :func:`link_trimmed_copies`: a short text that shares a shingle with a longer one of
  the same speaker and lies in it, typos allowed (``partial_ratio`` at least
  :data:`NEAR_RATIO`), is a copy trimmed to one sentence whose typo broke most of its
  shingles; work grows with the postings of the short texts' shared shingles only.
- :func:`join_split_parts`: after the groups are found, two parts of one split quote
  in different groups join when a text of either group (each distinct text once),
  longer than each part, holds both (``partial_ratio`` at least :data:`NEAR_RATIO`): a
  copy printed in one run. A copy trimmed to one part holds only that part, so the parts stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from pressfacts.knowledge.quote_shingles import SHINGLE_WORDS

SHORT_WORDS = 3 * SHINGLE_WORDS - 1
"""Texts with fewer words have under ``2 * SHINGLE_WORDS`` shingles: one changed word
(which breaks up to :data:`SHINGLE_WORDS` of them) can leave fewer than half shared."""
NEAR_RATIO = 90.0
"""How similar (rapidfuzz ``ratio``, 0..100) two near copies' folded texts must be."""


def _keys(words: Sequence[str]) -> list[tuple[str, ...]]:
    """A text's words, and its words with each one left out in turn."""
    whole = tuple(words)
    return [whole, *(whole[:i] + whole[i + 1 :] for i in range(len(whole)))]


def is_short(words: Sequence[str]) -> bool:
    """Whether a text is short enough for one changed word to cut it off its copies."""
    return 1 < len(words) < SHORT_WORDS


def one_word_apart(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two short texts differ by one word changed, dropped or added (or none)
    and are :data:`NEAR_RATIO` similar: what :func:`link_one_word_edits` links
    (compared pair by pair; for tests)."""
    if not (is_short(first) and is_short(second)):
        return False
    if set(_keys(first)).isdisjoint(_keys(second)):
        return False
    return fuzz.ratio(" ".join(first), " ".join(second)) >= NEAR_RATIO


def link_one_word_edits(
    normals: Sequence[str],
    agree: Callable[[int, int], bool],
    join: Callable[[int, int], None],
) -> None:
    """Join (``join(earlier, later)``) the short texts one word apart whose speakers
    ``agree``.

    Args:
        normals: the distinct normalised texts.
        agree: whether two texts' copies agree on the speaker.
        join: links two texts.
    """
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, normal in enumerate(normals):
        words = normal.split()
        if not is_short(words):
            continue
        seen: set[int] = set()
        for key in _keys(words):
            for other in holders.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                if agree(other, index) and fuzz.ratio(normals[other], normal) >= NEAR_RATIO:
                    join(other, index)
            holders[key].append(index)


def trimmed_copy(first: str, second: str, shared: int) -> bool:
    """Whether one of two normalised texts that share ``shared`` shingles is a short copy
    of a part of the other with a typo or two: a copy trimmed to a sentence whose one
    changed word breaks most of its shingles ("… needed hosptial treatment …")."""
    part, longer = (first, second) if len(first) <= len(second) else (second, first)
    return shared > 0 and is_short(part.split()) and holds(longer, part)


def link_trimmed_copies(
    normals: Sequence[str],
    sets: Sequence[Sequence[int]],
    holders: Callable[[int], Sequence[int]],
    agree: Callable[[int, int], bool],
    union: Callable[[int, int], None],
    same: Callable[[int, int], bool],
) -> None:
    """Join (``union(earlier, later)``) each short text to the longer texts it shares a
    kept shingle with (``holders`` of each of its shingles) that hold it, typos allowed
    (:func:`trimmed_copy`), when their speakers ``agree``; ``same``: already joined."""
    for index, normal in enumerate(normals):
        if not is_short(normal.split()):
            continue
        shared: dict[int, int] = defaultdict(int)
        for key in sets[index]:
            for other in holders(key):
                if other != index:
                    shared[other] += 1
        for other, count in shared.items():
            if len(normals[other]) <= len(normal) or same(other, index):
                continue
            if agree(other, index) and trimmed_copy(normal, normals[other], count):
                union(min(other, index), max(other, index))


def holds(longer: str, part: str) -> bool:
    """Whether ``longer`` holds ``part`` (both normalised), allowing a typo or two."""
    return len(longer) > len(part) and fuzz.partial_ratio(part, longer) >= NEAR_RATIO


def join_split_parts(
    groups: list[list[int]],
    follows: Sequence[bool],
    normal_of: Callable[[int], str],
) -> list[list[int]]:
    """The groups, with two parts of one split quote joined when a copy holds both.

    Args:
        groups: indices of the quotes, by group.
        follows: per quote, whether it is a part split off from the quote before it.
        normal_of: a quote's normalised text.

    Returns:
        The groups, joined ones in the place of the first; unchanged without splits.
    """
    splits = [index for index, flag in enumerate(follows) if flag]
    if not splits:
        return groups
    group_of = {index: number for number, group in enumerate(groups) for index in group}
    parent = list(range(len(groups)))
    members = {number: list(group) for number, group in enumerate(groups)}
    # each group's distinct texts: a copy holding both parts is looked for among them,
    # never among all its members (a quote reprinted a thousand times is one text)
    texts = {number: {normal_of(index) for index in group} for number, group in enumerate(groups)}

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    for index in splits:
        first, second = root(group_of[index - 1]), root(group_of[index])
        if first == second:
            continue
        parts = (normal_of(index - 1), normal_of(index))
        longest = max(len(parts[0]), len(parts[1]))  # ``holds`` asks for a longer text
        if any(
            all(holds(text, part) for part in parts)
            for text in (*texts[first], *texts[second])
            if len(text) > longest
        ):
            low, high = min(first, second), max(first, second)
            parent[high] = low
            members[low] += members.pop(high)
            texts[low] |= texts.pop(high)
    return [sorted(members[number]) for number in range(len(groups)) if number in members]
