"""A "further" count closed by the clause naming its source ("…, and the dog section to a
further 264, new figures show") counts what the count before it counts: rule
``further_reported`` (pressfacts.statistics.elided_reported), with its near misses; and a
"further" count followed by "since" and its span (rule ``further_since``); and a "further"
count followed by a participle and where or when (rule ``further_participle``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 9, 12)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("helicopter was sent to 140 calls, and the boat crew to a further ", ", figures show.",
         "further_reported"),
        ("Officers charged 31 men and another ", ", police said.", "further_reported"),
        ("made 70 referrals in May and an additional ", ", the council said.",
         "further_reported"),
        ("took 2,100 calls in 2023 and a further ", ", the latest statistics reveal.",
         "further_reported"),
        ("seized 18 bikes and a further around ", ", the force confirmed.", "further_reported"),
        # near misses: a noun of its own, a list, no source clause, no "further"
        ("sent to 140 calls, and the boat crew to a further ", " calls, figures show.", None),
        ("sent to 140 calls, and a further ", ", 300 and 410 last year.", None),
        ("Officers charged 31 men and another ", ", while officers said no more.", None),
        ("Officers charged 31 men in ", ", police said.", None),
        ("sent to 140 calls, and a further ", ", figures for York show.", None),
    ],
)  # fmt: skip
def test_a_further_count_before_its_source(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The helicopter was sent to 140 searches in 2023, and the boat crew to a further "
            "62, new figures show.",
            [(140, "searches", ("2023-01-01", "2023-12-31")),
             (62, "searches", ("2023-01-01", "2023-12-31"))],
        ),
        # near miss: a noun of its own
        (
            "The helicopter was sent to 140 searches in 2023, and the boat crew to a further "
            "62 rescues, new figures show.",
            [(140, "searches", ("2023-01-01", "2023-12-31")),
             (62, "rescues", ("2023-01-01", "2023-12-31"))],
        ),
    ],
)  # fmt: skip
def test_figures_of_a_further_count_before_its_source(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


# rule further_since: a "further" count followed by "since" and the span it covers; near
# misses: a noun of its own, a comma before "since" (a reason), a duration, no "further"
@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("impounded 64 scooters last winter, and a further ", " since the ban began.",
         "further_since"),
        ("The team has issued 212 warnings this year and another ", " since Easter.",
         "further_since"),
        ("logged 90 calls in March and an additional ", " since 1 April.", "further_since"),
        ("impounded 64 scooters, and a further ", " scooters since the ban began.", None),
        ("impounded 64 scooters, and a further ", ", since officers were busy.", None),
        ("impounded 64 scooters and held them for a further ", " days since then.", None),
        ("impounded 64 scooters in March and ", " since the ban began.", None),
    ],
)  # fmt: skip
def test_a_further_count_since_a_start(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


# rule further_participle: a "further" count followed by a participle and where, when or by
# whom it was done; near misses: a noun of its own, a noun after the participle, no
# preposition after the participle, no "further"
@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Leeds accounted for 900 of the hours, with a further ", " completed in Wakefield.",
         "further_participle"),
        ("Officers seized 120 phones in May and another ", " seized at the port in June.",
         "further_participle"),
        ("The charity logged 310 calls, and an additional ", " recorded across Kent.",
         "further_participle"),
        ("issued 45 fines in Truro and a further ", " handed out by wardens in Bodmin.", None),
        ("issued 45 fines in Truro and a further ", " fines issued in Bodmin.", None),
        ("sent 45 officers to Truro and a further ", " armed officers to Bodmin.", None),
        ("issued 45 fines in Truro and a further ", " disputed.", None),
        ("issued 45 fines in Truro and ", " issued in Bodmin.", None),
    ],
)  # fmt: skip
def test_a_further_count_before_its_participle(
    before: str, after: str, expected: str | None
) -> None:
    assert elided_rule(before, after) == expected


def test_figures_of_a_further_count_before_its_participle(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    text = (
        "Offenders in Leeds completed 9,100 hours of unpaid work in 2024, and a further "
        "4,300 completed in Wakefield."
    )
    assert unit_periods_of(nlp, text, P) == [
        (9100, "hours", ("2024-01-01", "2024-12-31")),
        (4300, "hours", ("2024-01-01", "2024-12-31")),
    ]
