"""A body cited as the source of its sentence ("…, according to West Midlands Police",
"…, figures from Kent Police show") says the figures, as a closing speaker does: a place the
clause names comes first (rule ``cited_source_body``, ``closing_bodies.cited_body`` in
``figure_areas._rank``), and with no other place the body's area stands. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Sandwell recorded 1,142 knife crimes in 2024, according to West Midlands Police.",
        [(1142, "Sandwell")],
        id="according-to",
    ),
    pytest.param(
        "Medway saw 640 burglaries last year, figures from Kent Police show.",
        [(640, "Medway")],
        id="figures-from",
    ),
    pytest.param(
        "Thefts in Bootle rose to 310, according to data published by Merseyside Police.",
        [(310, "Bootle")],
        id="data-published-by",
    ),
    # near misses: the cited body alone keeps its area; a body that opens the clause
    pytest.param(
        "Knife crime fell by 6% in 2024, according to West Midlands Police.",
        [(6, "West Midlands")],
        id="body-alone",
    ),
    pytest.param(
        "Kent Police made 40 arrests in Medway and 12 in Swale.",
        [(40, "Medway"), (12, "Swale")],
        id="body-opens",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cited_source_body(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
