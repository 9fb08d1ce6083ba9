"""A sentence opening on a share of bare case words ("In almost 40% of cases the patient had
been drinking", ``back_reference_openings.SHARE_OF_CASES_OPENS_IN``, rule
``share_of_cases_opens_in``) takes the period of the figures before it, with or without a
comma. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nurses at the Leicester site reported 512 attacks in 2024. In 35% of cases the "
            "attacker was under the influence of drugs.",
            {512: Y2024, 35: Y2024},
            id="per-cent-of-cases-no-comma",
        ),
        pytest.param(
            "Staff on the wards logged 230 assaults in 2024. In about 45% of incidents the "
            "victim was a nurse.",
            {230: Y2024, 45: Y2024},
            id="per-cent-of-incidents",
        ),
        pytest.param(
            "Staff on the wards logged 230 assaults in 2024. In one in five cases staff needed "
            "hospital treatment.",
            {230: Y2024, 20: Y2024},
            id="one-in-five-cases",
        ),
        pytest.param(
            "Paramedics in Suffolk were assaulted 318 times in 2024, up from 290 in 2023. In "
            "28% of cases the patient was drunk.",
            {318: Y2024, 290: ("2023-01-01", "2023-12-31"), 28: Y2024},
            id="after-a-level-and-its-yardstick",
        ),
        # near misses: a whole named of its own; not a case word
        pytest.param(
            "Nurses at the Leicester site reported 512 attacks in 2024. In 35% of cases of "
            "theft across the city, nobody is charged.",
            {512: Y2024, 35: None},
            id="cases-of-a-whole",
        ),
        pytest.param(
            "Nurses at the Leicester site reported 512 attacks in 2024. In 35% of schools "
            "the heating is broken.",
            {512: Y2024, 35: None},
            id="not-a-case-word",
        ),
    ],
)
def test_share_of_cases_opening_takes_the_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
