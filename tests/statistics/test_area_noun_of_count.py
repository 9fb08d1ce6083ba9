"""Rule ``noun-of-count`` of :func:`pressfacts.statistics.part_wholes.named_whole_noun`: a
partitive opening naming a noun that no count's unit is ("Of those reviews, eight …")
points back to the count the noun was said "of" or "for" ("asked for reviews of 14
licensed premises"): its parts take that count's area, not the place of the sentence
before. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Kent Police asked for reviews of 11 licensed premises last year.\n\n"
        "In Dover, 80 assaults were recorded, while Margate saw 54.\n\n"
        "Of those reviews, six ended with new conditions.",
        [(11, "Kent"), (80, "Dover"), (54, "Margate"), (6, "Kent")],
        id="reviews-of",
    ),
    pytest.param(
        "Officers in Cumbria made referrals for 42 children last year.\n\n"
        "In Carlisle, 19 homes were visited.\n\n"
        "Of those referrals, 30 were to children's services.",
        [(42, "Cumbria"), (19, "Carlisle"), (30, "Cumbria")],
        id="referrals-for",
    ),
    # near misses: the noun is the unit of the count before (read as before); the noun was
    # never said of a count (the last count's place, as before)
    pytest.param(
        "Kent Police reviewed 11 premises last year.\n\n"
        "In Dover, 80 assaults were recorded.\n\n"
        "Of those assaults, 12 were in the town centre.",
        [(11, "Kent"), (80, "Dover"), (12, "Dover")],
        id="unit-named",
    ),
    pytest.param(
        "Kent Police reviewed 11 premises last year.\n\n"
        "In Dover, 80 assaults were recorded.\n\n"
        "Of those reviews, six ended with new conditions.",
        [(11, "Kent"), (80, "Dover"), (6, "Dover")],
        id="noun-not-said-of-a-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_noun_of_count(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
