"""The level a change reached ("fell by 7% to 18,240") in a sentence with no period of its
own takes the later period of the release's comparison, not nothing
(pressfacts.statistics.period_change_levels); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 11, 6)

ROWS = [
    pytest.param(
        "Theft went up by 12% in the year to September 2025, compared with the previous "
        "year. In Hull, shoplifting rose by 8% to 2,900 offences.",
        {2900: ("2024-10-01", "2025-09-30")},
        id="rose-by-to",
    ),
    pytest.param(
        "Recorded crime in Suffolk fell by 5% in 2024/25 compared with 2023/24. Vehicle crime "
        "went down by 14% across the county to 3,150 offences.",
        {3150: ("2024-04-01", "2025-03-31")},
        id="went-down-by-with-a-place-between",
    ),
    pytest.param(
        "Arrests in Wrexham rose by 9% in 2024, compared with the year before. Drug seizures "
        "dropped by a fifth to 410 seizures.",
        {410: ("2024-01-01", "2024-12-31")},
        id="a-share-then-to",
    ),
    pytest.param(
        "Burglary fell by 6% in 2024/25 compared with 2023/24. Domestic abuse-related crimes, "
        "however, went up by 5% in Crawley, to 1,480.",
        {1480: ("2024-04-01", "2025-03-31")},
        id="a-comma-before-to",
    ),
    pytest.param(
        "Police recorded 610 hate crimes in Derby in 2024, compared with 560 the year before. "
        "Disability hate crime rose sharply, by 30%, to 210 offences, while homophobic crimes "
        "fell slightly to 95.",
        {210: ("2024-01-01", "2024-12-31"), 95: ("2024-01-01", "2024-12-31")},
        id="an-adverb-before-by-and-a-change-to-without-an-amount",
    ),
    pytest.param(
        "Forces recorded 4,100 thefts in 2024/25, up from 3,600 two years earlier. In the "
        "north, three forces recorded 910 thefts between them, up from 720.",
        {910: ("2024-04-01", "2025-03-31"), 720: ("2022-04-01", "2023-03-31")},
        id="a-level-then-up-from-the-level-before",
    ),
    pytest.param(
        "Reports fell by 8% in 2024 compared with the year before. The helpline took 512 "
        "calls, down from 640.",
        {512: ("2024-01-01", "2024-12-31"), 640: ("2023-01-01", "2023-12-31")},
        id="a-level-then-down-from",
    ),
    pytest.param(
        "Reports rose by 12% in 2024 compared with the year before. Reports of fake "
        "images more than tripled, from 310 to 990.",
        {990: ("2024-01-01", "2024-12-31"), 310: ("2023-01-01", "2023-12-31")},
        id="from-a-level-to-a-level",
    ),
    # a change told as repeated (REPEATED_CHANGE) still reached the level after it
    pytest.param(
        "Quad bike theft cost insurers £3.4m in 2024, down 6% on the year before. Tractor "
        "theft fell for the third year running, to £7.9m, but GPS thefts grew.",
        {7900000: ("2024-01-01", "2024-12-31")},
        id="for-the-third-year-running",
    ),
    pytest.param(
        "Councils cleared 9,400 fly-tips in 2024/25, up 4% on 2023/24. Clear-ups on farmland "
        "rose for a second year, to 1,320 clear-ups.",
        {1320: ("2024-04-01", "2025-03-31")},
        id="for-a-second-year",
    ),
    pytest.param(
        "Sheep worrying reports rose by 11% in 2024 compared with 2023. Attacks in Powys "
        "went up for the 4th time in a row, by 9%, to 188.",
        {188: ("2024-01-01", "2024-12-31")},
        id="for-the-nth-time-in-a-row-then-by",
    ),
    # near misses: a repeat with no level reached ("for the third year" then no "to"), and
    # no comparison in the release
    pytest.param(
        "Arrests in Thirsk rose by 10% in 2024, compared with 2023. Hare coursing fell for the "
        "third year running as 14 gangs were banned.",
        {14: None},
        id="a-repeat-with-no-level",
    ),
    pytest.param(
        "Officers in Louth held a week of action. Poaching fell for the third year running, "
        "to 52 reports.",
        {52: None},
        id="a-repeat-with-no-comparison-stays-undated",
    ),
    # near misses: no comparison in the release; a level not reached by a change
    pytest.param(
        "Officers in Bolton held a week of action. Burglaries fell by 9% to 610 offences.\n\n"
        "The helpline took 512 calls in 2024, up from 380 the year before.",
        {610: None, 512: ("2024-01-01", "2024-12-31")},
        id="a-comparison-of-a-later-paragraph-is-another-series",
    ),
    pytest.param(
        "Officers in Bolton held a week of action. The team made 61 arrests, up from 40.",
        {61: None, 40: None},
        id="up-from-with-no-comparison-stays-undated",
    ),
    pytest.param(
        "Officers in Bolton held a week of action. Burglaries fell by 9% to 610 offences.",
        {610: None},
        id="no-comparison-stays-undated",
    ),
    pytest.param(
        "Thefts in Derby rose by 10% in 2024, compared with 2023. Officers hope to make "
        "45 arrests.",
        {45: None},
        id="not-a-change-to-a-level",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_change_levels(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
