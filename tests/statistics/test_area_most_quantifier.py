""" "Most" after a preposition or opening a sentence is a quantifier, not a superlative, so
the place after it is no superlative's scope (rule ``most_quantifier``,
``located_groups.MOST_QUANTIFIER_BEFORE``, read by the place role ``superlative-scope``):
"gangs behind most van break-ins across Kent. Since May, officers have made 40 arrests"
leads Kent in to the 40. Near misses: "the most … in Kent" and "had most … in Kent" still
rank against it. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    (
        "Thefts from vans in Maidstone fell by 10%, Kent Police said.\n\nThe operation "
        "targets gangs behind most van break-ins across Kent. Since May, officers have made "
        "40 arrests.",
        [(10, "Maidstone"), (40, "Kent")],
    ),
    (
        "Burglaries in Hove fell by 8%, Sussex Police said.\n\nThe unit deals with most "
        "burglaries in Sussex. Last year it made 120 arrests.",
        [(8, "Hove"), (120, "Sussex")],
    ),
    (
        "Thefts in Crewe rose by 5%, Cheshire Police said.\n\nMost thefts in Cheshire happen at "
        "night. Officers made 40 arrests.",
        [(5, "Crewe"), (40, "Cheshire")],
    ),
    # near misses: a superlative ranking against the county leads nothing in
    (
        "Thefts from vans in Maidstone fell by 10%, Kent Police said.\n\nThe town has the "
        "most van break-ins in Kent. Officers made 40 arrests.",
        [(10, "Maidstone"), (40, "Maidstone")],
    ),
    (
        "Thefts from vans in Maidstone fell by 10%, Kent Police said.\n\nThe town had most "
        "van break-ins in Kent. Officers made 40 arrests.",
        [(10, "Maidstone"), (40, "Maidstone")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_most_quantifier(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
