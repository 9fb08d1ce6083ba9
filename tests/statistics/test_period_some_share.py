""" "Some" before a share that refers back to the figures just stated is a qualifier, as
"around" is (rule ``some_share``, a word of ``period_back_references._ABOUT``): "Some 47%
of all reports …" after "received 4,812 reports last year" takes last year, across a
paragraph break too, and so does a share told after it in the same sentence. Near misses:
"Some officers …" (no share), a share of a body's own whole ("Some 40% of the force's
budget …"). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The helpline took 9,300 calls last year.\n\nSome 38% of all calls came at night, "
            "while one in five came from abroad.",
            {9300.0: Y2025, 38.0: Y2025, 20.0: Y2025},
            id="some-share-of-all",
        ),
        pytest.param(
            "Wardens issued 1,150 fines in 2025. Some 30% of them went unpaid.",
            {1150.0: Y2025, 30.0: Y2025},
            id="some-share-of-them",
        ),
        # near misses: no share after "some"; a share of a body's own whole
        pytest.param(
            "Wardens issued 1,150 fines in 2025. Some wardens issued 12 fines in January.",
            {1150.0: Y2025, 12.0: ("2026-01-01", "2026-01-31")},
            id="some-wardens",
        ),
        pytest.param(
            "Wardens issued 1,150 fines in 2025. Some 40% of the council's budget goes on parking.",
            {1150.0: Y2025, 40.0: None},
            id="body-whole",
        ),
    ],
)
def test_some_share(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
