"""A gapped list item that keeps the "in" of a first clause opened on its place ("while in
Leeds the figure was 49% and in York 52%"): each figure its own place, the first not the
later item's. Sentences invented; near misses where "and in" opens no gapped item."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("In Leeds the figure was 49% and in Wakefield 52%.", [(49, "Leeds"), (52, "Wakefield")]),
    (
        "In Hull, 55% of victims were satisfied, while in Bradford the figure was 49% and in "
        "Wakefield 52%.",
        [(55, "Hull"), (49, "Bradford"), (52, "Wakefield")],
    ),
    (
        "In Derby the rate was 61%, in Chesterfield 58% and in Matlock 64%.",
        [(61, "Derby"), (58, "Chesterfield"), (64, "Matlock")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # "and in York" names where the figure happened, then a figure of its own clause
    (
        "Officers made 40 arrests in Hull and in York seized 25 bikes.",
        [(40, "Hull"), (25, "York")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_in_gapped_items(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
