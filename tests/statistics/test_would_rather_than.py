"""A figure in a stated preference ("We would rather test a hundred drinks and find nothing
than miss one") is no tally (exclusion ``would-rather-than`` of
:data:`pressfacts.statistics.exclusions.EXCLUSIONS`); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We would rather test a hundred drinks and find nothing than miss one," she said.',
         []),
        ("The inspector said she'd rather stop 50 cars and find nothing than miss a drunk "
         "driver.", []),
        ('"I would sooner search ten bags too many than let one knife through," he said.', []),
        ("Stewards said they’d rather turn away 200 fans than let the ground overfill.", []),
        # near misses: a count with "rather than" and no "would"; "would rather" with no "than"
        ("Door staff tested 100 drinks rather than 50 last month.",
         [(100, "drinks"), (50, "drinks")]),
        ("Officers would rather see 12 people arrested, the sergeant said.", [(12, "people")]),
    ],
)  # fmt: skip
def test_would_rather_than(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
