"""The floor a condition sets ("If you rent out a house to five or more people …, it needs
a licence") says which cases a rule is for and is no statistic (exclusion
``conditional-floor``, :data:`pressfacts.statistics.thresholds.CONDITIONAL_FLOOR`).
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"If you let a flat to three or more tenants, you need a licence," she said.', []),
        ("A licence is needed where five or more people from two households share.", []),
        ("Landlords must register once they rent to four or more unrelated sharers.", []),
        # near misses: no condition, or no floor
        (
            "Officers found 12 or more people living in each of the houses.",
            [(12, "people")],
        ),
        ("If 40 officers are needed, the force will send them.", [(40, "officers")]),
    ],
)
def test_conditional_floor(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
