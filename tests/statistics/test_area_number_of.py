"""A sentence opened by "The number of <noun>" names a measure of its own: its figures do
not take the place of the last figure before (the last member of a list of districts), but
the area the sentence or the document gives (pointer rule ``the-number-of``, one of
``referred_figures.PLACELESS``); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Merseyside Police trained 310 new officers in 2025.\n\nLiverpool gained 120 of them, "
        "followed by Wirral with 44.\n\nThe number of PCSOs fell to 280, and the force had "
        "150 specials.",
        [
            (310, "Merseyside"),
            (120, "Liverpool"),
            (44, "Wirral"),
            (280, "Merseyside"),
            (150, "Merseyside"),
        ],
        id="after-a-list-of-districts-the-force-area",
    ),
    pytest.param(
        "Kent Police recorded 900 assaults on officers last year.\n\nMedway accounted for "
        "210 of them.\n\n"
        "The total of assaults causing injury was 260.",
        [(900, "Kent"), (210, "Medway"), (260, "Kent")],
        id="the-total-of-a-noun",
    ),
    pytest.param(
        "Kent Police recorded 900 assaults on officers last year.\n\nMedway accounted for "
        "210 of them.\n\n"
        "The number of assaults on PCSOs in Canterbury was 31.",
        [(900, "Kent"), (210, "Medway"), (31, "Canterbury")],
        id="a-place-of-its-own-stands",
    ),
    # near miss: "these" still points back to the figure before and its place
    pytest.param(
        "Officers seized 80 knives in Medway last year.\n\nOf these, 12 were machetes.",
        [(80, "Medway"), (12, "Medway")],
        id="of-these-keeps-the-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_number_of_takes_no_place_from_the_figure_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
