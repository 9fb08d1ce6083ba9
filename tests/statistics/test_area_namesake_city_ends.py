"""A figure that ends its sentence does not read "in the city" of the next sentence as its
place (rule ``namesake-city``: the figure ends on a digit, not on the full stop after it);
"1,960 of them in the city" in its own sentence still does. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leicestershire Police recorded more crime. Reports to the service rose to 1,318. "
            "Demand has been highest in the city, and 410 people in Leicester were waiting.",
            [(1318, "Leicestershire"), (410, "Leicester")],
        ),
        (
            "Nottinghamshire Police said burglary rose. Officers made 212 arrests. Most were in "
            "the city centre of Nottingham.",
            [(212, "Nottinghamshire")],
        ),
        # near miss: the city right after the figure in its own sentence
        (
            "Nottinghamshire Police recorded 4,200 burglaries, and 1,960 of them were in the "
            "city. Nottingham saw the most.",
            [(4200, "Nottinghamshire"), (1960, "Nottingham")],
        ),
    ],
)
def test_the_city_of_the_next_sentence(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
