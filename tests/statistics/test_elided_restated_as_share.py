"""A bare count restated at once as a share (", or 87%") counts what the count before it
in its sentence counts ("reviewed 150 files and found that 131, or 87%, met …"): rule
``restated_as_share`` (pressfacts.statistics.elided_shares), with its near misses."""

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

P = dt.date(2025, 2, 6)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Auditors sampled 240 crime reports and found that ", ", or 15%, were wrongly closed.",
         "restated_as_share"),
        ("The unit vetted 1,020 applicants last year and ", ", or 4 per cent, were refused.",
         "restated_as_share"),
        ("Of 88 cases heard, ", ", or about 30%, ended in a conviction.", "restated_as_share"),
        # near misses: a noun of its own, no share, the share's own whole, no ", or"
        ("Auditors sampled 240 crime reports and found that ", " reports, or 15%, were closed.",
         None),
        ("Auditors sampled 240 crime reports and found that ", ", or 15 reports, were closed.",
         None),
        ("Auditors sampled 240 crime reports and found that ", ", or 15% of victims, were told.",
         None),
        ("Auditors sampled 240 crime reports and found that ", " (15%) were wrongly closed.",
         None),
    ],
)  # fmt: skip
def test_a_count_restated_as_a_share(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors sampled 240 crime reports in 2024 and found that 36, or 15%, had "
            "been closed too early.",
            [(240, "reports", ("2024-01-01", "2024-12-31")),
             (36, "reports", ("2024-01-01", "2024-12-31")),
             (15, "percent", ("2024-01-01", "2024-12-31"))],
        ),
        (
            "Gwent Police vetted 1,020 applicants in 2024 and 41, or 4 per cent, were refused.",
            [(1020, "applicants", ("2024-01-01", "2024-12-31")),
             (41, "applicants", ("2024-01-01", "2024-12-31")),
             (4, "percent", ("2024-01-01", "2024-12-31"))],
        ),
        # near miss: the share of a whole of its own, so the count takes no noun
        (
            "Inspectors sampled 240 crime reports in 2024 and found that 36, or 15% of "
            "victims, were never called back.",
            [(240, "reports", ("2024-01-01", "2024-12-31")),
             (15, "percent", ("2024-01-01", "2024-12-31"))],
        ),
    ],
)  # fmt: skip
def test_figures_of_a_count_restated_as_a_share(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
