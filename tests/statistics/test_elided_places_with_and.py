"""A gapped count after a level verb is read when the next place's name holds "and", "of" or
"upon" ("while Hove recorded 88 and Brighton and Hove 21"; elided rule ``level_at_end``).
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Leeds accounted for 400 of the reports, while Bradford recorded 120 and Brighton and "
        "Hove 95.",
        [
            (400, "reports", "Leeds"),
            (120, "reports", "Bradford"),
            (95, "reports", "Brighton and Hove"),
        ],
        id="place-with-and",
    ),
    pytest.param(
        "Hull recorded 50 thefts, while York recorded 30 and Kingston upon Thames 20.",
        [(50, "thefts", "Hull"), (30, "thefts", "York"), (20, "thefts", "Kingston upon Thames")],
        id="place-with-upon",
    ),
    # near miss: no place after "and", only a new subject with a noun of its own
    pytest.param(
        "The team recorded 97 and officers in Leeds made 40 arrests.",
        [(40, "arrests", "Leeds")],
        id="no-place-after-and",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_places_with_and(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    doc = nlp(text)
    assert [(f.value, f.unit, f.area) for f in doc._.statistics] == expected
