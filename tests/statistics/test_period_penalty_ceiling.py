"""The most a law lets a court fine ("can be fined up to £2,500", "a fine of up to £5,000",
"a maximum fine of £1,000") is a ceiling, not a sum of the span its sentence or the text
dates: it keeps no period (rule ``penalty-ceiling``,
``period_unit_prices.PENALTY_CEILING``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)
YEAR = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since new rules began in 2023, anyone caught in Devon can be fined up to £1,000.",
         {1000: None}),
        ("In 2023, 40 people were caught in Hull, and flying a drone there carries a fine of "
         "up to £5,000.", {40: YEAR, 5000: None}),
        ("In 2023, owners in Leeds who ignored the order faced a maximum fine of £2,500.",
         {2500: None}),
        ("In 2023, wardens in York warned that litterers could now be fined as much as £400.",
         {400: None}),
        ("In 2023, the council in Bath said fines of up to £150 applied.", {150: None}),
        # near misses: a court's fine, a sum of fines, fines given with no modal or noun
        ("In 2023, a man in Leeds was fined £500.", {500: YEAR}),
        ("In 2023, Leeds City Council issued fines totalling £40,000.", {40000: YEAR}),
        ("In 2023, drivers in Leeds were fined up to £300.", {300: YEAR}),
    ],
)  # fmt: skip
def test_penalty_ceiling_has_no_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
