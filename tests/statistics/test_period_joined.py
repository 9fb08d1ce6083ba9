"""Rule ``joined_then_so_far``: a tally in the present perfect right after someone's joining
a body runs from the month (or year) they joined to P; near misses keep their own reading."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last October" in October: a year before, to P
        (
            "Bramble, a spaniel who joined the force last October, has found 14 hidden phones.",
            {14: ("2024-10-01", "2025-10-16")},
        ),
        (
            "PC Amy Sharpe, who joined Lancashire Police's Road Crime Team in May 2024, has"
            " made 60 arrests.",
            {60: ("2024-05-01", "2025-10-16")},
        ),
        (
            "The volunteer joined the service in June and has already answered 212 calls.",
            {212: ("2025-06-01", "2025-10-16")},
        ),
        (
            "Sgt Hale joined the unit in 2022 and has seized more than 90 weapons.",
            {90: ("2022-01-01", "2025-10-16")},
        ),
        # near misses: a verb of saying between (the tally is not the joiner's), the
        # simple past (no tally to P)
        (
            "Ms Reid, who joined the force in May, said officers have made 40 arrests.",
            {40: None},
        ),
        (
            "PC Lee joined the force in May and made 12 arrests.",
            {12: ("2025-05-01", "2025-05-31")},
        ),
    ],
)
def test_joined_then_so_far(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
