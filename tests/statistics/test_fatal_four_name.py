""" "the fatal four" (or five) names the group of driving offences roads policing targets:
no count (exclusion ``fatal-four-name`` of
:data:`pressfacts.statistics.idiom_exclusions.IDIOM_EXCLUSIONS`). Every sentence is
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers stopped 312 motorists for fatal four offences.", [(312, "motorists")]),
        ("The Fatal 5 remain the main causes of crashes on Welsh roads.", []),
        ("Patrols will target the so-called fatal five across Kent this month.", []),
        ('"We will keep going after the fatal four," the sergeant said.', []),
        # near misses: counts of fatal collisions (the number before "fatal")
        ("Four fatal collisions were recorded on the A30 in May.", [(4, "collisions")]),
        ("There were five fatal crashes in Dorset last year.", [(5, "crashes")]),
    ],
)
def test_fatal_four_name(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
