"""A stock stated as it is now ("now has", "currently employs", "there are now"), then the
level it rose or fell from with a time of its own, is not the later period of the
release's comparison stated before (rule ``present_stock_level`` of
:mod:`pressfacts.statistics.period_change_levels`): it has no period. Sentences written
for these tests; P is 2024-03-05. Near miss: the same sentence without the present word
(the later period of the release's comparison)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)
COMPARED = "Officers arrested 310 people for theft in 2023, 22% more than in 2022. "


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (COMPARED + "She said the watch scheme now had 143 members, up from 90 a year ago.",
         143, None),
        (COMPARED + "The hub currently employs 12 caseworkers, up from seven a year ago.", 12,
         None),
        (COMPARED + "Across the county there are now 26 wardens, up from 19 a year ago.", 26,
         None),
        # near miss: no present word
        (COMPARED + "She said the watch scheme had 143 members, up from 90 a year ago.", 143,
         ("2023-01-01", "2023-12-31")),
    ],
)  # fmt: skip
def test_present_stock_level(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: object
) -> None:
    assert periods_of(nlp, text, P).get(value) == expected
