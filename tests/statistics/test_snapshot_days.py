"""Counts held on one day ("as at 31 March", "on the register on 31 July this year")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "As at 31 March 2024, 4,120 children were looked after in Wales.",
            {4120: ("2024-03-31", "2024-03-31")},
            id="as-at-with-a-year",
        ),
        pytest.param(
            "There were 612 children on the register on 30 June this year.",
            {612: ("2024-06-30", "2024-06-30")},
            id="on-the-register-this-year",
        ),
        pytest.param(
            "There were 590 children on the register on 30 June last year.",
            {590: ("2023-06-30", "2023-06-30")},
            id="on-the-register-last-year",
        ),
        pytest.param(
            "The force had 75 cases open on 1 October.",
            {75: ("2023-10-01", "2023-10-01")},
            id="no-year-the-latest-before-p",
        ),
        pytest.param(
            "Officer numbers stood at 3,410 on 31 August, 62 more than on 31 March.",
            {3410: ("2024-08-31", "2024-08-31"), 62: ("2024-03-31", "2024-08-31")},
            id="stood-at-on-a-day-and-more-than-on-a-day",
        ),
        pytest.param(
            "Staff numbers stood at 1,200 full-time equivalent on 30 June.",
            {1200: ("2024-06-30", "2024-06-30")},
            id="stood-at-with-words-before-the-day",
        ),
        pytest.param(
            "By headcount, Gwent Police had 3,120 constables on 31 August, compared with "
            "2,980 a year earlier.",
            {3120: ("2024-08-31", "2024-08-31"), 2980: ("2023-08-31", "2023-08-31")},
            id="a-headcount-had-on-a-day-and-a-year-earlier",
        ),
        pytest.param(
            "The trust employed 418 staff on 30 April.",
            {418: ("2024-04-30", "2024-04-30")},
            id="a-headcount-employed-on-a-day",
        ),
        pytest.param(
            "Wigan Council had 1,310 licensed drivers on 31 March.",
            {1310: ("2024-03-31", "2024-03-31")},
            id="a-licensing-register-had-on-a-day",
        ),
        pytest.param(
            "The borough had 415 licensed premises on 1 April.",
            {415: ("2024-04-01", "2024-04-01")},
            id="licensed-premises-had-on-a-day",
        ),
        pytest.param(
            "The single-night count, taken on 20 November, found 14 people sleeping rough in "
            "Exeter.",
            {14: ("2023-11-20", "2023-11-20")},
            id="a-count-taken-on-a-day",
        ),
        pytest.param(
            "A street census carried out on 3 October 2023 recorded 212 people in Leeds.",
            {212: ("2023-10-03", "2023-10-03")},
            id="a-census-carried-out-on-a-day-with-a-year",
        ),
        pytest.param(
            "The annual snapshot was conducted on 12 September this year and found 31 rough "
            "sleepers in Hull.",
            {31: ("2024-09-12", "2024-09-12")},
            id="a-snapshot-conducted-on-a-day-this-year",
        ),
        pytest.param(  # near miss: a count to come, no verb of taking
            "The count will be repeated on 20 May, when 40 volunteers will help.",
            {40: None},
            id="a-count-to-be-repeated-is-no-stock-day",
        ),
        pytest.param(
            "The team stopped 30 drivers on 2 May.",
            {30: None},
            id="drivers-stopped-on-a-day-are-an-event",
        ),
        pytest.param(
            "The unit had 12 arrests on 3 May.",
            {12: None},
            id="had-no-staff-on-a-day",
        ),
        pytest.param(
            "On 31 March 2024, 2,140 people in Kent were being supervised by probation.",
            {2140: ("2024-03-31", "2024-03-31")},
            id="a-sentence-opened-by-the-day-of-a-stock",
        ),
        pytest.param(
            "Staff met in Hull. On 1 May, 64 boys from the city were in custody.",
            {64: ("2024-05-01", "2024-05-01")},
            id="the-day-opens-the-second-sentence",
        ),
        pytest.param(
            "On 3 May, 12 people were arrested in Luton.",
            {12: None},
            id="a-day-opening-an-event-is-no-period",
        ),
        pytest.param(
            "Officers arrested 14 men on 3 June.",
            {14: None},
            id="an-event-day-is-no-period",
        ),
    ],
)
def test_snapshot_days(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dyfed-Powys Police had 240 PCSOs on 31 August, compared with 260 a year earlier, as "
            "31 PCSOs retired during the year.",
            {
                240: ("2024-08-31", "2024-08-31"),
                260: ("2023-08-31", "2023-08-31"),
                31: ("2023-09-01", "2024-08-31"),
            },
            id="the-year-between-two-days-counted-on",
        ),
        pytest.param(  # near miss: one day counted on, no year between two
            "Dyfed-Powys Police had 240 PCSOs on 31 August. During the year 31 volunteers "
            "signed up.",
            {240: ("2024-08-31", "2024-08-31"), 31: None},
            id="one-day-no-year-between",
        ),
    ],
)
def test_the_year_between_snapshots(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_year_before_an_infinitive_is_the_year_between(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    text = (
        "Dyfed-Powys Police had 240 PCSOs on 31 August, compared with 260 a year earlier, as "
        "31 PCSOs retired during the year to take up other jobs."
    )
    assert periods_of(nlp, text, P)[31] == ("2023-09-01", "2024-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "As of today, there are 96 football banning orders in force in Cheshire.",
            {96: ("2024-09-20", "2024-09-20")},
            id="as-of-today",
        ),
        pytest.param(
            "The force had 41 people on its wanted list as at this morning.",
            {41: ("2024-09-20", "2024-09-20")},
            id="as-at-this-morning",
        ),
        # near misses: "today" alone is an event's day; "as of today's date" a possessive
        pytest.param(
            "Northumbria Police said today it had made 30 arrests.",
            {30: None},
            id="said-today",
        ),
    ],
)
def test_the_day_of_writing_as_a_stock_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    """Rule ``snapshot_today``: "as of today" is P, the day a stock is counted."""
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There were 312 football banning orders in force on 1 August, up from 280 a year "
            "earlier.",
            {312: ("2024-08-01", "2024-08-01"), 280: ("2023-08-01", "2023-08-01")},
            id="orders-in-force-on-a-day-and-a-year-earlier",
        ),
        pytest.param(
            "Durham Constabulary said 58 closure orders were in effect on 31 March 2024.",
            {58: ("2024-03-31", "2024-03-31")},
            id="in-effect-on-a-day-with-a-year",
        ),
        pytest.param(
            "Officers held 27 stalking protection orders in force on March 3rd this year.",
            {27: ("2024-03-03", "2024-03-03")},
            id="month-first-day-this-year",
        ),
        pytest.param(
            "There were 66 banning orders in force against supporters of Leeds clubs on 31 "
            "January.",
            {66: ("2024-01-31", "2024-01-31")},
            id="in-force-against-whom-on-a-day",
        ),
        # near misses: a law coming into force, orders issued on a day (events)
        pytest.param(
            "The act came into force on 1 April and 40 notices were served in Kent.",
            {40: None},
            id="came-into-force-is-an-event",
        ),
        pytest.param(
            "A closure order will be in force on 3 October, and 12 officers will patrol Hull.",
            {12: None},
            id="an-order-to-come-is-no-stock",
        ),
        pytest.param(
            "Magistrates issued 14 banning orders on 2 May.",
            {14: None},
            id="orders-issued-on-a-day-are-an-event",
        ),
    ],
)
def test_orders_in_force_on_a_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``snapshot_in_force_day``: orders in force on a day are a stock held that day."""
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The audit found 3,950 refuge spaces were available across England on 31 March 2024.",
            {3950: ("2024-03-31", "2024-03-31")},
            id="available-across-a-nation-with-a-year",
        ),
        pytest.param(
            "Figures show 118 hospital beds were occupied in Cumbria on 2 January.",
            {118: ("2024-01-02", "2024-01-02")},
            id="occupied-in-a-county-no-year",
        ),
        pytest.param(
            "Only 14 emergency places were still vacant on 1st September.",
            {14: ("2024-09-01", "2024-09-01")},
            id="still-vacant-ordinal-day",
        ),
        pytest.param(
            "There are 40 cells in use on August 30 this year.",
            {40: ("2024-08-30", "2024-08-30")},
            id="there-are-in-use-month-first",
        ),
        pytest.param(
            "Inspectors found 26 cells were empty on 1 July.",
            {26: ("2024-07-01", "2024-07-01")},
            id="empty-no-year",
        ),
        # near misses: an offer or a release on a day, no day, a day after "available for"
        pytest.param(
            "A further 300 tickets will be available on 1 October.",
            {300: None},
            id="will-be-available-is-to-come",
        ),
        pytest.param(
            "The council said 25 grants were made available on 3 June.",
            {25: None},
            id="made-available-is-an-event",
        ),
        pytest.param(
            "Officers said 60 leaflets were available at the station on request.",
            {60: None},
            id="no-day",
        ),
    ],
)
def test_spaces_available_on_a_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``snapshot_available_day``: spaces available, vacant or occupied on a day are a
    stock held that day."""
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There were 6,420 shotgun certificates on issue in North Yorkshire on 31 March 2024.",
            {6420: ("2024-03-31", "2024-03-31")},
            id="on-issue-in-a-county-with-a-year",
        ),
        pytest.param(
            "The council had 2,310 blue badges on issue on 1 January.",
            {2310: ("2024-01-01", "2024-01-01")},
            id="on-issue-no-year",
        ),
        pytest.param(
            "Some 880 firearm certificates were on issue across the Isle of Wight on 1 April "
            "last year, down 3% on a year earlier.",
            {880: ("2023-04-01", "2023-04-01"), 3: ("2022-04-01", "2023-04-01")},
            id="on-issue-then-a-change-on-a-year-earlier",
        ),
        # near misses: a licence to come, an event, no day
        pytest.param(
            "The new permits will be on issue on 1 May, and 40 wardens will check them.",
            {40: None},
            id="to-be-on-issue-is-no-stock",
        ),
        pytest.param(
            "The council issued 310 taxi licences on 3 June.",
            {310: None},
            id="issued-on-a-day-is-an-event",
        ),
        pytest.param(
            "There are 540 licences on issue, the council said on 2 May.",
            {540: None},
            id="on-issue-without-a-day",
        ),
    ],
)
def test_certificates_on_issue_on_a_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``snapshot_on_issue_day``: certificates on issue on a day are a stock held that
    day."""
    assert periods_of(nlp, text, P) == expected
