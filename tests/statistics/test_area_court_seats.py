"""The town a court sits in is where a case was heard, not the scope of its figures (place
role ``court-seat``, ``place_role_leads.COURT_SEAT_BEFORE``): the figure takes the place of its
own clause, else the issuer's area. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lincolnshire Police said magistrates in Boston forfeited £48,000 seized from a "
            "drug dealer in Skegness.",
            [(48000, "Skegness")],
            id="magistrates-in-a-town-then-the-case-place",
        ),
        pytest.param(
            "Cheshire Constabulary said a judge at Chester ordered him to repay £61,000.",
            [(61000, "Cheshire")],
            id="judge-at-a-town",
        ),
        pytest.param(
            "Kent Police said the court in Maidstone heard he had made £210,000.",
            [(210000, "Kent")],
            id="the-court-in-a-town",
        ),
        pytest.param(  # near miss: officers in a town are where the figure is
            "Lincolnshire Police said officers in Boston seized £48,000.",
            [(48000, "Boston")],
            id="officers-in-a-town",
        ),
    ],
)
def test_a_court_seat_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
