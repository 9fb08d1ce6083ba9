"""A place in a speaker's portfolio ("Jo Bell, Border Force's director for the North
West, said …") is the speaker's remit: it yields to any other place the figure's clause
names ("… 40 seizures at UK ports"), ranked last among the clause's places
(``figure_areas._rank``, rule ``portfolio-remit`` on ``place_roles.PORTFOLIO_BEFORE``).
Alone, it is still the figure's place. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tom Hale, Border Force's director for the North West and Europe, said the find "
            "was one of 40 drugs seizures made in freight at UK ports in 2024.",
            [(40, "UK")],
            id="director-for-a-region",
        ),
        pytest.param(
            "Rhian Lloyd, the agency's regional manager for Wales, said the number of "
            "couriers arriving at UK airports had roughly doubled over the past two years.",
            [(2, "UK")],
            id="manager-for-a-nation",
        ),
        pytest.param(
            "Sam Odell, the force's roads policing lead for the county, said 212 drivers "
            "were stopped in Medway in 2024.",
            [(212, "Medway")],
            id="lead-with-a-place-in-the-clause",
        ),
        # near misses: the portfolio place is the only place, so it is the figure's
        pytest.param(
            "Tom Hale, Border Force's director for the North West, said 40 seizures were "
            "made in 2024.",
            [(40, "North West")],
            id="only-the-remit",
        ),
        pytest.param(
            "Rhian Lloyd, the charity's regional manager for Wales, said it had helped 400 "
            "families in 2024.",
            [(400, "Wales")],
            id="only-the-remit-of-a-charity",
        ),
    ],
)
def test_a_portfolio_place_yields_to_the_clause_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
