""" "Over the weekend" after single days of a weekend stated before is that weekend again
(``weekend_past_its_days``); sentences invented for these tests, with near misses that must
not fire."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

Q = dt.date(2025, 11, 4)  # a Tuesday after the Halloween weekend of 2025
_FILLER = (
    "The dispersal order covered the town centre, the retail park and the streets around "
    "the bus station, and officers handed out leaflets to shopkeepers and parents. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # single days of the weekend told between: the weekend stated before again
        (
            "Between Friday and Sunday, Avon and Somerset Police took 140 calls in Bristol. "
            + _FILLER * 2
            + "Crews reported four attacks on Halloween night. "
            + "Officers seized 75 fireworks in Bristol over the weekend.",
            {
                140: ("2025-10-31", "2025-11-02"),
                4: ("2025-10-31", "2025-10-31"),
                75: ("2025-10-31", "2025-11-02"),
            },
        ),
        # a weekend the text names (a bank holiday's Sunday and Monday), told again, then a
        # day inside it: "over the weekend" after that day is still the named weekend
        (
            "Sussex Police made 90 arrests over the festival weekend of 2 and 3 November. "
            + "Officers seized 30 knives in Brighton over the weekend. "
            + "A dispersal order ran from 1pm to 9pm on Monday. "
            + "Officers were assaulted 12 times in Brighton over the weekend.",
            {
                90: ("2025-11-02", "2025-11-03"),
                30: ("2025-11-02", "2025-11-03"),
                12: ("2025-11-02", "2025-11-03"),
            },
        ),
        # near misses: a longer span between; no day between, far off
        (
            "Between Friday and Sunday, Avon and Somerset Police took 140 calls in Bristol. "
            + _FILLER * 2
            + "Crews reported four attacks in October 2025. "
            + "Officers seized 75 fireworks in Bristol over the weekend.",
            {
                140: ("2025-10-31", "2025-11-02"),
                4: ("2025-10-01", "2025-10-31"),
                75: ("2025-11-01", "2025-11-02"),
            },
        ),
        (
            "Between Friday and Sunday, Avon and Somerset Police took 140 calls in Bristol. "
            + _FILLER * 3
            + "Officers seized 75 fireworks in Bristol over the weekend.",
            {140: ("2025-10-31", "2025-11-02"), 75: ("2025-11-01", "2025-11-02")},
        ),
    ],
)
def test_the_weekend_past_its_days(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, Q) == expected
