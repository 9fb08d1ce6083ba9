"""A part of the things just counted, ranked first among them, with its share after ", in"
and a longer measure ("Labour exploitation was the most common form of abuse reported, in
44% of cases, followed by sexual exploitation (28%)") speaks of the figures just stated: it
takes their period (the back-reference ``part_was_the_most``). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_back_references import BACK_REFERENCE_RULES
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 30)
YEAR = ("2025-07-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity supported 4,218 survivors in the year to June 2026.\n\nLabour "
         "exploitation was the most common form of abuse reported, in 44% of cases, followed "
         "by sexual exploitation (28%) and criminal exploitation (19%).",
         {4218: YEAR, 44: YEAR, 28: YEAR, 19: YEAR}),
        ("The helpline took 9,100 calls in the year to June 2026.\n\nCar washes were the most "
         "frequently reported type of workplace, in 31% of calls.",
         {9100: YEAR, 31: YEAR}),
    ],
)  # fmt: skip
def test_part_was_the_most_in_cases(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("sentence", "matches"),
    [
        ("Labour exploitation was the most common form of abuse reported, in 44% of cases.",
         True),
        ("Vans were the most commonly stolen vehicle, with 212 taken.", True),
        # near misses: no share after the comma, a place after "in", not its opening
        ("Vans were the most common form of theft, in Leeds.", False),
        ("Vans were the most stolen vehicles in 2019.", False),
        ("Officers said vans were the most stolen, in 40% of cases.", False),
    ],
)  # fmt: skip
def test_part_was_the_most_in_near_misses(sentence: str, matches: bool) -> None:
    rule = BACK_REFERENCE_RULES["part_was_the_most"]
    assert (rule.match(sentence) is not None) is matches
