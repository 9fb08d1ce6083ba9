"""A ranked count after a superlative and the group the things counted make up takes the
noun of the count of the sentence before (rule ``ranked_group`` of
``elided_words.RANKED_GROUP``, read by ``elided_subjects.ranks_most``): "Norwich has the
largest team, with 41" after "… funds 172 PCSOs" (sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suffolk Constabulary employs 140 wardens. Ipswich has the largest team, "
         "with 38, followed by Lowestoft with 21.",
         [(140, "wardens"), (38, "wardens"), (21, "wardens")]),
        ("Kent Police trained 96 volunteers last year. Dover sent the biggest contingent, "
         "with 30.", [(96, "volunteers"), (30, "volunteers")]),
        # the total already read before the rule
        ("Essex Police fined 400 drivers. Basildon had the highest number, with 120.",
         [(400, "drivers"), (120, "drivers")]),
        # near misses: a noun of its own; a group with no comma before the count
        ("Suffolk Constabulary employs 140 wardens. Ipswich has the largest team, "
         "with 38 volunteers.", [(140, "wardens"), (38, "volunteers")]),
        ("Suffolk Constabulary employs 140 wardens. Ipswich has the largest team "
         "of 38.", [(140, "wardens")]),
    ],
)  # fmt: skip
def test_ranked_group(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted((f.value, f.unit) for f in nlp(text)._.statistics) == sorted(expected)
