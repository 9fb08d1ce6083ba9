"""Rule ``trailer_came_to_light`` of
:data:`~pressfacts.statistics.back_reference_openings.TRAILER`: a sentence saying when the
counted offences or cases came to light (or to the attention of someone) dates their
discovery, not the figures stated before it; a sentence saying what the figures cover or
where they came from still dates them. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)

ROWS = [
    pytest.param(
        "A former gymnastics coach who abused three girls at a club in Rugby has been "
        "jailed.\n\nThe offences came to light in June 2023 when one of the girls told a "
        "teacher.",
        {3.0: None},
        id="offences-came-to-light",
    ),
    pytest.param(
        "A karate instructor sent 40 messages to a pupil in Newport.\n\nThe crimes came to "
        "the attention of police in January 2024.",
        {40.0: None},
        id="crimes-came-to-the-attention",
    ),
    pytest.param(
        "A cricket coach abused two boys at a club in Truro.\n\nThese cases come to light "
        "last year, officers said.",
        {2.0: None},
        id="cases-come-to-light",
    ),
    # near misses: what the figures cover, or where they came from, still dates them
    pytest.param(
        "Officers recorded 214 reports of grooming at youth clubs in Kent.\n\nThe figures "
        "cover the year to March 2025.",
        {214.0: ("2024-04-01", "2025-03-31")},
        id="figures-cover",
    ),
    pytest.param(
        "Police received 95 referrals about sports coaches in Essex.\n\nThese referrals "
        "came in between April and June.",
        {95.0: ("2025-04-01", "2025-06-30")},
        id="referrals-came-in",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_came_to_light_dates_no_figure_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
