""" ", and" + a figure as the subject of its own verb opens a clause of its own
(``clause_breaks.FIGURE_SUBJECT``): the place of that clause is not the figure's before it.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Merseyside Police said crime rose. Around 60% of reports concerned journeys at "
        "night, and nearly a third were on services into or out of London.",
        [(60.0, "Merseyside"), (33.3, "London")],
        id="a-share-then-its-place",
    ),
    pytest.param(
        "Kent Police said crime rose. Around 70% of thefts were from cars, and one in five "
        "happened in Dover.",
        [(70.0, "Kent"), (20.0, "Dover")],
        id="one-in-five-then-its-place",
    ),
    pytest.param(
        "Kent Police said crime rose. Officers made 40 arrests, and 12 were charged in Dover.",
        [(40.0, "Kent"), (12.0, "Dover")],
        id="a-count-then-its-place",
    ),
    # near misses: the place before the break still reaches the part after it; a list
    pytest.param(
        "Kent Police said crime rose. Officers made 40 arrests in Dover, and 12 were charged.",
        [(40.0, "Dover"), (12.0, "Dover")],
        id="place-before-the-break",
    ),
    pytest.param(
        "Kent Police said crime rose. In Dover, 40 people were arrested and 12 were charged.",
        [(40.0, "Dover"), (12.0, "Dover")],
        id="no-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_figure_subject_opens_a_clause(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
