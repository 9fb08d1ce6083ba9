""" "last summer" in a later sentence than the span stated before it is a statement of its
own (the latest summer over before P), not that span's yardstick (rule
``season_new_sentence`` of ``period_seasons``); a yardstick word keeps the summer before.
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 5)

ROWS = [
    pytest.param(
        "The team dealt with 90 cases in 2024. In one case in Preston last summer, a man was "
        "charged £12,000.",
        {12000.0: ("2024-06-01", "2024-08-31")},
        id="new-sentence",
    ),
    pytest.param(
        "Wardens in Hull issued 300 fines in 2024. Officers in Hull also made 25 arrests last "
        "summer.",
        {25.0: ("2024-06-01", "2024-08-31")},
        id="new-sentence-also",
    ),
    # near misses: a yardstick in a later sentence, and in the same sentence
    pytest.param(
        "Between May and September 2024 640 stops were made in Leeds. That was 55 fewer "
        "than last summer.",
        {55.0: ("2023-06-01", "2024-09-30")},
        id="yardstick-later-sentence",
    ),
    pytest.param(
        "From 1 June to 31 August 2024 410 fines were issued in York, up from 380 last summer.",
        {380.0: ("2023-06-01", "2023-08-31")},
        id="yardstick-same-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_season_new_sentence(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
