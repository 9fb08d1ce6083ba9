"""NHS England, NHS Scotland and NHS Wales are national bodies of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`, not health boards named for
a place (``named_bodies`` rule ``nhs-board`` leaves the nations out): a county's service
commissioned by NHS England keeps the county's area, and NHS England's own figures are
England's; "NHS Highland" stays a board of its place. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "A new hub for survivors supported more people than ever in 2024/25.\n\n"
        "In all, 1,146 people were referred.\n\nThe hub is commissioned by NHS England "
        "and the Office of the Police and Crime Commissioner for Kent.",
        [(1146, "Kent")],
        id="commissioner-named-later",
    ),
    pytest.param(
        "NHS England said 40,000 patients were treated in 2024.",
        [(40000, "England")],
        id="nhs-england-own-figure",
    ),
    pytest.param(
        "NHS Wales said 3,100 staff had been assaulted.",
        [(3100, "Wales")],
        id="nhs-wales-own-figure",
    ),
    # near miss: a board named for a place is territorial
    pytest.param(
        "NHS Highland said 40 patients were treated.",
        [(40, "Highland")],
        id="board-of-a-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nhs_nations(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
