"""A whole after a figure (", out of 96 across the UK") holds its own place: the figure
before it keeps its own (rule ``whole-after`` of ``figure_areas.PARTS_AFTER``). Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Officers in Dorset found 31 stolen boats in 2024, up from 22 in 2023, out of 410 "
        "across England.",
        [(31, "Dorset"), (22, "Dorset"), (410, "England")],
        id="out-of-across",
    ),
    pytest.param(
        "Officers in Wigan made 18 arrests in June, out of a total of 260 in Greater Manchester.",
        [(18, "Wigan"), (260, "Greater Manchester")],
        id="out-of-a-total",
    ),
    # near miss: no whole after it, the place of its clause
    pytest.param(
        "Officers found 31 stolen boats in 2024, up from 22 in 2023 across England.",
        [(31, "England"), (22, "England")],
        id="no-whole-after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_whole_after(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
