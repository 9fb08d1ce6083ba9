""" "twice over" closing a clause means in two ways, or once more: no multiple (exclusion
``twice-over`` of :data:`pressfacts.statistics.idiom_exclusions.IDIOM_EXCLUSIONS`).
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"These tenants are being exploited twice over, at work and at home," he said.', []),
        ("Victims of the scam paid for the same repair twice over.", []),
        ('"They lose out twice over when the landlord keeps the deposit," she said.', []),
        ("Families were let down twice over and nobody was held to account.", []),
        # near misses: a multiple that is a figure
        ("Reports of damp doubled in Oldham last year.", [(2, "times")]),
        (
            "The council issued 60 notices, twice as many as in 2024.",
            [(60, "notices"), (2, "times")],
        ),
    ],
)
def test_twice_over(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
