"""A sentence opening on "The total" after a breakdown by place points back to the whole of
the parts: when the parts count another noun than the whole ("412 knives … Chelmsford, where
96 weapons …"), the nearest count before them at least their sum is that whole (rule
``total_of_other_noun``), and every figure of that sentence takes the whole's area (rule
``total_sentence``), both in :mod:`pressfacts.statistics.part_wholes`. Sentences invented for
these tests; the near misses name no such whole or open on another subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized 520 knives and blades across Kent last month. Maidstone had 140 knives, "
         "followed by Dover with 95 and Ashford with 80. The total was up 12% on the same "
         "month last year, when 464 items were seized.",
         [(520, "Kent"), (140, "Maidstone"), (95, "Dover"), (80, "Ashford"), (12, "Kent"),
          (464, "Kent")]),
        ("Some 1,900 offences were recorded in Suffolk in 2025. Ipswich saw 580 crimes, "
         "followed by Lowestoft with 330 and Bury St Edmunds with 280. The total fell by 6%.",
         [(1900, "Suffolk"), (580, "Ipswich"), (330, "Lowestoft"), (280, "Bury St Edmunds"),
          (6, "Suffolk")]),
        # near misses: the last part's own sentence; a count before the parts too small to
        # be their whole keeps the largest part's area
        ("Officers seized 520 knives and blades across Kent last month. Maidstone had 140 knives, "
         "followed by Dover with 95 and Ashford with 80. Ashford's figure was up 12% on "
         "last year.",
         [(520, "Kent"), (140, "Maidstone"), (95, "Dover"), (80, "Ashford"),
          (12, "Ashford")]),
        ("Kent Police staffed 14 bins last month. Maidstone had 140 knives, followed by "
         "Dover with 95 and Ashford with 80. The total was up 12%.",
         [(14, "Kent"), (140, "Maidstone"), (95, "Dover"), (80, "Ashford"),
          (12, "Maidstone")]),
    ],
)  # fmt: skip
def test_total_of_other_noun(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
