""" "Its"/"Their" opening a sentence right after a sentence about the release's own body
("The charity warned that the summer is its busiest time.") owns the body's figure, not
the place of the figure before: the document's area follows (rule
``possessive_issuer_owner``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The RSPCA received 5,000 reports in England and Wales. London had 700 of them. The "
        "charity warned that summer is its busiest time. In August, its emergency line "
        "took 14,000 calls.",
        [(5000.0, "England and Wales"), (700.0, "London"), (14000.0, "England and Wales")],
        id="the-charity-then-its",
    ),
    pytest.param(
        "Kent Police recorded 1,200 thefts in 2023. Dover had 140 of them. The force said "
        "demand was rising. Its control room took 8,000 calls in August.",
        [(1200.0, "Kent"), (140.0, "Dover"), (8000.0, "Kent")],
        id="the-force-then-its",
    ),
    # near misses: the sentence before names a place; it is not about the body
    pytest.param(
        "The trust covers Devon and Cornwall. Its outreach team reached 1,400 people.",
        [(1400.0, "Devon and Cornwall")],
        id="the-trust-names-a-place",
    ),
    pytest.param(
        "The charity took 5,000 calls across Wales. Cardiff had 900 of them. Its hospital "
        "also took 400 referrals.",
        [(5000.0, "Wales"), (900.0, "Cardiff"), (400.0, "Cardiff")],
        id="a-place-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_possessive_issuer_owner(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
