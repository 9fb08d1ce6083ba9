"""A comparison with every year ("more than in any previous year", "each past year") is
no period: the figures after it that refer back ("over the 12 months") take the period
stated before it, not last year. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, dated_phrases

P = dt.date(2025, 7, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Seizures were higher than in any previous year.",
        "The unit made more arrests than in every past year since it opened.",
        "Each previous year has seen a rise.",
    ],
)
def test_every_year_is_no_period(text: str) -> None:
    assert dated_phrases(text, P) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team recovered £640,000 of plant in 2024/25, more than in any previous "
            "year. It handled 980 reports over the 12 months.",
            {640000.0: ("2024-04-01", "2025-03-31"), 980.0: ("2024-04-01", "2025-03-31")},
        ),
        (  # near miss: the previous year is a period of its own
            "The team handled 980 reports in 2024/25, up from 870 the previous year.",
            {980.0: ("2024-04-01", "2025-03-31"), 870.0: ("2023-04-01", "2024-03-31")},
        ),
    ],
)
def test_figures_after_an_every_year_comparison(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
