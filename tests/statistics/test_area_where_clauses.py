"""A figure in a ", where" clause takes the place the clause is about, over a body named
earlier in its sentence; a figure before the place keeps its own. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "North Wales Police said the patrols would move to Rhyl, where thefts have risen by 20%.",
        [(20.0, "Rhyl")],
        id="over-the-force",
    ),
    pytest.param(
        "The Merseyside Violence Reduction Partnership will spend £600,000 and extend the "
        "scheme to Birkenhead, where 140 young people were stabbed last year.",
        [(600000.0, "Merseyside"), (140.0, "Birkenhead")],
        id="the-figure-before-keeps-the-body",
    ),
    pytest.param(
        "Gwent Police said it would send more officers to Newport, where assaults on "
        "teenagers have doubled.",
        [(2.0, "Newport")],
        id="a-multiplier",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_where_clause_place(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
