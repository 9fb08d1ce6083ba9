"""A superlative coordinated after another with its verb left out ("The share was highest
in Bristol, at 38%, and lowest in Somerset, at 26%") places its figure in its own place,
as the first does (``place_roles.PREDICATE_SUPERLATIVE``); the 26% had taken Bristol.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The share was highest in Bristol, at 38%, and lowest in Somerset, at 26%.",
            [(38, "Bristol"), (26, "Somerset")],
        ),
        (
            "Thefts were highest in Hull, at 380, but lowest in Selby, at 260.",
            [(380, "Hull"), (260, "Selby")],
        ),
        (
            "The rate was highest in Leeds, at 9%, while lowest in Harrogate, at 3%.",
            [(9, "Leeds"), (3, "Harrogate")],
        ),
        (  # near miss: a superlative ranking a place against a wider one
            "Officers in Hull made 38 arrests, the most of any force in the region.",
            [(38, "Hull")],
        ),
    ],
)
def test_coordinated_superlative_places_its_figure(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
