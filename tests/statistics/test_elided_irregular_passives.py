"""A count with its noun left out that opens a passive clause with a participle not ending
in "-ed" ("and 57 were kept in a cell", "while 14 were put on a course") counts the noun of
the count before it (``elided_words.IRREGULAR_PASSIVES`` of rule ``clause_passive``).
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent Police arrested 300 men in 2024, and 57 were kept in custody.",
            [(300, "men"), (57, "men")],
        ),
        (
            "Officers stopped 120 drivers in May, while 14 were put on a course.",
            [(120, "drivers"), (14, "drivers")],
        ),
        (
            "The team visited 88 pupils last term, and 31 were shown how to report abuse.",
            [(88, "pupils"), (31, "pupils")],
        ),
        (
            "Staff saw 64 patients on Friday, and nine were bitten by dogs.",
            [(64, "patients"), (9, "patients")],
        ),
        # near miss: a noun of its own after the count
        (
            "Kent Police arrested 300 men in 2024, and 23 officers were kept back.",
            [(300, "men"), (23, "officers")],
        ),
    ],
)
def test_irregular_passive_of_an_elided_count(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
