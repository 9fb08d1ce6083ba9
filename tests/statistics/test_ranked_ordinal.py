"""A count ranked below the top after an ordinal and a superlative takes the noun of the
count of the sentence before, as the top one does (rule ``ranked_ordinal`` of
``elided_subjects.RANK_ORDINAL``, read by ``elided_subjects.ranks_most``): "Hull had the
second highest number, with 49" after "… 130 reports …" (sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Humberside Police received 130 reports of fraud. Hull had the second highest "
         "number, with 49.", [(130, "reports"), (49, "reports")]),
        ("Crews attended 210 fires in the county. Ashford saw the third-largest total, 26.",
         [(210, "fires"), (26, "fires")]),
        ("Officers seized 88 bikes in the spring. Luton recorded the next highest, with 17.",
         [(88, "bikes"), (17, "bikes")]),
        # near misses: a noun of its own; an ordinal with no superlative (no rank)
        ("Humberside Police received 130 reports of fraud. Hull had the second highest "
         "number, with 49 calls.", [(130, "reports"), (49, "calls")]),
        ("Humberside Police received 130 reports of fraud. Hull topped the list for the "
         "second time, with 49.", [(130, "reports")]),
    ],
)  # fmt: skip
def test_ranked_ordinal(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted((f.value, f.unit) for f in nlp(text)._.statistics) == sorted(expected)
