"""A share held by a place with a time adverb before its verb ("the North West now
accounted for around 14% of all referrals in England and Wales") is that place's share
(rule ``share_adverb`` of :data:`pressfacts.statistics.share_areas.SHARE_OF`), not the
wider whole's named after it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wales now accounts for 6% of all such referrals in the UK.", [(6, "Wales")]),
        ("Kent still made up 9% of burglaries across the South East.", [(9, "Kent")]),
        ("Glasgow already accounted for a third of the thefts in Scotland.", [(33.3, "Glasgow")]),
        # near misses: no place before the share's verb; a place whose count is stated
        ("Burglaries now account for 9% of all crime in the South East.",
         [(9, "South East")]),
        ("Officers in Kent now seize 40 knives a month across the South East.",
         [(40, "South East")]),
    ],
)  # fmt: skip
def test_a_share_after_a_time_adverb_is_the_place_s(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
