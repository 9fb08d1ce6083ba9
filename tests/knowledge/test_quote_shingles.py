"""The quote merge's shingle index input: shared shingles found from their hashes."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.quote_shingles import SHINGLE_WORDS, shared_shingles


def _all_shared(size: int) -> int:
    return size  # a prefix of one shingle: the whole kept list stands as the prefix


@pytest.mark.parametrize(
    ("normals", "sizes", "shared_counts"),
    [
        # two copies of one six-word text: two shingles each, both shared
        (["a b c d e f", "a b c d e f"], [2, 2], [2, 2]),
        # a text apart from the others keeps nothing; its size is its shingle count
        (["a b c d e f", "a b c d e g", "p q r s t u v"], [2, 2, 3], [1, 1, 0]),
        # a text repeating its own shingle counts it once and shares it with nobody
        (["x y z w v x y z w v", "m n o p q"], [5, 1], [0, 0]),
        # texts shorter than one shingle: the whole text is its one shingle
        (["too short", "too short", "other"], [1, 1, 1], [1, 1, 0]),
        ([""], [0], [0]),
    ],
)
def test_shared_shingles_counts(
    normals: list[str], sizes: list[int], shared_counts: list[int]
) -> None:
    got_sizes, shared, prefixes = shared_shingles(normals, lambda size: 1)
    assert got_sizes == sizes
    assert [len(keys) for keys in shared] == shared_counts
    assert all(set(prefix) <= set(keys) for prefix, keys in zip(prefixes, shared, strict=True))


def test_one_shingle_one_number_across_texts() -> None:
    words = " ".join(f"w{index}" for index in range(SHINGLE_WORDS))
    _, shared, _ = shared_shingles([words, f"lead {words}", f"{words} tail"], lambda size: 1)
    assert set(shared[0]) == set(shared[1]) == set(shared[2])
    assert len(shared[0]) == 1


def test_prefix_is_rarest_first_and_long_enough() -> None:
    common = "a b c d e"
    rare = "f g h i j"
    normals = [f"{common} {rare}", f"{common} {rare}", f"{common} k", f"{common} l"]
    sizes, shared, prefixes = shared_shingles(normals, lambda size: size - 1)
    # text 0 keeps all six shingles; a prefix of 6 - 5 + 1 = 2, the rarest first
    assert sizes[0] == 6 and len(shared[0]) == 6 and len(prefixes[0]) == 2
    assert shared[2][0] not in prefixes[0]  # "a b c d e" is held by all four texts
