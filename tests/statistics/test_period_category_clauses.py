"""A period inside a relative clause on the legal standing of the kind of thing counted
("knives that were banned last year") dates the law, not the count (rule
``category_clause`` of :mod:`pressfacts.statistics.period_clauses`), and near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_clauses import CATEGORY_CLAUSE
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 21)
Y24 = ("2024-01-01", "2024-12-31")
MARCH_WEEK = ("2025-03-03", "2025-03-09")
SEPTEMBER = ("2025-09-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("52 zombie-style knives and machetes that were banned last year", True),
        ("40 weapons which have been outlawed since 2016", True),
        ("30 drugs that were reclassified in 2024", True),
        ("58 machetes, which became illegal to own in September 2024", True),
        ("12 devices that have become a criminal offence to sell since 2023", True),
        # rule category_clause_state: the law's state, held since a date
        ("61 swords, which have been illegal to sell since April 2024", True),
        ("14 blades that were unlawful to carry in 2023", True),
        # near misses: what befell the things counted; no relative pronoun
        ("52 knives that were handed in last year", False),
        ("the ban on zombie knives last year", False),
        ("20 scooters, which became available to hire in May", False),
        ("35 knives which have been illegally sold since March", False),
        ("19 machetes that were legal to buy in 2023", False),
    ],
)
def test_category_clause(text: str, expected: bool) -> None:
    assert (CATEGORY_CLAUSE.search(text) is not None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 437 weapons in 2023, including 52 zombie-style knives that were"
            " banned last year.",
            {437: ("2023-01-01", "2023-12-31"), 52: ("2023-01-01", "2023-12-31")},
        ),
        (
            "In total 437 weapons were surrendered, including 52 ninja swords which were"
            " outlawed in 2024.",
            {437: None, 52: None},
        ),
        # near miss: what befell the things counted dates them
        (
            "In total 437 weapons were surrendered, including 52 knives that were handed in"
            " last year.",
            {437: Y24, 52: Y24},
        ),
    ],
)
def test_a_law_clause_does_not_date_the_count(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the law's date is no main period: the figures after it keep the week before
        (
            "Officers collected 410 weapons between 3 and 9 March. They included 37"
            " machetes, which became illegal to own in September 2024. In Leeds alone, 122"
            " weapons were handed in.",
            {410: MARCH_WEEK, 37: MARCH_WEEK, 122: MARCH_WEEK},
        ),
        # rule category_clause_state: the law's state since a date, likewise
        (
            "Officers collected 410 weapons between 3 and 9 March. They included 37"
            " machetes, which have been illegal to own since September 2024. In Leeds alone,"
            " 122 weapons were handed in.",
            {410: MARCH_WEEK, 37: MARCH_WEEK, 122: MARCH_WEEK},
        ),
        # near miss: a sentence whose main period dates what was done carries it on
        (
            "Officers collected 410 weapons between 3 and 9 March. A further 37 machetes"
            " were handed in during September. In Leeds alone, 122 weapons were handed in.",
            {410: MARCH_WEEK, 37: SEPTEMBER, 122: SEPTEMBER},
        ),
    ],
)  # fmt: skip
def test_a_law_clause_is_no_main_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
