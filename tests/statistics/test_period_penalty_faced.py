"""The penalty a law sets for an offence ("Drivers caught face a £200 fine and six penalty
points", "anyone caught risks a £100 fixed penalty") is a tariff, not a sum or a count of
the span its sentence or the text dates: the money and the points keep no period (rule
``penalty-faced``, ``period_unit_prices.PENALTY_FACED``). Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 18)
WEEK = ("2026-06-01", "2026-06-07")
MAY = ("2026-05-01", "2026-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent Police stopped 96 vans between 1 and 7 June. Drivers caught using a phone "
            "face a £200 fine and six penalty points.",
            {96: WEEK, 200: None, 6: None},
        ),
        (
            "In May, officers in Leeds caught 31 cyclists on the pavement. Anyone caught "
            "risks a £50 fixed penalty.",
            {31: MAY, 50: None},
        ),
        (
            "During May, 44 drivers in Hull were seen without a seatbelt, and each of them "
            "faces a £100 fine plus three points.",
            {44: MAY, 100: None, 3: None},
        ),
        (
            "In May, 12 lorry drivers in Derby were stopped. Those found over their hours "
            "could receive a £300 on-the-spot penalty.",
            {12: MAY, 300: None},
        ),
        # near misses: fines handed down, a bill, a count of fines: dated as before
        (
            "In May, 40 drivers in Leeds were given a £200 fine and six penalty points.",
            {40: MAY, 200: MAY, 6: MAY},
        ),
        (
            "In May, a haulier in Derby was caught with 14 unsafe lorries and now faces a "
            "£20,000 bill.",
            {14: MAY, 20000: MAY},
        ),
        (
            "In May, officers in York issued 40 £100 fines and 60 penalty points.",
            {100: MAY, 60: MAY},
        ),
    ],
)
def test_penalty_faced(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
