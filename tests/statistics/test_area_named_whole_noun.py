"""An opening naming the total's noun with no figure ("Of the bikes seized, …") points back
to the last count of that noun, not to the last count of a breakdown before it (rule
``named-whole-noun``, pressfacts.statistics.part_wholes). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Lancashire Police seized 140 bikes. Preston accounted for 60 of the seizures, while "
        "Burnley recorded 31. Of the bikes seized, nearly half were stolen, and 22 riders "
        "were charged.",
        [
            (140, "Lancashire"),
            (60, "Preston"),
            (31, "Burnley"),
            (50, "Lancashire"),
            (22, "Lancashire"),
        ],
        id="noun-whole-before-breakdown",
    ),
    pytest.param(
        "Kent Police made 90 arrests. Dover accounted for 40 of the arrests, while "
        "Canterbury recorded 12. Of the arrests, five led to charges.",
        [(90, "Kent"), (40, "Dover"), (12, "Canterbury"), (5, "Kent")],
        id="breakdown-of-the-same-noun",
    ),
    # near miss: no count before counts the opening's noun: the last count is pointed to
    pytest.param(
        "Kent Police made 90 arrests. Dover accounted for 40 of the arrests, while "
        "Canterbury recorded 12. Of the drivers stopped, five were charged.",
        [(90, "Kent"), (40, "Dover"), (12, "Canterbury"), (5, "Canterbury")],
        id="no-count-of-the-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_named_whole_noun(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected
