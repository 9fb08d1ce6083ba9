"""District rule ``named_area`` (:data:`~pressfacts.statistics.district_names.
DISTRICT_RULES`): a neighbourhood the gazetteer lacks, named with "the … area" after "in",
"across", "around" … ("in the Cityside area"), is a figure's area; not a body's area ("the
South Wales Police area"), a general word ("the Wider area") or a compass point ("the
North West area"). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Police recorded 40 burglaries in the Ballybeen area last year.",
        [(40, "Ballybeen")],
        id="in-the-area",
    ),
    pytest.param(
        "Leeds City Council has fitted 58 cameras, more than half of them in the Harehills area.",
        [(58, "Leeds"), (50, "Harehills")],
        id="share-of-them",
    ),
    pytest.param(
        "Across the Creggan area, officers made 16 arrests in January.",
        [(16, "Creggan")],
        id="across-the-area",
    ),
    # near misses: a force's area; a compass point; a general word
    pytest.param(
        "There were 12 thefts in the South Wales Police area in 2023.",
        [(12, "South Wales")],
        id="force-area",
    ),
    pytest.param(
        "Essex Police made 31 arrests in the Wider area last year.",
        [(31, "Essex")],
        id="general-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_named_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
