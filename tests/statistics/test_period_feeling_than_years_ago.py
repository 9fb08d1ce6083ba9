""" "felt less safe … than two years ago" after a verb of feeling or belief compares how
people feel now with then; it is not the span a figure covers (rule
`feeling_than_years_ago` in ``period_same_lengths.resolve_year_before``), so the figure
keeps the period stated before it. A change "higher than two years ago" with no verb of
feeling still covers both years (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In September, the trust asked 900 commuters about their journeys. Nearly half "
         "said they felt less safe on buses at night than two years ago.",
         {900: ("2025-09-01", "2025-09-30"), 50: ("2025-09-01", "2025-09-30")}),
        ("A poll of 1,200 residents in July found that 38% feel more worried about knife "
         "crime than five years ago.",
         {1200: ("2025-07-01", "2025-07-31"), 38: ("2025-07-01", "2025-07-31")}),
        ("In June, 640 parents took part, and 41% thought their town centre was worse "
         "than three years ago.",
         {640: ("2025-06-01", "2025-06-30"), 41: ("2025-06-01", "2025-06-30")}),
        # near misses: no verb of feeling, a change over both spans; a yardstick "N years ago"
        ("In August, knife crime in Luton was 40% higher than two years ago.",
         {40: ("2023-08-01", "2025-08-31")}),
        ("Officers recovered 64 bikes, up from 41 three years ago.",
         {64: None, 41: ("2022-01-01", "2022-12-31")}),
    ],
)  # fmt: skip
def test_feeling_than_years_ago(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
