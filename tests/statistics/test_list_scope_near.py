"""A list of places after "near" or "around" is the figure's scope as a list after "in" is,
members the gazetteer does not hold kept as worded (``place_phrases.LIST_SCOPE_WORDS``, rule
``list-near-scope``), also a member whose last word alone is a known place ("Old Kirkby";
rule ``list-member-known-tail``). Every sentence is invented for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers stopped 52 vans at checkpoints near Tiptree, Messing and Inworth.",
            [(52, "Tiptree, Messing and Inworth")],
        ),
        (
            "Rangers found 17 dumped loads around Ashbourne, Brassington and Carsington.",
            [(17, "Ashbourne, Brassington and Carsington")],
        ),
        (
            "The council cleared 230 tonnes of waste from lay-bys near Ledbury, Bosbury or "
            "Colwall.",
            [(230, "Ledbury, Bosbury or Colwall")],
        ),
        (
            "Wardens fined 26 drivers near Ingleton, Austwick and Old Kirkby on Friday.",
            [(26, "Ingleton, Austwick and Old Kirkby")],
        ),
        (
            "Volunteers cleared 64 bags of litter in Ingleton, Austwick and Old Kirkby.",
            [(64, "Ingleton, Austwick and Old Kirkby")],
        ),
    ],
)
def test_a_list_of_places_near_the_figure_is_its_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


def test_a_place_near_no_list_keeps_its_own_name(nlp: Language, areas: AreasOf) -> None:
    """Near miss: one place after "near" and a clause after it is no list ("near Thirsk,
    and officers …")."""
    text = "Police seized 9 quad bikes near Thirsk, and officers made 3 arrests."
    assert areas(nlp, text) == [(9, "Thirsk"), (3, "Thirsk")]
