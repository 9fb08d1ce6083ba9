"""What a body would use or spend money on to do ("said the council would use money from
the fund to run drop-in sessions at two libraries in March") is still to come
(``period_future.FUTURE_WORDS``, wording ``would_use_to``): the month of P's year still
ahead, not the last one past. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The leader of Bolton Council said it would use the grant to run advice "
            "sessions at three community centres in April.",
            {3: ("2026-04-01", "2026-04-30")},
            id="would-use-to-run",
        ),
        pytest.param(
            "Ms Pryce said the trust would also spend part of the money to hold 12 workshops "
            "in Wrexham between March and May.",
            {12: ("2026-03-01", "2026-05-31")},
            id="would-spend-to-hold",
        ),
        pytest.param(
            "The commissioner said she would put the seized cash to fund 20 places on a "
            "money skills course in June.",
            {20: ("2026-06-01", "2026-06-30")},
            id="would-put-to-fund",
        ),
        # near misses: what was used and done ("used"), and "would have used"
        pytest.param(
            "The council said it used the grant to run advice sessions at three community "
            "centres in April.",
            {3: ("2025-04-01", "2025-04-30")},
            id="used-done",
        ),
        pytest.param(
            "Officers said the lender had told victims he would use force, and 14 people "
            "reported him in April.",
            {14: ("2025-04-01", "2025-04-30")},
            id="would-use-no-infinitive",
        ),
    ],
)
def test_what_a_body_would_use_money_for_is_to_come(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
