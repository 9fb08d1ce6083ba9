"""The two levels of "from X to Y" over whole years take the first and the last year
(pressfacts.statistics.period_range_levels); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 3, 20)

RANGE_LEVEL_ROWS = [
    pytest.param(
        "Knife possession offences in Luton fell from 128 to 97 between 2022 and 2024.",
        {128: ("2022-01-01", "2022-12-31"), 97: ("2024-01-01", "2024-12-31")},
        id="calendar-years",
    ),
    pytest.param(
        "Burglaries in Crawley rose from 410 to 530 between 2021/22 and 2023/24.",
        {410: ("2021-04-01", "2022-03-31"), 530: ("2023-04-01", "2024-03-31")},
        id="financial-years",
    ),
    pytest.param(
        "Thefts in Ripon fell by 12% from 900 to 792 between 2022 and 2024.",
        {
            12: ("2022-01-01", "2024-12-31"),
            900: ("2022-01-01", "2022-12-31"),
            792: ("2024-01-01", "2024-12-31"),
        },
        id="the-change-keeps-the-span",
    ),
    # near miss: a span of months names no years whose levels these are
    pytest.param(
        "Arrests in Bury rose from 40 arrests to 70 between April and September.",
        {40: ("2024-04-01", "2024-09-30"), 70: ("2024-04-01", "2024-09-30")},
        id="months-keep-the-span",
    ),
    # rule change_over_span_to_level: the span between the change and "to" its level
    pytest.param(
        "Spending on drones in Kent rose by 41% between 2020/21 and 2023/24, to £3.1m.",
        {41: ("2020-04-01", "2024-03-31"), 3100000: ("2023-04-01", "2024-03-31")},
        id="change-over-span-to-level",
    ),
    pytest.param(
        "Call volumes in Powys fell between 2019 and 2023 to 8,400.",
        {8400: ("2023-01-01", "2023-12-31")},
        id="change-over-span-to-level-no-amount",
    ),
    pytest.param(
        "Overtime in Gwent grew from 2018 to 2022, to £2.6m.",
        {2600000: ("2022-01-01", "2022-12-31")},
        id="change-from-year-to-year-to-level",
    ),
    # rule change_over_span_reaching: a multiplier, ", reaching" the level (sentences invented)
    pytest.param(
        "In Gwynedd, hate crime reports doubled between 2021 and 2023, reaching 412.",
        {2: ("2021-01-01", "2023-12-31"), 412: ("2023-01-01", "2023-12-31")},
        id="doubled-between-years-reaching",
    ),
    pytest.param(
        "Shoplifting offences in Hull trebled from 2020 to 2023, reaching 2,140.",
        {3: ("2020-01-01", "2023-12-31"), 2140: ("2023-01-01", "2023-12-31")},
        id="trebled-from-year-to-year-reaching",
    ),
    pytest.param(
        "Drug seizures in Dorset rose by 27% between 2021/22 and 2023/24, reaching 640.",
        {27: ("2021-04-01", "2024-03-31"), 640: ("2023-04-01", "2024-03-31")},
        id="rose-between-financial-years-reaching",
    ),
    # near misses: a multiplier over months, and no level reached, keep the span
    pytest.param(
        "Reports in Fife doubled between April and June, reaching 310.",
        {2: ("2024-04-01", "2024-06-30"), 310: ("2024-04-01", "2024-06-30")},
        id="doubled-over-months-kept",
    ),
    # near misses: the span after the level, a span of months
    pytest.param(
        "Spending on drones in Kent rose by 41% to £3.1m between 2020 and 2023.",
        {41: ("2020-01-01", "2023-12-31"), 3100000: ("2020-01-01", "2023-12-31")},
        id="span-after-level-kept",
    ),
    pytest.param(
        "Spending on drones in Kent rose by 41% between April and June, to £3.1m.",
        {41: ("2024-04-01", "2024-06-30"), 3100000: ("2024-04-01", "2024-06-30")},
        id="months-before-level-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_LEVEL_ROWS)
def test_from_to_levels_over_whole_years(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected


REACHED_THEN_FROM_ROWS = [
    pytest.param(
        "Avon and Somerset Police recorded 5,200 thefts in the year to the end of September, "
        "8% fewer than in the previous 12 months. Stalking offences made up around one in "
        "eight of the total, and harassment offences rose to 310 from 262.",
        {
            5200: ("2023-10-01", "2024-09-30"),
            8: ("2022-10-01", "2024-09-30"),
            12.5: ("2023-10-01", "2024-09-30"),
            310: ("2023-10-01", "2024-09-30"),
            262: ("2022-10-01", "2023-09-30"),
        },
        id="the-level-reached-then-where-it-rose-from",
    ),
    pytest.param(
        "Avon and Somerset Police recorded 5,200 thefts in the year to the end of September, "
        "8% fewer than in the previous 12 months. Harassment offences rose to 310 from 262.",
        {
            5200: ("2023-10-01", "2024-09-30"),
            8: ("2022-10-01", "2024-09-30"),
            310: ("2023-10-01", "2024-09-30"),
            262: ("2022-10-01", "2023-09-30"),
        },
        id="a-sentence-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_THEN_FROM_ROWS)
def test_the_level_a_change_started_from_after_the_level_reached(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected


Y_TO_MARCH = ("2023-04-01", "2024-03-31")
Y_BEFORE = ("2022-04-01", "2023-03-31")

FROM_TO_YEAR_BEFORE_ROWS = [
    # rule from_to_year_before: the first level is the same span a year earlier
    pytest.param(
        "Police in Tayside recorded 1,210 hate incidents in the year to March. Sectarian "
        "incidents fell slightly, from 420 to 398.",
        {1210: Y_TO_MARCH, 420: Y_BEFORE, 398: Y_TO_MARCH},
        id="carried-year",
    ),
    # rule from_level_not_contrasted: a later clause's yardstick is not the first level's
    pytest.param(
        "Police in Tayside recorded 1,210 hate incidents in the year to March. In Dundee, "
        "incidents fell from 420 to 398, while Perth recorded 120, 14 fewer than a year "
        "earlier.",
        {
            1210: Y_TO_MARCH,
            420: Y_BEFORE,
            398: Y_TO_MARCH,
            120: Y_TO_MARCH,
            14: ("2022-04-01", "2024-03-31"),
        },
        id="while-clause-yardstick",
    ),
    # near misses: a level with no "to" after it; a span of years split by range_level
    pytest.param(
        "Police in Tayside recorded 1,210 hate incidents in the year to March, up from 1,100.",
        {1210: Y_TO_MARCH, 1100: Y_BEFORE},
        id="from-alone-compared",
    ),
    pytest.param(
        "Knife possession offences in Luton fell from 128 to 97 between 2022 and 2024.",
        {128: ("2022-01-01", "2022-12-31"), 97: ("2024-01-01", "2024-12-31")},
        id="span-of-years",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_TO_YEAR_BEFORE_ROWS)
def test_from_to_with_a_carried_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
