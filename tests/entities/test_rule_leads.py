"""The look-aheads that let a scan pass over most places at once lose no match: every
opening they stand for begins with one of their letters."""

from __future__ import annotations

import re

import pytest

from pressfacts.entities.person_rules import _CREDIT_LEAD, _CREDITS

CREDIT_OPENINGS = [
    "By",
    "Report by",
    "Reporting  by",
    "Words by",
    "Picture:",
    "Pictures:",
    "Photo:",
    "Photograph:",
    "Image:",
    "Credit:",
    "Press contact:",
    "Media enquiries :",
    "Contact:",
]


@pytest.mark.parametrize("credit", _CREDITS)
def test_every_credit_has_an_opening_here(credit: str) -> None:
    """Each credit of the table is written out above (so the next test covers it)."""
    assert any(re.fullmatch(credit, opening) for opening in CREDIT_OPENINGS)


@pytest.mark.parametrize("opening", CREDIT_OPENINGS)
def test_credit_lead_lets_each_opening_through(opening: str) -> None:
    """Each opening begins where the credit look-ahead holds."""
    assert re.match(_CREDIT_LEAD, opening)
