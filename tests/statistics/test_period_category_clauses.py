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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("52 zombie-style knives and machetes that were banned last year", True),
        ("40 weapons which have been outlawed since 2016", True),
        ("30 drugs that were reclassified in 2024", True),
        # near misses: what befell the things counted; no relative pronoun
        ("52 knives that were handed in last year", False),
        ("the ban on zombie knives last year", False),
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
