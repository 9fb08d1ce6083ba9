"""A period in an aside after a sentence's subject ("The scheme, which the council first
funded in 2021, …", "The project, launched in 2021, …") dates the subject's past, not the
figures of a main clause that states its own span (``period_asides.SUBJECT_ASIDES``;
sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_asides import SUBJECT_ASIDES
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)
FY = ("2024-04-01", "2025-03-31")

ROWS = [
    pytest.param(
        "The scheme, which the council first funded in 2021, helped 420 families in 2024/25, "
        "up from 310 in 2023/24. One in three of them had rent arrears.",
        {420.0: FY, 310.0: ("2023-04-01", "2024-03-31"), 33.3: FY},
        id="which_clause_aside",
    ),
    pytest.param(
        "The project, launched in 2021, helped 420 families in Hull in 2024/25.",
        {420.0: FY},
        id="participle_aside",
    ),
    pytest.param(
        "The service, set up by the county council in March 2019, took 1,250 calls last year.",
        {1250.0: ("2024-01-01", "2024-12-31")},
        id="participle-with-its-founder",
    ),
    # near misses: with no span of the main clause the aside dates the figures; an aside
    # holding a figure of its own keeps its period; a fieldwork aside is left to its rule
    pytest.param(
        "The hub, which opened in April, has helped 300 people in Leeds.",
        {300.0: ("2025-04-01", "2025-09-16")},
        id="no-span-of-its-own",
    ),
    pytest.param(
        "The team, which made 300 arrests in 2023, was praised by the council in Hull.",
        {300.0: ("2023-01-01", "2023-12-31")},
        id="figure-in-the-aside",
    ),
    pytest.param(
        "The survey of 2,000 adults, carried out in October, found that 78% wanted change.",
        {78.0: ("2024-10-01", "2024-10-31")},
        id="fieldwork-aside",
    ),
]


def test_every_subject_aside_rule_has_a_row() -> None:
    assert {name for name, _ in SUBJECT_ASIDES} <= {row.id for row in ROWS}


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_period_subject_asides(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
