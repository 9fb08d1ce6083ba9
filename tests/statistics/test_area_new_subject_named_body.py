"""``clause_breaks.NEW_SUBJECT``: ", and" + a body named by two or more capitalised words
after "the", with "of" inside its name, + its verb opens a clause of that body's own area
(", and the Police Service of Northern Ireland attended 214 calls"); the clause before
keeps its place. Near misses: "the" + a single capitalised word, or a lower-case subject,
opens no clause of its own. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Forces in Wales made 61 arrests last year, and the Police Service of Northern "
        "Ireland attended 230 calls.",
        [(61, "Wales"), (230, "Northern Ireland")],
        id="the-body-with-of",
    ),
    pytest.param(
        "Officers in Hampshire seized 18 vehicles, and the Metropolitan Police recovered 44 more.",
        [(18, "Hampshire"), (44, "London")],
        id="the-two-word-force",
    ),
    # near misses: no new named subject
    pytest.param(
        "Officers in Hampshire seized 18 vehicles in June, and the force recovered 44 phones.",
        [(18, "Hampshire"), (44, "Hampshire")],
        id="the-force-lower-case",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_new_subject_named_body_after_the(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
