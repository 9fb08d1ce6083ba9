"""Figures paired with places by "respectively" when the sentence goes on past it with a
place of its own (rule ``respectively_clause``, ``sibling_areas._respectively_clause``):
the places before "respectively" pair with the figures before it, in order (sentences
invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents in Luton and Bedford were the most worried about burglary, at 41% and "
         "36% respectively, while in Dunstable parking topped the list.",
         [(41, "Luton"), (36, "Bedford")]),
        ("Officers in Hull and Grimsby made 40 and 25 arrests respectively, and in Scunthorpe "
         "they made 12 arrests.",
         [(40, "Hull"), (25, "Grimsby"), (12, "Scunthorpe")]),
        # as before: as many places as figures pair in order
        ("Officers in Hull and Grimsby made 40 and 25 arrests respectively.",
         [(40, "Hull"), (25, "Grimsby")]),
    ],
)  # fmt: skip
def test_respectively_clause(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


def test_one_place_before_respectively_pairs_nothing(nlp: Language, areas: AreasOf) -> None:
    # near miss: one place before "respectively" for two figures: no pairing by the rule,
    # the first figure keeps the place of its own clause
    found = areas(nlp, "Residents in Luton were the most worried about burglary, at 41% and "
                       "36% respectively, while in Dunstable parking topped the list.")  # fmt: skip
    assert found[0] == (41, "Luton")
    assert (36, "Luton") not in found
