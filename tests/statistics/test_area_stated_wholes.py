"""A partitive opening that states its total in figures ("Of the 64 people arrested,
40 …") points back to that total, not to the last count before it (rule
``stated-whole`` in ``part_wholes``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parts of a restated total keep the total's area, not the last borough's
        ("Cleveland Police arrested 64 people. Middlesbrough accounted for 30 of them, with "
         "19 in Stockton and 15 in Hartlepool. Of the 64 people arrested, 40 have been "
         "charged.",
         [(64, "Cleveland"), (30, "Middlesbrough"), (19, "Stockton"), (15, "Hartlepool"),
          (64, "Cleveland"), (40, "Cleveland")]),
        ("Officers in Dorset seized 210 phones. Poole had 90 and Weymouth 70. Out of the 210 "
         "phones seized, 120 were sent for analysis.",
         [(210, "Dorset"), (90, "Poole"), (70, "Weymouth"), (210, "Dorset"), (120, "Dorset")]),
        # near miss: a partitive with no figure still points to the count before it
        ("Officers in Dorset seized 210 phones. Poole had 90. Of those, 60 were stolen.",
         [(210, "Dorset"), (90, "Poole"), (60, "Poole")]),
    ],
)  # fmt: skip
def test_stated_whole(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
