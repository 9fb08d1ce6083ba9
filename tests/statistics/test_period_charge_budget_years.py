"""A charge's year in a budget release: a charge changed "from April" is the financial year
starting that April alone (rule ``charge_from_april``), not the two years compared (as a
change "for the next financial year" of ``charge_year`` stays); "for the year" or "over the
year" in a sentence about a precept or council tax of a release published in January to
March is the financial year from the next April (rule ``budget_for_the_year``). Sentences
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

FEBRUARY = dt.date(2026, 2, 11)
JULY = dt.date(2026, 7, 9)
NEXT_YEAR = ("2026-04-01", "2027-03-31")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # charge_from_april
        (
            "Dorset's policing precept for a Band D home will rise by £12.50 a year from April.",
            FEBRUARY,
            {12.5: NEXT_YEAR},
        ),
        (
            "Council tax for policing will go up by £11.34 for a Band D household from 1 April.",
            FEBRUARY,
            {11.34: NEXT_YEAR},
        ),
        (
            "The panel approved a 3.9% increase in the policing precept from April.",
            FEBRUARY,
            {3.9: NEXT_YEAR},
        ),
        (
            "Households in Swindon will see a rise in council tax of £12 from 1 April.",
            FEBRUARY,
            {12: NEXT_YEAR},
        ),
        (
            "Under the plans, the Band D precept will increase by £10, or 3.6 per cent, from "
            "April.",
            dt.date(2025, 11, 20),
            {10: ("2026-04-01", "2027-03-31"), 3.6: ("2026-04-01", "2027-03-31")},
        ),
        # budget_for_the_year
        (
            "The precept for a Band D home will be £288.10 for the year.",
            FEBRUARY,
            {288.1: NEXT_YEAR},
        ),
        (
            "That takes the policing part of council tax for a Band D property to £301.44 "
            "for the year.",
            dt.date(2026, 3, 2),
            {301.44: NEXT_YEAR},
        ),
        (
            "A Band C household in Torbay will pay £236.10 over the year.",
            FEBRUARY,
            {236.1: NEXT_YEAR},
        ),
        # near misses: "for the next financial year" still spans the two years compared; a
        # release of July; a sentence with no charge; "for the year to December"
        (
            "The precept will increase by 21p a week for the next financial year.",
            FEBRUARY,
            {0.21: ("2025-04-01", "2027-03-31")},
        ),
        (
            "The precept for a Band D home will be £288.10 for the year.",
            JULY,
            {288.1: None},
        ),
        (
            "The charity supported 420 families for the year.",
            FEBRUARY,
            {420: None},
        ),
        (
            "The precept paid for 312 officers in the year to December 2025.",
            FEBRUARY,
            {312: ("2025-01-01", "2025-12-31")},
        ),
    ],
)
def test_a_charge_takes_its_budget_year(
    periods_of: PeriodsOf,
    nlp: Language,
    text: str,
    published: dt.date,
    expected: dict[float, object],
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found[value] for value in expected} == expected
