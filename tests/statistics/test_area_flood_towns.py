"""Flood-hit market towns of Cumbria and Derbyshire are places of their own (``places.txt``,
``place_within.txt``): a figure "in Cockermouth" takes the town, not the force area.
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cumbria Constabulary said there had been six burglaries from empty homes in "
            "Cockermouth.",
            [(6, "Cockermouth")],
        ),
        ("Crews pumped water from 35 homes in Maryport, Cumbria Police said.", [(35, "Maryport")]),
        ("Derbyshire Constabulary evacuated 70 homes in Belper.", [(70, "Belper")]),
        (
            "Volunteers filled 900 sandbags in Ambleside, Cumbria Constabulary said.",
            [(900, "Ambleside")],
        ),
        # near miss: a town not named takes the force area
        ("Cumbria Constabulary recorded 57 fraud offences.", [(57, "Cumbria")]),
    ],
)
def test_area_flood_towns(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
