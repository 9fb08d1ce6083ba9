"""A sum whose clause of purpose leads, past another figure, to the place it serves takes
that place ("£460,000 … to train 1,500 staff across Kent"), not the place of the sentences
before (``result_clauses.money_purpose_place``, area rule ``money-purpose-place``).
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "The helpline took 400 calls in Leeds. "

AREAS = [
    pytest.param(
        LEAD + "The charity has been awarded £90,000 by the Home Office to train 700 teachers"
        " across Kent.",
        [(400, "Leeds"), (90000, "Kent"), (700, "Kent")],
        id="to-train-across",
    ),
    pytest.param(
        LEAD + "It was given £45,000 to recruit two caseworkers in Hull.",
        [(400, "Leeds"), (45000, "Hull"), (2, "Hull")],
        id="to-recruit-in",
    ),
    # near misses: no clause of purpose; a place before the sum
    pytest.param(
        LEAD + "The charity was awarded £90,000, which was more than the 700 grants made"
        " across Kent.",
        [(400, "Leeds"), (90000, "Leeds"), (700, "Kent")],
        id="no-purpose",
    ),
    pytest.param(
        LEAD + "The charity was awarded £90,000 by Kent County Council to train 700 teachers"
        " in Dover.",
        [(400, "Leeds"), (90000, "Kent"), (700, "Dover")],
        id="body-before-the-purpose",
    ),
    pytest.param(
        LEAD + "In Wakefield, the charity was given £45,000 to recruit two caseworkers in Hull.",
        [(400, "Leeds"), (45000, "Wakefield"), (2, "Hull")],
        id="place-before-the-sum",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_money_purpose_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
