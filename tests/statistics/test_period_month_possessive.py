"""A month in the possessive after a preposition (``month_possessive``: "at May's local
elections") is the latest such month not after P; a name in the possessive ("Theresa
May's government") is no month; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Turnout at May's local elections in England was 31.4%, the Commission said.",
            dt.date(2026, 9, 10),
            {31.4: ("2026-05-01", "2026-05-31")},
            id="month-possessive",
        ),
        pytest.param(
            "Officers made 64 arrests during October's operation, the force said.",
            dt.date(2026, 12, 3),
            {64: ("2026-10-01", "2026-10-31")},
            id="month-possessive-operation",
        ),
        # near miss: a name in the possessive
        pytest.param(
            "Theresa May's government recruited 1,200 officers.",
            P,
            {1200: None},
            id="name-possessive-no-month",
        ),
    ],
)
def test_month_possessive(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: object
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found.get(value) for value in expected} == expected
