"""Seasons as periods: meteorological months, the latest begun by P, cut at P."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

periods = phrase_spans


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the latest season begun by P, whole when over
        ("Burglaries fell over the summer.", dt.date(2023, 10, 2), [("2023-06-01", "2023-08-31")]),
        ("Calls rose during the autumn.", dt.date(2022, 12, 5), [("2022-09-01", "2022-11-30")]),
        ("Thefts rose in the spring months.", dt.date(2021, 6, 1), [("2021-03-01", "2021-05-31")]),
        # a superlative of the weather before the season: still the season
        (
            "Grass fires rose during the driest summer on record.",
            dt.date(2025, 10, 1),
            [("2025-06-01", "2025-08-31")],
        ),
        (
            "Floods peaked over the wettest winter in a decade.",
            dt.date(2024, 4, 3),
            [("2023-12-01", "2024-02-29")],
        ),
        # rule season_of_relative_year: "of last year" / "of this year" (sentences invented)
        (
            "Over the summer of last year, 19 farms were inspected.",
            dt.date(2026, 8, 7),
            [("2025-06-01", "2025-08-31")],
        ),
        (
            "During the autumn of last year, 40 raids were made.",
            dt.date(2025, 2, 3),
            [("2024-09-01", "2024-11-30")],
        ),
        (
            "In the spring of this year, 12 shops were visited.",
            dt.date(2026, 7, 1),
            [("2026-03-01", "2026-05-31")],
        ),
        (
            "In the spring of this year, 12 shops were visited.",
            dt.date(2026, 4, 20),
            [("2026-03-01", "2026-04-20")],
        ),
        # near misses: a winter of a relative year (ambiguous); a season to come; two phrases
        ("In the winter of last year, 9 raids were made.", dt.date(2026, 4, 20), [None]),
        ("In the summer of this year, 9 raids were made.", dt.date(2026, 4, 20), [None]),
        (
            "Over the summer, 40 farms were visited. Last year, 12 were.",
            dt.date(2026, 10, 20),
            [("2026-06-01", "2026-08-31"), ("2025-01-01", "2025-12-31")],
        ),
        # near miss: a superlative with no season is no period
        ("Fires peaked in the hottest week.", dt.date(2025, 10, 1), [None]),
        # still running at P: cut at P
        ("Patrols doubled this summer.", dt.date(2023, 7, 20), [("2023-06-01", "2023-07-20")]),
        # winter runs across the new year
        ("Reports rose over the winter.", dt.date(2024, 3, 8), [("2023-12-01", "2024-02-29")]),
        # "last …": the latest one over before P
        ("Arrests rose last summer.", dt.date(2022, 7, 1), [("2021-06-01", "2021-08-31")]),
        ("Arrests rose last autumn.", dt.date(2022, 12, 1), [("2022-09-01", "2022-11-30")]),
        # ... unless that is the span stated just before it: the one before
        (
            "From 1 June to 31 August 410 fines were issued, up from 380 last summer.",
            dt.date(2022, 9, 5),
            [("2022-06-01", "2022-08-31"), ("2021-06-01", "2021-08-31")],
        ),
        (
            "Between September and November 90 arrests were made, against 71 last autumn.",
            dt.date(2022, 12, 1),
            [("2022-09-01", "2022-11-30"), ("2021-09-01", "2021-11-30")],
        ),
        # ... or lies within it: the one before; not when it only overlaps it
        (
            "Between May and September 640 stops were made, 55 fewer than last summer.",
            dt.date(2022, 10, 10),
            [("2022-05-01", "2022-09-30"), ("2021-06-01", "2021-08-31")],
        ),
        (
            "Between July and October 300 fines were issued, against 250 last summer.",
            dt.date(2022, 11, 20),
            [("2022-07-01", "2022-10-31"), ("2022-06-01", "2022-08-31")],
        ),
        # ... but a "last …" season opening its own sentence is a new lead, not the yardstick
        (
            "Shop thefts in the year to August rose by 9%. Last winter, a quarter of them "
            "happened after dark.",
            dt.date(2025, 10, 20),
            [("2024-09-01", "2025-08-31"), ("2024-12-01", "2025-02-28")],
        ),
        (
            "Between April and September 210 arrests were made.\nLast summer, officers "
            "seized 40 bikes.",
            dt.date(2025, 10, 2),
            [("2025-04-01", "2025-09-30"), ("2025-06-01", "2025-08-31")],
        ),
        # near misses: the yardstick later in the sentence still takes the one before
        (
            "Between October and March 300 thefts were recorded, against 250 last winter.",
            dt.date(2025, 4, 15),
            [("2024-10-01", "2025-03-31"), ("2023-12-01", "2024-02-29")],
        ),
        (
            "Between April and September 210 arrests were made: 30 more than last summer.",
            dt.date(2025, 10, 2),
            [("2025-04-01", "2025-09-30"), ("2024-06-01", "2024-08-31")],
        ),
        # a future verb earlier in the clause: the coming season, whole
        (
            "The council said it would buy a further 200 bike locks in the spring.",
            dt.date(2025, 11, 3),
            [("2026-03-01", "2026-05-31")],
        ),
        (
            "Rangers will patrol 30 car parks over the summer.",
            dt.date(2024, 1, 9),
            [("2024-06-01", "2024-08-31")],
        ),
        # near misses: done, or the future verb in a sentence before
        (
            "Rangers patrolled 30 car parks over the summer.",
            dt.date(2024, 1, 9),
            [("2023-06-01", "2023-08-31")],
        ),
        (
            "The report will be published soon. Over the summer 30 car parks were patrolled.",
            dt.date(2024, 1, 9),
            [("2023-06-01", "2023-08-31")],
        ),
        # a year stated
        ("Fraud fell in the autumn of 2019.", None, [("2019-09-01", "2019-11-30")]),
        ("Seizures rose in summer 2020.", None, [("2020-06-01", "2020-08-31")]),
        # a winter with a year is ambiguous; without P nothing is guessed
        ("Calls rose in the winter of 2021.", None, [None]),
        ("Calls rose over the summer.", None, [None]),
        # near misses: not the season
        ("Pupils were warned before the summer holidays.", dt.date(2023, 7, 1), []),
        ("A summer campaign begins on Monday.", dt.date(2023, 7, 1), []),
        ("Officers visited schools over the summer term.", dt.date(2023, 9, 1), []),
        # an event named for its season is dated by its own dates, not the season
        (
            "Officers made 80 arrests during the winter anti-drink drive operation, which ran "
            "from 1 to 31 December.",
            dt.date(2023, 1, 9),
            [("2022-12-01", "2022-12-31")],
        ),
        (
            "Officers made 80 arrests during the summer campaign.",
            dt.date(2023, 9, 9),
            [None],  # the_operation's: no dated operation before it
        ),
        # spoken of as to come: the season running at P, or the next, whole
        (
            "Over the summer we will recruit 60 more volunteers.",
            dt.date(2023, 7, 4),
            [("2023-06-01", "2023-08-31")],
        ),
        (
            "During the winter, officers will run 30 extra patrols.",
            dt.date(2023, 10, 16),
            [("2023-12-01", "2024-02-29")],
        ),
        # near misses: done, or "will" further on, stays the latest begun, cut at P
        (
            "Over the summer, 14 new groups were set up.",
            dt.date(2023, 7, 4),
            [("2023-06-01", "2023-07-04")],
        ),
        (
            "Over the summer volunteers stopped 200 cars, and they will go on.",
            dt.date(2023, 7, 4),
            [("2023-06-01", "2023-07-04")],
        ),
    ],
)
def test_season(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two seasons in a row: the first's start to the second's end
        (
            "Over the spring and summer months, 52 nests were robbed.",
            dt.date(2025, 10, 3),
            [("2025-03-01", "2025-08-31")],
        ),
        (
            "During the summer and autumn, thefts of quad bikes rose.",
            dt.date(2023, 12, 4),
            [("2023-06-01", "2023-11-30")],
        ),
        # still running at P: cut at P
        (
            "Throughout the autumn and winter, 31 sheep were killed.",
            dt.date(2024, 1, 15),
            [("2023-09-01", "2024-01-15")],
        ),
        # across the new year
        (
            "Over the winter and spring, poaching fell.",
            dt.date(2022, 6, 20),
            [("2021-12-01", "2022-05-31")],
        ),
        # a year stated
        ("Arrests rose in the spring and summer of 2021.", None, [("2021-03-01", "2021-08-31")]),
        # near misses: a run over the new year with a year, or the same season twice
        ("Calls rose in the autumn and winter of 2020.", None, [None]),
    ],
)
def test_season_run(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the latest December begun by P, whole when over
        ("Over the festive period, 90 drivers were arrested.", dt.date(2024, 1, 9),
         [("2023-12-01", "2023-12-31")]),
        ("Calls rose during the Christmas holidays.", dt.date(2023, 2, 1),
         [("2022-12-01", "2022-12-31")]),
        ("Thefts doubled over Christmas and New Year.", dt.date(2022, 1, 12),
         [("2021-12-01", "2021-12-31")]),
        ("The Christmas and New Year period saw 40 arrests.", dt.date(2021, 1, 5),
         [("2020-12-01", "2020-12-31")]),
        # still running at P: cut at P
        ("Patrols rose this festive season.", dt.date(2023, 12, 20),
         [("2023-12-01", "2023-12-20")]),
        # "last …": the latest one over before P
        ("Arrests fell last Christmas.", dt.date(2023, 12, 20), [("2022-12-01", "2022-12-31")]),
        # a year stated; without P nothing is guessed
        ("Seizures rose over Christmas 2019.", None, [("2019-12-01", "2019-12-31")]),
        ("Seizures rose over the festive period.", None, [None]),
        ("Calls rose in the festive season of 2022.", None, [("2022-12-01", "2022-12-31")]),
        # "last year's" season or campaign, a campaign with its year, "Christmas last year"
        ("Arrests fell over last year's festive period.", dt.date(2023, 12, 4),
         [("2022-12-01", "2022-12-31")]),
        ("Officers held 64 drivers during last year's Christmas drink-drive campaign.",
         dt.date(2023, 12, 4), [("2022-12-01", "2022-12-31")]),
        ("Officers held 64 drivers during the 2021 festive campaign.", None,
         [("2021-12-01", "2021-12-31")]),
        ("Officers held 64 drivers over Christmas last year.", dt.date(2023, 12, 4),
         [("2022-12-01", "2022-12-31")]),
        # near misses: a day of the festive season is that day (``named_day``), not December;
        # a campaign names no season
        ("Officers were on patrol on Christmas Day.", dt.date(2023, 12, 27),
         [("2023-12-25", "2023-12-25")]),
        ("Patrols ran over Christmas Eve.", dt.date(2023, 12, 27), [("2023-12-24", "2023-12-24")]),
        ("A festive campaign begins on Monday.", dt.date(2023, 12, 1), []),
        ("Officers held 64 drivers during the festive campaign.", dt.date(2023, 12, 4), [None]),
    ],
)  # fmt: skip
def test_festive(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the campaign's dates stated in the next sentence date the festive phrase
        (
            "Durham Constabulary made 140 arrests over the festive period. The campaign ran "
            "from 29 November to 3 January.",
            dt.date(2024, 1, 20),
            [("2023-11-29", "2024-01-03"), ("2023-11-29", "2024-01-03")],
        ),
        # ... and a festive phrase of another year takes the same dates in that year
        (
            "Officers seized 60 vehicles during the festive season, between 2 December and 1 "
            "January, compared with 48 over the 2022 festive period.",
            dt.date(2024, 1, 10),
            [("2023-12-02", "2024-01-01"), ("2023-12-02", "2024-01-01"),
             ("2022-12-02", "2023-01-01")],
        ),
        # a year written before the name is the year stated
        ("Thefts fell over the 2019 festive period.", None, [("2019-12-01", "2019-12-31")]),
        # near misses: dates two sentences on, or a span without Christmas Day, leave December
        (
            "Calls rose over the festive period. Staff worked long hours. Between 1 December "
            "and 2 January the helpline took 900 calls.",
            dt.date(2024, 1, 20),
            [("2023-12-01", "2023-12-31"), ("2023-12-01", "2024-01-02")],
        ),
        (
            "Calls rose over the festive period. From 1 to 20 December the helpline took 900 "
            "calls.",
            dt.date(2024, 1, 20),
            [("2023-12-01", "2023-12-31"), ("2023-12-01", "2023-12-20")],
        ),
    ],
)  # fmt: skip
def test_festive_campaign_dates(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected
