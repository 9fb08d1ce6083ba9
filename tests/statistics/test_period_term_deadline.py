"""Rule `term_deadline` (:data:`~pressfacts.statistics.period_terms.TERM_DEADLINE`): "before
the end of the autumn term", "by the end of the autumn term" is the date a plan is to be
done by, no span its figures cover (as ``by_deadline``); "during the autumn term" and "in
the autumn term of 2024" keep their spans. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 5, 22)

ROWS = [
    pytest.param(
        "Officers will give talks in 38 primary schools before the end of the autumn term.",
        {38: None},
        id="before-the-end-of",
    ),
    pytest.param(
        "The charity aims to train 600 teachers by the end of the autumn term.",
        {600: None},
        id="by-the-end-of",
    ),
    pytest.param(
        "Youth workers will run 24 sessions in Luton ahead of the close of the autumn term.",
        {24: None},
        id="ahead-of-the-close-of",
    ),
    # near misses: the term as the span the figures cover
    pytest.param(
        "Officers gave talks in 38 primary schools during the autumn term.",
        {38: ("2024-09-01", "2024-12-31")},
        id="during-the-term",
    ),
    pytest.param(
        "The charity trained 600 teachers in the autumn term of 2023.",
        {600: ("2023-09-01", "2023-12-31")},
        id="term-with-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_term_deadline(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
