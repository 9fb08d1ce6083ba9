"""The month of an appeal that people came forward after dates the appeal, not the figure
(rule ``after_appeal_month`` of ``period_table.PERIOD_RULES``): "came forward after an
appeal in December" gives no period; the month told as the figures' own ("In December,
after an appeal, …") or after another event ("after the arrests in March") still dates
them (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve more victims came forward after an appeal in September.", {12: None}),
        ("Six witnesses contacted the force following a television appeal in March 2025.",
         {6: None}),
        ("Police received 80 calls after their appeal in May.", {80: None}),
        ("Nine people came forward after the publicity in June.", {9: None}),
        # near misses: the month is the figures' own; an event other than an appeal
        ("In September, after an appeal, 12 more victims came forward.",
         {12: ("2025-09-01", "2025-09-30")}),
        ("Police received 40 calls after the arrests in March.",
         {40: ("2025-03-01", "2025-03-31")}),
        ("Officers made 30 arrests in May after an appeal.", {30: ("2025-05-01", "2025-05-31")}),
    ],
)  # fmt: skip
def test_an_appeals_month_is_not_the_figures_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
