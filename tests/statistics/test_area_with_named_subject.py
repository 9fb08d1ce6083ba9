""" ", with" and a named subject doing something ("Officers in Leeds made 310 arrests,
with Bradford making 204") opens a clause of its own: the count after it takes that
subject's place, not the place of the clause before (clause break of
``clause_breaks.YARDSTICK_BREAK``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Preston made 310 arrests in May, with Blackburn making 204.",
            [(310, "Preston"), (204, "Blackburn")],
        ),
        (
            "The branch in Swansea took 6,950 calls in 2024, with the Cardiff branch taking 8,420.",
            [(6950, "Swansea"), (8420, "Cardiff")],
        ),
        (  # near miss: the people doing it are the place's own
            "Officers in Preston made 310 arrests in May, with 40 of them made in one week.",
            [(310, "Preston"), (40, "Preston")],
        ),
    ],
)
def test_with_named_subject_has_its_own_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
