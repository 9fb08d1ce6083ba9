"""A span singled out with "alone" is a part of a whole stated before it: the sentences
after it that borrow a period take the whole's; sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)

HALF = ("2025-05-01", "2025-10-31")
SEP_OCT = ("2025-09-01", "2025-10-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Kent seized 212 cars over the past six months. A further 48 cars "
            "were seized in September and October alone. Maidstone had the highest number "
            "of seized cars, 37, followed by Ashford with 22.",
            {212: HALF, 48: SEP_OCT, 37: HALF, 22: HALF},
            id="a-ranking-after-the-part-takes-the-whole",
        ),
        pytest.param(
            "Wardens recovered £640,000 in unpaid fines over the past six months. Some "
            "£95,000 came in during September and October alone.\n\nIn Gravesend, one "
            "landlord paid £21,500.",
            {640000: HALF, 95000: SEP_OCT, 21500: HALF},
            id="a-place-led-part-after-the-part-takes-the-whole",
        ),
        # near misses: no "alone", or no whole stated before the part
        pytest.param(
            "Officers in Kent seized 212 cars over the past six months. A further 48 cars "
            "were seized in September and October. Maidstone had the highest number "
            "of seized cars, 37, followed by Ashford with 22.",
            {212: HALF, 48: SEP_OCT, 37: SEP_OCT, 22: SEP_OCT},
            id="no-alone-the-nearest-span-stays",
        ),
        pytest.param(
            "Officers in Kent seized 48 cars in September and October alone. Maidstone had "
            "the highest number of seized cars, 17, followed by Ashford with 9.",
            {48: SEP_OCT, 17: SEP_OCT, 9: SEP_OCT},
            id="no-whole-before-the-part-stays",
        ),
    ],
)
def test_a_part_singled_out_gives_way_to_its_whole(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
