"""A part "of this year's <noun>" ("112 of this year's graduates") covers the release's
current span stated before it ("this year", "since April", "the first six months of
2025/26"; rule ``of_this_years``), and nothing with none stated before; "this year's" with
no "of" before it, or before a budget, is no part of this rule. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity placed 438 graduates this year. It said 112 of this year's graduates "
            "will work in Leeds.",
            {438: ("2025-01-01", "2025-10-02"), 112: ("2025-01-01", "2025-10-02")},
            id="count-of-this-years",
        ),
        pytest.param(
            "The force took on 610 recruits between April and September. Nearly a fifth of this "
            "year’s recruits joined as detectives.",
            {20: ("2025-04-01", "2025-09-30")},
            id="share-of-this-years",
        ),
        # the release's current span stated before it is "this year"
        pytest.param(
            "The unit took 640 calls since April. Leeds accounted for 210 of this year's calls.",
            {640: ("2025-04-01", "2025-10-02"), 210: ("2025-04-01", "2025-10-02")},
            id="current-span-stated-before",
        ),
        pytest.param(
            "Since it opened in May 2021, the hub has seen 9,000 people. In the first six "
            "months of 2025/26 it saw 700, and 95 of this year's visitors came from Hull.",
            {95: ("2025-04-01", "2025-09-30")},
            id="not-a-long-span-since-launch",
        ),
        # near misses: nothing stated before (the year may be the release's own financial
        # year), no "of" before it
        pytest.param(
            "Girls were the victims in 30 of this year's offences.", {30: None}, id="nothing-before"
        ),
        pytest.param(
            "Officers seized 35 bikes. This year's intake of 40 recruits started in May.",
            {35: None},
            id="no-of-before",
        ),
    ],
)
def test_of_this_years(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
