""" ", and that …" opens the next of two reported clauses: its place is its own, not the
figure's before it (``CLAUSE_BREAK`` of :mod:`pressfacts.statistics.clause_breaks`). Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police safeguarded 300 children in 2024. Ms Reid said the charity had helped "
            "120 of the children since May, and that 40 referrals had come from schools in "
            "Dover and Deal.",
            [(300, "Kent"), (120, "Kent"), (40, "Dover and Deal")],
            id="and-that-after-a-part",
        ),
        pytest.param(
            "Lancashire Constabulary said it made 210 arrests, and that 35 of them were in "
            "Preston.",
            [(210, "Lancashire"), (35, "Preston")],
            id="and-that-after-a-count",
        ),
        pytest.param(  # near miss: no comma, one clause
            "Kent Police safeguarded 300 children in 2024. Ms Reid said the charity had helped "
            "120 of the children since May and that schools in Dover and Deal made 40 referrals.",
            [(300, "Kent"), (120, "Dover and Deal"), (40, "Dover and Deal")],
            id="no-comma",
        ),
    ],
)
def test_a_reported_clause_has_its_own_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
