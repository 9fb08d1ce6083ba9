"""School years: "the academic year 2024/25" is September 2024 to August 2025 (not the
financial year 2024/25), and "the last academic year" is the latest school year whose
teaching ended by P."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from tests.statistics.conftest import dated_phrases

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""


def phrases(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(phrase, start, end) of every dated period phrase of ``text``."""
    return dated_phrases(text, published)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "In the academic year 2024/25, 14,600 pupils attended a workshop.",
            dt.date(2026, 6, 18),
            [("academic year 2024/25", "2024-09-01", "2025-08-31")],
        ),
        (
            "Schools made 310 referrals in school year 2023-24.",
            dt.date(2026, 6, 18),
            [("school year 2023-24", "2023-09-01", "2024-08-31")],
        ),
        # "last": before August, the school year before the current one; from August, the
        # one just taught
        (
            "During the last academic year, 96 schools took part.",
            dt.date(2026, 6, 18),
            [("During the last academic year", "2024-09-01", "2025-08-31")],
        ),
        (
            "Last school year, 96 schools took part.",
            dt.date(2026, 9, 18),
            [("Last school year", "2025-09-01", "2026-08-31")],
        ),
        # "the previous academic year" after a stated one: the school year before it
        (
            "Schools received 880 alerts in the 2024/25 academic year, up 9% on the previous "
            "academic year.",
            dt.date(2026, 1, 14),
            [
                ("the 2024/25 academic year", "2024-09-01", "2025-08-31"),
                ("the previous academic year", "2023-09-01", "2024-08-31"),
            ],
        ),
        (
            "In the 2023-24 school year 61 pupils were excluded, against 75 in the preceding "
            "school year.",
            dt.date(2025, 2, 3),
            [
                ("the 2023-24 school year", "2023-09-01", "2024-08-31"),
                ("the preceding school year", "2022-09-01", "2023-08-31"),
            ],
        ),
        # near misses: a year stated before "previous"; "last year" alone; a bare 2024/25
        ("In the previous school year, 96 schools took part.", dt.date(2026, 6, 18), []),
        (
            "Last year, 96 schools took part.",
            dt.date(2026, 6, 18),
            [("Last year", "2025-01-01", "2025-12-31")],
        ),
        (
            "In 2024/25, 96 schools took part.",
            dt.date(2026, 6, 18),
            [("2024/25", "2024-04-01", "2025-03-31")],
        ),
    ],
)
def test_school_years(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert phrases(text, published) == expected


def test_a_change_on_the_previous_school_year_spans_both(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    """A change held against "the previous academic year" covers both school years; a
    level of the earlier year ("when 700 were sent") takes the earlier one."""
    text = (
        "Lancashire Constabulary sent 810 alerts to schools in the 2024/25 academic year. "
        "The number of alerts was up 16% on the previous academic year, when 700 were sent."
    )
    assert periods_of(nlp, text, dt.date(2026, 1, 14)) == {
        810: ("2024-09-01", "2025-08-31"),
        16: ("2023-09-01", "2025-08-31"),
        700: ("2023-09-01", "2024-08-31"),
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named school year "so far" / "to date": 1 September to P while it runs
        (
            "Officers have visited 84 schools so far in the 2025/26 academic year.",
            dt.date(2026, 2, 20),
            [("so far in the 2025/26 academic year", "2025-09-01", "2026-02-20")],
        ),
        (
            "In the 2024-25 school year to date, 1,930 pupils took part.",
            dt.date(2025, 3, 4),
            [("In the 2024-25 school year to date", "2024-09-01", "2025-03-04")],
        ),
        (
            "The team has held 52 assemblies so far this 2025-26 school year.",
            dt.date(2025, 12, 1),
            [("so far this 2025-26 school year", "2025-09-01", "2025-12-01")],
        ),
        # the year is over by P: the whole year
        (
            "So far in the 2023/24 academic year, 410 pupils took part.",
            dt.date(2024, 10, 2),
            [("So far in the 2023/24 academic year", "2023-09-01", "2024-08-31")],
        ),
        # near misses: no "so far" (the whole year); a year that has not begun by P
        (
            "Officers will visit 84 schools in the 2025/26 academic year.",
            dt.date(2026, 2, 20),
            [("the 2025/26 academic year", "2025-09-01", "2026-08-31")],
        ),
        ("So far in the 2026/27 school year, 12 schools signed up.", dt.date(2026, 5, 2), []),
    ],
)
def test_school_year_so_far(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert phrases(text, published) == expected
