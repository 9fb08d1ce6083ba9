"""A sentence opening on a quantifier of the figures just stated, glossed by a figure
("Almost all of them, 97%, involved boys", "Most of these (61%) were men") takes the
period of the figures before it (back-reference opening ``quantifier_gloss``); a whole
named by its own noun ("Almost all of the drivers, 97%, …") or no gloss takes none.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 10, 8)
YEAR = ("2025-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "The IWF confirmed 2,947 reports in 2025. Almost all of them, 97%, involved boys.",
        {2947.0: YEAR, 97.0: YEAR},
        id="almost-all-of-them-in-commas",
    ),
    pytest.param(
        "The force made 300 arrests last year. Most of these (61%) were men.",
        {300.0: YEAR, 61.0: YEAR},
        id="most-of-these-in-brackets",
    ),
    pytest.param(
        "The force made 300 arrests last year. Nearly all of those, 94%, were men.",
        {300.0: YEAR, 94.0: YEAR},
        id="nearly-all-of-those",
    ),
    pytest.param(
        "The force made 300 arrests last year. Most of them, 61%, were men.",
        {300.0: YEAR, 61.0: YEAR},
        id="most-of-them-in-commas",
    ),
    # near misses: a whole of its own noun takes no period from the sentence before
    pytest.param(
        "The force made 300 arrests last year. Almost all of the drivers, 97%, were men.",
        {300.0: YEAR, 97.0: None},
        id="near-miss-a-whole-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_quantifier_gloss_takes_the_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
