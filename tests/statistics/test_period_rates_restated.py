"""A part of a whole named without its count ("Of the force's officers, 512 …",
back-reference ``of_the_counted_whole``), a rate told again for a place or the country
("The national rate was 548", "Perth's rate of 610 …", "In Moray the rate was 301") and a
place's bodies with "had" ("Across the South East, the six forces had 21,300 officers")
take the period of the figures just stated (back-references ``the_rate_was`` and
``place_body_recorded``); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 1)
YEAR = ("2024-04-01", "2025-03-31")

ROWS = [
    pytest.param(
        "Police Scotland recorded 30,100 crimes in Highland in 2024-25. The national rate was "
        "551 crimes per 10,000 people.",
        {551: YEAR},
        id="the-national-rate-was",
    ),
    pytest.param(
        "Essex Police made 5,200 stops in 2024-25. The arrest rate, the share of stops that "
        "ended in an arrest, was 14%.",
        {5200: YEAR, 14: YEAR},
        id="the-rate-after-an-aside-was",
    ),
    pytest.param(
        "Police Scotland recorded 30,100 crimes in Tayside in 2024-25. Perth's rate of 610 "
        "crimes per 10,000 people was the highest in the division.",
        {610: YEAR},
        id="a-place-s-rate-of",
    ),
    pytest.param(
        "Police Scotland recorded 30,100 crimes in 2024-25. Angus accounted for 9% of them. "
        "Its rate of 402 crimes per 10,000 people was the lowest.",
        {9: YEAR, 402: YEAR},
        id="its-rate-of",
    ),
    pytest.param(
        "Police Scotland recorded 30,100 crimes in the north in 2024-25. In Moray the rate "
        "was 301 crimes per 10,000 people.",
        {301: YEAR},
        id="in-a-place-the-rate-was",
    ),
    pytest.param(
        "Home Office figures show Kent Police had 4,100 officers in 2024-25. Across the South "
        "East, the six forces had 21,300 officers.",
        {21300: YEAR},
        id="a-region-s-forces-had",
    ),
    pytest.param(
        "Home Office figures show Derbyshire Constabulary had 2,050 officers in 2024-25. Of "
        "the force's officers, 512 are based in Derby and 288 in Chesterfield.",
        {512: YEAR, 288: YEAR},
        id="of-the-force-s-officers",
    ),
    pytest.param(
        "The charity trained 300 volunteers in 2024-25. Of its volunteers, 120 are in Swansea.",
        {120: YEAR},
        id="of-its-volunteers",
    ),
    pytest.param(
        "Derbyshire Constabulary had 2,050 officers in 2024-25. Recruiting was hard. Pay was "
        "low. Training was slow. Of the force's officers, 512 are based in Derby.",
        {512: YEAR},
        id="a-release-breakdown-past-the-sentences-before",
    ),
    # near miss: a rate with no figure right after it states nothing back
    pytest.param(
        "Essex Police recorded 900 thefts in 2024-25. The rate of thefts rose in Colchester, "
        "where 40 shops were hit.",
        {40: None},
        id="the-rate-of-without-a-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rates_restated(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
