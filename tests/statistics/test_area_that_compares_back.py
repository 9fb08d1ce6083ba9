"""Every figure of a sentence opened by "That is"/"This was" comparing the figure just
stated ("That is nearly double the 3,540 reports of 2023") is of the place of that figure,
not the document's area (area rule ``that-compares-back``,
:data:`pressfacts.statistics.pronoun_openings.THAT_COMPARES_BACK`). Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_UK = "A charity survey found one in six adults in the UK had been defrauded. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_UK + "Forces in England and Wales recorded 5,210 reports in 2025. That is nearly "
         "double the 2,700 reports recorded in 2022.",
         [(16.7, "UK"), (5210, "England and Wales"), (2, "England and Wales"),
          (2700, "England and Wales")]),
        (_UK + "Police in Scotland logged 880 reports in 2025. This was 120 more than in 2024.",
         [(16.7, "UK"), (880, "Scotland"), (120, "Scotland")]),
        (_UK + "Police in Wales logged 300 reports in 2025. That’s up 20% on the 250 reports "
         "of 2024.", [(16.7, "UK"), (300, "Wales"), (20, "Wales"), (250, "Wales")]),
        # near misses: no comparison after the opening; a place of the sentence's own
        (_UK + "Police in Wales logged 300 reports in 2025. That is why 40 officers were "
         "trained.", [(16.7, "UK"), (300, "Wales"), (40, "UK")]),
        (_UK + "Police in Wales logged 300 reports in 2025. That is double the 150 reports "
         "made in Northern Ireland.",
         [(16.7, "UK"), (300, "Wales"), (2, "Wales"), (150, "Northern Ireland")]),
    ],
)  # fmt: skip
def test_that_compares_back(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
