"""The North and the South of England are broad areas a figure may be for ("cost it £1.9m
across the North of England"), listed in ``places.txt`` and within England in
``place_within.txt``, as the regions are: the area is the half as worded, not "England".
Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The operator said vandalism had cost it £2.4m across the North of England in 2025.",
            [(2400000.0, "North of England")],
            id="north-of-england",
        ),
        pytest.param(
            "The charity helped 400 families in the south of England last year.",
            [(400.0, "South of England")],
            id="south-of-england-lower-case",
        ),
        # near misses: a region, a nation, the north of a county
        pytest.param(
            "The charity helped 300 families in the North East last year.",
            [(300.0, "North East")],
            id="near-miss-region",
        ),
        pytest.param(
            "The charity helped 200 families in England last year.",
            [(200.0, "England")],
            id="near-miss-nation",
        ),
        pytest.param(
            "North Yorkshire Police recorded 90 thefts in the north of the county.",
            [(90.0, "North Yorkshire")],
            id="near-miss-north-of-county",
        ),
    ],
)
def test_halves_of_england_are_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
