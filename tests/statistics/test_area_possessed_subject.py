""" ", and" + a plural subject owned by a possessive pronoun + its verb opens a clause of
its own (``clause_breaks.POSSESSED_SUBJECT``): the place of that clause is not the figure's
before it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Shelter Cymru helped 4,000 people in Wales. The charity provided 850 beds a night in"
        " hostels, and its outreach teams met 1,730 people in Cardiff alone.",
        [(4000.0, "Wales"), (850.0, "Wales"), (1730.0, "Cardiff")],
        id="its-teams-met",
    ),
    pytest.param(
        "Kent Police said crime rose. The force ran 85 patrols, and their volunteers"
        " helped 300 people in Dover.",
        [(85.0, "Kent"), (300.0, "Dover")],
        id="their-volunteers-helped",
    ),
    # near misses: the place before the break still reaches the part after it; no verb
    pytest.param(
        "Kent Police said crime rose. The force ran 85 patrols in Dover, and its officers"
        " made 30 arrests.",
        [(85.0, "Dover"), (30.0, "Dover")],
        id="place-before-the-break",
    ),
    pytest.param(
        "Kent Police said crime rose. The force ran 85 patrols and its officers made 30"
        " arrests in Dover.",
        [(85.0, "Dover"), (30.0, "Dover")],
        id="no-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_possessed_subject_opens_a_clause(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
