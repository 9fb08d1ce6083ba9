"""A change between two levels covers both levels' periods: one row a rule of
SPAN_RULES, near misses, and the periods read from whole sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_spans import SPAN_RULES

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 5, 2)

RULE_ROWS = [
    # two_levels: the later level stated first, the earlier after "compared with"
    pytest.param(
        "Officers in Hull seized 1,240 knives in 2023, compared with 980 in 2020, an increase "
        "of 27 per cent over three years.",
        {1240: ("2023-01-01", "2023-12-31"), 980: ("2020-01-01", "2020-12-31"),
         27: ("2020-01-01", "2023-12-31")},
        id="two_levels",
    ),
    # levels_years_apart: only the earlier level's period, and how many years on
    pytest.param(
        "Referrals in Hull have nearly tripled in four years, climbing from 512 in 2019-20.",
        {3: ("2019-04-01", "2024-03-31"), 512: ("2019-04-01", "2020-03-31")},
        id="levels_years_apart",
    ),
    # restated_later_level: the later level's period points back to a span stated before
    pytest.param(
        "Wardens in Hull issued 84 fines between January and March. Complaints fell to 150 "
        "in the same three months, down from 200 between January and March last year, a "
        "drop of 25%.",
        {84: ("2024-01-01", "2024-03-31"), 150: ("2024-01-01", "2024-03-31"),
         200: ("2023-01-01", "2023-03-31"), 25: ("2023-01-01", "2024-03-31")},
        id="restated_later_level",
    ),
]  # fmt: skip


def test_every_span_rule_has_a_row() -> None:
    assert {name for name, _ in SPAN_RULES} == {row.id for row in RULE_ROWS}


@pytest.mark.parametrize(("text", "expected"), RULE_ROWS)
def test_span_rules(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # financial years, "against"
        (
            "Derby recorded 2,050 scams in 2022-23, against 1,640 in 2021-22, a rise of 25%.",
            {2050: ("2022-04-01", "2023-03-31"), 1640: ("2021-04-01", "2022-03-31"),
             25: ("2021-04-01", "2023-03-31")},
        ),
        # "over two years" from a stated year
        (
            "Arson in Bath has halved over two years, falling from 220 in 2021.",
            {50: ("2021-01-01", "2023-12-31")},
        ),
        # both levels in one clause: already both
        (
            "Thefts in York fell to 300 in 2023 from 400 in 2020, a drop of a quarter.",
            {300: ("2023-01-01", "2023-12-31"), 400: ("2020-01-01", "2020-12-31"),
             25: ("2020-01-01", "2023-12-31")},
        ),
        # near misses: two clauses about different things keep their own years
        (
            "Burglaries in York rose 12% in 2023, while in 2022 robberies fell 5%.",
            {12: ("2023-01-01", "2023-12-31"), 5: ("2022-01-01", "2022-12-31")},
        ),
        # a change over one span has no earlier level
        (
            "Knife crime in Leeds rose by 8 per cent in 2023-24.",
            {8: ("2023-04-01", "2024-03-31")},
        ),
        # years stated, but no earlier level to count them from
        (
            "Knife crime in Leeds rose by 8 per cent in 2023, the highest in five years.",
            {8: ("2023-01-01", "2023-12-31")},
        ),
    ],
)  # fmt: skip
def test_changes_between_levels(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
