"""A figure inside an aside on a speaker, closed by a comma before the verb of saying and a
reported clause in lower case ("The charity, which has 85 volunteers in Leeds, said calls
had risen by 9% over the past year"), is not dated by the reported clause (rule
``aside_closed_by_said``, ``period_own_clauses.ASIDE_CLOSED_BY_SAID``, one of
``period_clauses.CLAUSE_BREAK``'s own clauses). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)
PAST_YEAR = ("2023-03-01", "2024-02-29")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity, which has 85 volunteers in Leeds, said calls had risen by 9% over "
            "the past year.",
            {85: None, 9: PAST_YEAR},
            id="which-aside",
        ),
        pytest.param(
            "Rape Crisis Tyneside, which trained 120 bar staff, says reports rose by 14% in 2023.",
            {120: None, 14: ("2023-01-01", "2023-12-31")},
            id="which-aside-says",
        ),
        # near misses: a name after the comma (the attribution of the clause before); no
        # aside (no comma before the verb)
        pytest.param(
            "Officers made 40 arrests in May, said Inspector Jo Bell.",
            {40: ("2023-05-01", "2023-05-31")},
            id="near-miss-said-a-name",
        ),
        pytest.param(
            "The charity said 85 volunteers had helped over the past year.",
            {85: PAST_YEAR},
            id="near-miss-no-aside",
        ),
    ],
)
def test_a_figure_in_a_speakers_aside_is_not_dated_by_what_is_said(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
