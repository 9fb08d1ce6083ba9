"""A region inside a known charity's name is no place for a figure: "Children North East
had received £9,000" is the issuer's figure, not the North East's (the charity is a
gazetteer entity, ``charities.jsonl``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durham Constabulary gave six grants. One went to Children North East, which "
            "received £9,000 to run youth work.",
            [(6, "Durham"), (9000, "Durham")],
        ),
        # near miss: the region named as a place is the figure's
        (
            "Durham Constabulary said 400 young people in the North East took part.",
            [(400, "North East")],
        ),
    ],
)
def test_region_in_a_charity_name_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
