"""Conurbations named after their river are places (``places.txt``: Teesside, Wearside,
Tees Valley): a figure's sentence naming one takes it as its area. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "The charity said one in four of the people it supported in Teesside last year gave "
        "evidence.",
        [(25, "Teesside")],
    ),
    ("Cleveland Police said 40 homes were raided across Teesside in 2024.", [(40, "Teesside")]),
    (
        "Northumbria Police found 12 farms on Wearside and 30 across the force area in 2024.",
        [(12, "Wearside"), (30, "Northumbria")],
    ),
    (
        "The partnership said 310 cars were stolen in the Tees Valley last year.",
        [(310, "Tees Valley")],
    ),
    # near miss: the river itself is no place
    ("Cleveland Police said 40 homes near the Tees were raided in 2024.", [(40, "Cleveland")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_area_conurbations(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
