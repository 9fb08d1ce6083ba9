"""The parts of a restated whole ("Of the 23 victims, 17 … and six …") take the whole's
area, not the place of the paragraph before, unless their own sentence names a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Officers found 31 workers across Lincolnshire, police said.\n\nFourteen were found "
        "in Boston. The other nine were in Spalding.\n\nOf the 31 workers, 20 were from "
        "Romania and 11 were from Bulgaria.",
        [(20, "Lincolnshire"), (11, "Lincolnshire")],
        id="parts-take-the-whole",
    ),
    pytest.param(  # near miss: the part's own sentence names its place
        "Officers found 31 workers across Lincolnshire, police said.\n\nFourteen were found "
        "in Boston. The other nine were in Spalding.\n\nOf the 31 workers, 20 were found "
        "in Spalding.",
        [(20, "Spalding")],
        id="a-named-place-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_parts_of_a_restated_whole(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = dict(areas(nlp, text)[-len(expected) :])
    assert [(value, found.get(value)) for value, _ in expected] == expected
