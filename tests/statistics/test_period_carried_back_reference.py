"""A back-reference with no period stated in its reach takes the period the nearest
figure in that reach was given, itself by a back-reference (rule
``carried_back_reference``, :mod:`pressfacts.statistics.period_carried`). Invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 9)
SPAN = ("2025-10-01", "2026-06-30")
LEAD = (
    "The vans were used on 38 occasions between October 2025 and June 2026. During those "
    "deployments, 290,000 faces were scanned. Over those deployments, officers spoke to 81 "
    "people. Nearly a third of them were wanted for theft. Two of the alerts were false. "
    "Both people were allowed to go. "
)

ROWS = [
    pytest.param(
        LEAD + "In Luton alone, 26 arrests were made.", SPAN, id="place-alone-past-the-reach"
    ),
    # near misses: a sentence that is no back-reference; a further action ("also"); a
    # period stated in the reach
    pytest.param(LEAD + "Luton has 26 officers.", None, id="no-back-reference"),
    pytest.param(LEAD + "Officers also seized 26 phones.", None, id="a-further-action"),
    pytest.param(
        LEAD + "The vans cost £90,000 in 2024. In Luton alone, 26 arrests were made.",
        ("2024-01-01", "2024-12-31"),
        id="a-period-stated-in-reach",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_carried_back_reference(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[26] == expected


def test_the_figures_before_carry_the_period(nlp: Language, periods_of: PeriodsOf) -> None:
    """The chain itself: each sentence's figures are dated by a back-reference."""
    found = periods_of(nlp, LEAD, P)
    assert [found[v] for v in (38, 290000, 81)] == [SPAN, SPAN, SPAN]
