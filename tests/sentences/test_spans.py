"""Sentence spans from start offsets: one row per trimming behaviour of ``sentence_spans``."""

from __future__ import annotations

import pytest

from pressfacts.sentences.component import sentence_spans

# (behaviour, text, starts, spans)
ROWS = [
    ("trailing white space trimmed", "Vans left.  Cars came.\n", [0, 12], [(0, 10), (12, 22)]),
    ("leading white space trimmed", "\n\n Vans left.", [0], [(3, 13)]),
    ("white space alone is no sentence", "Vans left.\n\n", [0, 10], [(0, 10)]),
    ("a part of blank lines only has none", "\n\n \n\n", [0], []),
    ("no starts, no sentences", "", [], []),
]


@pytest.mark.parametrize(
    ("behaviour", "text", "starts", "spans"), ROWS, ids=[row[0] for row in ROWS]
)
def test_sentence_spans(
    behaviour: str, text: str, starts: list[int], spans: list[tuple[int, int]]
) -> None:
    assert sentence_spans(starts, text) == spans
