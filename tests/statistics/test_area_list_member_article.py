"""A list of places given as the scope keeps a member the gazetteer does not know with its
article ("in Hull, the East Riding, North Lincolnshire and North East Lincolnshire"): the
list is the area as worded (:data:`pressfacts.statistics.place_phrases.LIST_TAIL`, rule
``list-member-article``); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers stopped 1,842 vehicles at checkpoints in Hull, the East Riding, North "
            "Lincolnshire and North East Lincolnshire.",
            [(1842, "Hull, the East Riding, North Lincolnshire and North East Lincolnshire")],
        ),
        (
            "Patrols breath-tested 610 drivers across Ripon, the Dales and Selby.",
            [(610, "Ripon, the Dales and Selby")],
        ),
        (
            "Police stopped 230 vans in Boston, Spalding and the Fens.",
            [(230, "Boston, Spalding and the Fens")],
        ),
        # near misses: no article; a common noun after "the" is no member
        (
            "Officers stopped 900 vehicles in Hull, York and Selby.",
            [(900, "Hull, York and Selby")],
        ),
        (
            "Officers stopped 900 vehicles in Leeds and the city centre.",
            [(900, "Leeds")],
        ),
    ],
)
def test_list_member_article(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
