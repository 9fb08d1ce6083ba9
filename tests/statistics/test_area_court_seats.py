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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three men were banned from every ground by magistrates in Derby on Monday, "
            "Derbyshire Constabulary said.\n\nThe force secured 31 banning orders in 2025.",
            [(3, "Derbyshire"), (31, "Derbyshire")],
            id="lead-court-seat-then-a-later-figure",
        ),
        pytest.param(
            "A judge at Chester ordered four men to repay £90,000 on Friday, Cheshire "
            "Constabulary said.\n\nOfficers made 140 arrests in 2025.",
            [(4, "Cheshire"), (90000, "Cheshire"), (140, "Cheshire")],
            id="lead-judge-at-a-town-then-a-later-figure",
        ),
        pytest.param(
            "Magistrates in Boston have banned six drivers from the road, Lincolnshire Police "
            "said.\n\nOfficers made 140 arrests in 2025.",
            [(6, "Lincolnshire"), (140, "Lincolnshire")],
            id="lead-magistrates-in-a-town",
        ),
        pytest.param(
            "Justices sitting in Hereford fined 12 landlords on Monday, West Mercia Police "
            "said.\n\nOfficers made 140 arrests in 2025.",
            [(12, "West Mercia"), (140, "West Mercia")],
            id="lead-justices-sitting-in-a-town",
        ),
        pytest.param(  # near miss: a lead that scopes its figure to a town keeps it
            "Officers in Derby made 12 arrests on Monday, Derbyshire Constabulary said.\n\n"
            "The force secured 31 banning orders in 2025.",
            [(12, "Derby"), (31, "Derby")],
            id="lead-town-scope-kept",
        ),
    ],
)
def test_a_lead_court_seat_is_no_document_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    """A lead naming the town a court sits in (``place_roles.lead_site``, role
    ``court-seat``) leaves the document the issuing force's area."""
    assert areas(nlp, text) == expected
