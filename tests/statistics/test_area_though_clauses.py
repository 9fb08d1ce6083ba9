""" ", though" opens a clause of its own for the area rules as ", although" does
(``clause_breaks.CLAUSE_BREAK``): a place named in it is not the figure's before it; ",
though," is an aside and breaks nothing.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police said it was pleased. Officers made 410 arrests, though 96 arrests "
            "were made in Colchester.",
            [(410, "Essex"), (96, "Colchester")],
            id="the-place-of-the-though-clause",
        ),
        pytest.param(
            "Essex Police said it was pleased. Officers seized 75 knives, though 12 knives "
            "were found in Basildon.",
            [(75, "Essex"), (12, "Basildon")],
            id="another-noun",
        ),
        # near miss: ", though," an aside in one clause: the place is the figure's
        pytest.param(
            "Essex Police said it was pleased. Officers, though, made 410 arrests in Colchester.",
            [(410, "Colchester")],
            id="an-aside",
        ),
    ],
)
def test_though_clause_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
