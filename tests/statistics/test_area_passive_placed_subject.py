""" ", and" + a bare plural subject of its own + a passive verb + a place opens a clause of
that place (``clause_breaks.PASSIVE_PLACED_SUBJECT``, rule ``passive_placed_subject``): the
place is not the figures' before it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Cleveland Police made 31 arrests over the weekend, and dispersal orders were used in"
        " Hartlepool and Redcar.",
        [(31.0, "Cleveland")],
        id="orders-were-used-in",
    ),
    pytest.param(
        "Durham Constabulary seized 12 motorbikes last month, and extra patrols were sent out"
        " across Darlington.",
        [(12.0, "Durham")],
        id="patrols-were-sent-out-across",
    ),
    # near misses: the things counted before, placed; a figure of the clause's own
    pytest.param(
        "Cleveland Police made 31 arrests over the weekend, and the arrests were made in"
        " Hartlepool.",
        [(31.0, "Hartlepool")],
        id="the-counted-things-placed",
    ),
    pytest.param(
        "Cleveland Police made 31 arrests over the weekend, and two men were charged in"
        " Hartlepool.",
        [(31.0, "Cleveland"), (2.0, "Hartlepool")],
        id="a-figure-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_passive_placed_subject_opens_a_clause(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
