"""A clause after ", and" that opens on a plural subject of its own, its period and its
verb ("…, and referrals this year were up by 12%") holds that period for itself: the
figures before it keep the period their own clause gives them
(:data:`pressfacts.statistics.period_clauses.SUBJECT_PERIOD_OPENING`); sentences invented
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 18)
SINCE_2021 = ("2021-09-01", "2025-06-18")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the scheme started in September 2021, it has paid out £940,000 to 85 clubs, "
         "and applications this year were up by 12%.",
         {940000: SINCE_2021, 85: SINCE_2021}),
        ("Since the scheme started in September 2021, it has funded 85 clubs, and referrals "
         "last year rose to 300.",
         {85: SINCE_2021, 300: ("2024-01-01", "2024-12-31")}),
        ("Since the scheme started in September 2021, it has funded 85 clubs, and the bids "
         "in May were the highest yet.",
         {85: SINCE_2021}),
        # near miss: no verb after the later period: no clause of its own
        ("Officers seized 40 phones since April, and drugs in May.",
         {40: ("2025-04-01", "2025-06-18")}),
    ],
)  # fmt: skip
def test_a_subject_clause_keeps_its_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
