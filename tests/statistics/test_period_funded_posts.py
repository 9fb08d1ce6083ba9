"""Rule ``funded_posts``: "next year" in a sentence about funding (funds, funded, funding)
is the next financial year, as in a budget's sentence: posts and services are paid for a
financial year at a time. A sentence with no money word keeps the calendar year. Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2028, 1, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The plan funds 1,420 police officers and 96 PCSOs next year.",
            [("next year", "2028-04-01", "2029-03-31")],
            id="funds-posts",
        ),
        pytest.param(
            "Next year 14 more call handlers will be funded by the Commissioner.",
            [("Next year", "2028-04-01", "2029-03-31")],
            id="funded-passive",
        ),
        pytest.param(
            "The proposals include funding for 22 rural crime officers next year.",
            [("next year", "2028-04-01", "2029-03-31")],
            id="funding-noun",
        ),
        # near misses: no money word; a bare "fund" (a pot of money), the calendar year
        pytest.param(
            "The Commissioner gave £30,000 from her 2027/28 rural fund after thefts doubled "
            "last year.",
            [("2027/28", "2027-04-01", "2028-03-31"), ("last year", "2027-01-01", "2027-12-31")],
            id="bare-fund",
        ),
        pytest.param(
            "The force will train 60 new detectives next year.",
            [("next year", "2029-01-01", "2029-12-31")],
            id="no-money-word",
        ),
    ],
)
def test_funded_posts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
