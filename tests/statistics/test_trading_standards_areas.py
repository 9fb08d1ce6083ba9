"""A trading standards service named for the council areas it serves speaks for them: its
figures take that place, or that list of places, as their area (rule ``trading-standards``
of ``named_bodies.NAMED_FOR_RULES``), even in a force's release. Near misses: National
Trading Standards names no place, and a figure in a place of its own keeps that place.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Avon and Somerset Police made 14 arrests. Bath, Bristol and Somerset Trading "
        "Standards Service said it had 530 complaints last year.",
        [(14, "Avon and Somerset"), (530, "Bath, Bristol and Somerset")],
        id="a-list-of-places",
    ),
    pytest.param(
        "Lancashire Police made 9 arrests. Blackpool Trading Standards said 210 residents "
        "had lost money to rogue builders.",
        [(9, "Lancashire"), (210, "Blackpool")],
        id="one-place",
    ),
    # near misses
    pytest.param(
        "Kent Police made 11 arrests. National Trading Standards said 40 traders were "
        "investigated.",
        [(11, "Kent"), (40, "Kent")],
        id="national-trading-standards",
    ),
    pytest.param(
        "Essex Police made 6 arrests. Southend Trading Standards said 25 homes in Basildon "
        "were visited.",
        [(6, "Essex"), (25, "Basildon")],
        id="a-place-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_trading_standards_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
