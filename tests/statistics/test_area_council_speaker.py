"""A figure told by the release's council's named officer ("The council's licensing
committee chair, Ann Ford, said 12 premises …") is the council's place, not the release's
force area (rule ``council_speaker`` of area rule ``council-subject``,
:data:`pressfacts.statistics.force_subjects.COUNCIL_SPEAKER`). Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = (
    "Kent Police seized 40 bikes last year in a scheme run with Medway Council. Officers "
    "visited schools to talk about the dangers of riding off-road. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "The council's spokeswoman, Jo Hart, said 15 bikes had been crushed.",
         [(40, "Kent"), (15, "Medway")]),
        (_LEAD + "The council's road safety officer, Jo Hart, said 15 bikes had been crushed.",
         [(40, "Kent"), (15, "Medway")]),
        (_LEAD + "The council’s licensing committee chair, Ravi Shah, said that 9 premises "
         "had been given extra conditions.", [(40, "Kent"), (9, "Medway")]),
        # near misses: the force's officer, a place of the sentence's own, an officer
        # named after "said"
        (_LEAD + "The force's spokeswoman, Jo Hart, said 15 bikes had been crushed.",
         [(40, "Kent"), (15, "Kent")]),
        (_LEAD + "The council's spokeswoman, Jo Hart, said 15 bikes had been crushed in "
         "Gillingham.", [(40, "Kent"), (15, "Gillingham")]),
        (_LEAD + "Sergeant Jo Hart said 15 bikes had been crushed.", [(40, "Kent"), (15, "Kent")]),
    ],
)  # fmt: skip
def test_council_speaker(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
