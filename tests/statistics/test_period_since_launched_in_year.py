"""Rule ``since_it_launched`` with a start stated by its year alone (``launched_in_year``):
"since it began" after "Since the protocol began in 2016" runs from 2016-01-01 to P, as a
calendar year is whole; a month-and-year start stated later than the year wins. Near
misses: a financial year is no start year, and with no start stated the phrase stays
undated. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)

ROWS = [
    pytest.param(
        "The fund was launched in 2021. Victims said it helped. A spokesman said £52,000 had "
        "been paid out since it launched.",
        {52000.0: ("2021-01-01", "2025-06-17")},
        id="year-alone-then-since-it-launched",
    ),
    pytest.param(
        "The protocol began in 2018.\n\nIn 2024, 96 calls were made.\n\nThe chief constable "
        "said 4,100 cashiers had been trained since the protocol began.",
        {96.0: ("2024-01-01", "2024-12-31"), 4100.0: ("2018-01-01", "2025-06-17")},
        id="since-the-protocol-began",
    ),
    pytest.param(
        "The hub opened in 2019 and relaunched in March 2022. Staff have seen 310 people "
        "since it opened.",
        {310.0: ("2022-03-01", "2025-06-17")},
        id="a-later-month-start-wins",
    ),
    # near misses: another thing's start; a financial year; no start stated
    pytest.param(
        "The fund began in 2017. Since the hub opened, 62 families have been helped.",
        {62.0: None},
        id="another-things-start",
    ),
    pytest.param(
        "The scheme started in 2023/24. It has helped 58 families since it started.",
        {58.0: None},
        id="financial-year-no-start",
    ),
    pytest.param(
        "The initiative has helped 75 families since it began.",
        {75.0: None},
        id="no-start-no-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_since_launched_in_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
