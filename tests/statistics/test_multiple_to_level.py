"""Rule ``multiple_to_level``: the level a multiple reached ("doubled, to 88") is of the
later period of the comparison stated before, as after "rose by 12%, to"; near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 4)
Y2024 = ("2024-01-01", "2024-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
BOTH = ("2023-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Referrals in Lincolnshire rose to 930 in 2024, up from 810 in 2023. Referrals"
            " from Boston alone doubled, to 88.",
            {930: Y2024, 810: Y2023, 2: BOTH, 88: Y2024},
        ),
        (
            "Thefts of bikes in Oxford fell to 1,240 in 2024, down from 1,610 in 2023. Thefts in"
            " Banbury halved to 41, and thefts in Bicester more than trebled, to 37.",
            {1240: Y2024, 1610: Y2023, 50: BOTH, 41: Y2024, 3: BOTH, 37: Y2024},
        ),
        # near miss: no comparison stated, so the level stays undated as the multiple does
        (
            "Reports in Durham rose by 12% in 2024. Reports from Consett alone doubled, to 88.",
            {12: Y2024, 2: None, 88: None},
        ),
    ],
)
def test_multiple_to_level(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
