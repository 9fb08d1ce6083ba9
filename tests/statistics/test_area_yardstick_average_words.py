"""A figure held up to another place's average after ", below/above the …" keeps its own
place however many words name the average's place ("below the England and Wales average
of 8.4": the break before "the" stands for up to four words before "average"; rule
``RANKED_YARDSTICK`` of :mod:`pressfacts.statistics.clause_breaks`). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Knife crime fell in Kent last year. The county's rate stands at 6.2 offences per "
        "1,000 people, below the England and Wales average of 8.1.",
        [(6.2, "Kent"), (8.1, "England and Wales")],
        id="three-word-place-before-average",
    ),
    pytest.param(
        "Burglary fell in Cumbria last year. The county's rate stands at 3.1 per 1,000 "
        "households, well below the England and Wales figure of 9.4.",
        [(3.1, "Cumbria"), (9.4, "England and Wales")],
        id="a-figure-of-a-three-word-place",
    ),
    # near miss: the place is the figure's own, no yardstick words before it
    pytest.param(
        "Burglary fell last year. The rate across England and Wales stands at 8.1 per "
        "1,000 people.",
        [(8.1, "England and Wales")],
        id="the-figures-own-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_yardstick_average_words(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
