"""A count of a plural noun opening a clause of its own after ", and" as the subject of an
active simple past ends the clause before it, so the period stated before the ", and" does
not date the count, and its own clause's period does (rule ``new_count_past_subject``,
``period_count_clauses.NEW_COUNT_PAST``); sentences invented for these tests, with near
misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Norfolk advice line dealt with more than 2,400 calls since April, and nine new "
         "advisers joined the team in August.",
         {2400: ("2026-04-01", "2026-09-16"), 9: ("2026-08-01", "2026-08-31")}),
        ("Cumbria's scheme trained 310 wardens in May, and 45 schools signed up to the "
         "programme in July.",
         {310: ("2026-05-01", "2026-05-31"), 45: ("2026-07-01", "2026-07-31")}),
        ("Officers in Dyfed-Powys spoke to 1,200 farmers in 2025, and 80 volunteers also "
         "gave up their time in June.",
         {1200: ("2025-01-01", "2025-12-31"), 80: ("2026-06-01", "2026-06-30")}),
        # near misses: no verb after the count; no period of its own (the sentence's)
        ("Cumbria's scheme trained 310 wardens in May, and 45 schools in July.",
         {310: ("2026-05-01", "2026-05-31"), 45: ("2026-07-01", "2026-07-31")}),
        ("In May the Cumbria scheme trained 310 wardens, and 45 schools signed up.",
         {310: ("2026-05-01", "2026-05-31"), 45: ("2026-05-01", "2026-05-31")}),
    ],
)  # fmt: skip
def test_new_count_past_subject(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
