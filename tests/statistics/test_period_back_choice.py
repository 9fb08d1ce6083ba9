"""A back-reference of :data:`~pressfacts.statistics.period_back_choice.NEAREST_ONLY`
takes the period of the sentence right before it, or none (sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2022, 5, 10)
Y2021 = ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wardens issued 300 fines in 2021. Another 45 fines were cancelled.",
         {300: Y2021, 45: Y2021}),
        ("Wardens issued 300 fines in 2021. An additional 45 notices were sent.",
         {300: Y2021, 45: Y2021}),
        # the sentence right before states no period: neither does the further count
        ("Wardens issued 300 fines in 2021.\n\nMore than 900 people have signed the pledge. "
         "A further 45 people have joined the scheme.",
         {300: Y2021, 900: None, 45: None}),
        # near misses: a length, money to come
        ("Wardens issued 300 fines in 2021. A further three years of patrols were agreed.",
         {300: Y2021}),
    ],
)  # fmt: skip
def test_a_further_count(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wardens issued 300 fines in 2021. A sixth of them were for parking.",
         {300: Y2021, 16.7: Y2021}),
        ("Wardens issued 300 fines in 2021. An eighth of them were cancelled.",
         {300: Y2021, 12.5: Y2021}),
    ],
)  # fmt: skip
def test_a_sixth_or_an_eighth_points_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share right after an undated sample is a share of that sample: undated
        ("Wardens in Derby issued 300 fines in 2021.\n\nThe study draws on interviews with "
         "40 residents. One in four said they felt safer.",
         {300: Y2021, 40: None, 25: None}),
        ("Wardens in Derby issued 300 fines in 2021. The charity spoke to 60 shopkeepers. "
         "Nearly half said they had been threatened.",
         {300: Y2021, 60: None, 50: None}),
        ("Wardens in Derby issued 300 fines in 2021.\n\nThe findings are based on a survey "
         "of 1,200 adults. A third said they never walk alone at night.",
         {300: Y2021, 1200: None, 33.3: None}),
        # near misses: no sample before the share (it still takes 2021); a length, no sample
        ("Wardens in Derby issued 300 fines in 2021. They also seized 40 bikes. Nearly half "
         "of them were stolen.",
         {300: Y2021, 40: Y2021, 50: Y2021}),
        ("Wardens in Derby issued 300 fines in 2021. The study draws on three years of work. "
         "One in four of the fines was for parking.",
         {300: Y2021, 25: Y2021}),
    ],
)  # fmt: skip
def test_a_share_of_an_undated_sample(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


FY = ("2020-04-01", "2021-03-31")
FY22 = ("2022-04-01", "2023-03-31")
LEAD = "The commissioner has given £50,000 for 2022/23 to a scheme in Wirral.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the haul of the raids just counted, over their span
        (LEAD + "Merseyside Police closed 120 cannabis farms in 2020/21. Officers seized "
         "9,400 plants worth £7.5m.",
         {50000: FY22, 120: FY, 9400: FY, 7500000: FY}),
        (LEAD + "Detectives in Gwent raided 35 homes in 2020/21. They recovered more than "
         "£80,000 in cash.",
         {50000: FY22, 35: FY, 80000: FY}),
        # near misses: no raids counted before (arrests); a perfect (done by now)
        (LEAD + "Officers in Gwent made 140 arrests in 2020/21. Officers seized 300 "
         "knives.",
         {50000: FY22, 140: FY, 300: None}),
        (LEAD + "Merseyside Police closed 120 cannabis farms in 2020/21. Officers have "
         "seized 900 knives since the amnesty began.",
         {50000: FY22, 120: FY, 900: None}),
    ],
)  # fmt: skip
def test_a_haul_seized(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
