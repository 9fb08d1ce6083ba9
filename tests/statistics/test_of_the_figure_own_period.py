"""Rule ``of_the_figure_own_period`` (:mod:`pressfacts.statistics.period_of_the_figure`):
"Of the 140 call-outs, 52 …" dates the 52 as the 140 was dated in its own sentence: the
first period after the 140 with no comparison between, else the last before it in the
sentence; not the yardstick's period stated after it ("up from 96 in 2022"), nor a later
figure's ("and 31 in June")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the sentence after "Of the …" goes on in the restated figure's period
        ("Fire crews attended 930 incidents in the year to March.\n\nThey were called out 412 "
         "times during the year, up from 377 call-outs by the old retained crews in 2022/23."
         "\n\nOf the 412 call-outs, 96 were false alarms.\n\nIn Ripon alone, crews were "
         "called 41 times.", 41, ("2024-04-01", "2025-03-31")),
        ("In 2024 the lifeboat crew launched 140 times, up from 96 launches by the old boat in "
         "2022. Of the 140 launches, 52 came at night. Another 17 were to help swimmers.", 17,
         ("2024-01-01", "2024-12-31")),
        ("The dog unit was deployed 612 times during 2024, up from 390 searches by the older "
         "dogs in 2022. Of the 612 deployments, 214 were for missing people. In Boston the "
         "dogs were used 58 times.", 58, ("2024-01-01", "2024-12-31")),
        # as before: the figure's period stated before it; the one period there is
        ("From 1 to 7 March 2021 officers seized 12 cars. Of the 12, 5 were stolen.",
         5, ("2021-03-01", "2021-03-07")),
        ("Wardens issued 85 fines over the summer of 2024. Of the 85, 19 went unpaid.",
         19, ("2024-06-01", "2024-08-31")),
    ],
)  # fmt: skip
def test_of_the_figure_own_period(
    nlp: Language, periods_of: PeriodsOf, text: str, figure: float, expected: object
) -> None:
    assert periods_of(nlp, text, P)[figure] == expected
