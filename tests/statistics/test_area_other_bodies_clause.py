"""A place in a clause after a figure telling what bodies of its kind did there ("a drop of
42%, as forces across England and Wales used …") is the backdrop, not the figure's area
(place role ``other-bodies-clause``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Suffolk Constabulary cut its PCSOs by 30% in 2023, as forces across England "
            "cut neighbourhood teams.",
            [(30, "Suffolk")],
            id="as-forces-across",
        ),
        pytest.param(
            "Gwent Police recruited 140 officers in 2023, while other forces in Wales "
            "struggled to fill posts.",
            [(140, "Gwent")],
            id="while-other-forces-in",
        ),
        # near miss: the body's own officers in a town of its area
        pytest.param(
            "Kent Police made 400 arrests in 2023, a rise of 12%, as officers in Maidstone "
            "targeted dealers.",
            [(400, "Maidstone"), (12, "Maidstone")],
            id="own-officers",
        ),
    ],
)
def test_other_bodies_place_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[object]
) -> None:
    assert areas(nlp, text) == expected


def test_a_clause_with_its_own_figure_keeps_its_place(nlp: Language, areas: AreasOf) -> None:
    # near miss: the bodies of the clause are the subject of a figure of their own
    text = "In London, the Met recorded 12,400 cases, while forces in Wales recorded 3,900."
    assert areas(nlp, text) == [(12400, "London"), (3900, "Wales")]
