"""A "further" count with no count before it in its sentence counts what the last count of
the sentence right before counts ("Wardens in Ely issued 212 fines in 2023. Those in Soham
handed out a further 96 between them."): rule ``further_previous_sentence``
(pressfacts.statistics.elided_reported), with its near misses: a noun of its own, a sentence
between, a duration. Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 9, 12)
JUNE = ("2024-06-01", "2024-06-30")
JULY = ("2024-07-01", "2024-07-31")
AUGUST = ("2024-08-01", "2024-08-31")

ROWS = [
    pytest.param(
        "In Ely, 212 fines were issued in 2023. Wardens in Soham handed out a further 96"
        " between them.",
        [(212, "fines", ("2023-01-01", "2023-12-31")), (96, "fines", ("2023-01-01", "2023-12-31"))],
        id="between-them",
    ),
    pytest.param(
        "The team in Bath checked 300 vans in June. A further 80 in July.",
        [(300, "vans", JUNE), (80, "vans", JULY)],
        id="sentence-of-its-period",
    ),
    pytest.param(
        "Crews in Truro carried out 52 rescues in May. Another 17 in June.",
        [(52, "rescues", ("2024-05-01", "2024-05-31")), (17, "rescues", JUNE)],
        id="another",
    ),
    pytest.param(
        "In Bath, 300 vans were checked in June. Officers in Frome stopped an additional 1,045"
        " over the summer.",
        [(300, "vans", JUNE), (1045, "vans", ("2024-06-01", "2024-08-31"))],
        id="an-additional",
    ),
    # near misses: a noun of its own, a sentence between, a duration
    pytest.param(
        "The team in Bath checked 300 vans in June. Officers in Frome arrested a further 45 men"
        " in August.",
        [(300, "vans", JUNE), (45, "men", AUGUST)],
        id="noun-of-its-own",
    ),
    pytest.param(
        "The team in Bath checked 300 vans in June. It was a busy month. Officers in Frome"
        " stopped a further 45 in August.",
        [(300, "vans", JUNE)],
        id="sentence-between",
    ),
    pytest.param(
        "The team in Bath checked 300 vans in June. The checks will run for a further 12 weeks.",
        [(300, "vans", JUNE)],
        id="duration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_further_count_after_the_sentence_before(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
