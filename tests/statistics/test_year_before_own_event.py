"""A span "in the year before their death" counts back from each person's own event: no
calendar year, so rule ``year_before`` does not read it (the figure keeps the span of the figures
it is a share of); "the year before" on its own, or before "last", is still read.
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 15)
SPAN = ("2021-01-01", "2023-12-31")

ROWS = [
    pytest.param(
        "The review looked at 64 deaths between 2021 and 2023. Nearly one in five of those "
        "who died had left prison in the year before their death.",
        {20: SPAN},
        id="their-death",
    ),
    pytest.param(
        "The review looked at 64 deaths between 2021 and 2023. Nearly one in five of those "
        "who died had seen a GP in the year before her death.",
        {20: SPAN},
        id="her-death",
    ),
    pytest.param(
        "The audit covered 90 men jailed between 2021 and 2023. A third of them had been "
        "homeless in the year before his sentence.",
        {33.3: SPAN},
        id="his-sentence",
    ),
    # near misses: a year before a stated one is still that calendar year
    pytest.param(
        "Officers made 310 arrests in 2024, up from 280 the year before.",
        {280: ("2023-01-01", "2023-12-31")},
        id="the-year-before-alone",
    ),
    pytest.param(
        "Officers made 310 arrests in 2024, against 280 in the year before last.",
        {310: ("2024-01-01", "2024-12-31")},
        id="the-year-before-last",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_year_before_own_event(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict
) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
