"""A service's new running dated by its month ("since the routes were brought under public
control in January", "since the trams were taken over last April", "since the buses were
franchised in May"): from that month to P (``since_start_month``, :data:`pressfacts.
statistics.since_days._STARTED`); not the month alone. Near misses: no "since" (the month
alone), a person "brought to court" (no start)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the town's bus routes were brought under public control in March, "
            "Merseyside Police has made 63 arrests on them.",
            {63: ("2025-03-01", "2025-09-16")},
        ),
        (
            "South Yorkshire Police has recorded 140 incidents since the trams were taken over "
            "last April.",
            {140: ("2024-04-01", "2025-09-16")},
        ),
        (
            "Since the buses were franchised in June, drivers have reported 27 assaults.",
            {27: ("2025-06-01", "2025-09-16")},
        ),
        # near misses: no "since"; a man brought to court (no start of a service)
        (
            "The routes were brought under public control in March, and 63 arrests were made.",
            {63: ("2025-03-01", "2025-03-31")},
        ),
        (
            "Since the man was brought to court in March, 12 more victims have come forward.",
            {12: ("2025-03-01", "2025-03-31")},
        ),
    ],
)
def test_since_a_service_was_taken_over(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
