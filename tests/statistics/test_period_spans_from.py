"""A span stated with its length and the month it starts ("for two years from October"),
and the figures of the paragraphs after it. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)

ROWS = [
    pytest.param(
        "The commissioner has given £300,000 to nine projects for three years from July.",
        {300000.0: ("2025-07-01", "2028-06-30"), 9.0: ("2025-07-01", "2028-06-30")},
        id="this-years-month-after-p",
    ),
    pytest.param(
        "Cleveland Police will fund 20 youth workers over 18 months starting in January 2026.",
        {20.0: ("2026-01-01", "2027-06-30")},
        id="months-starting-in-a-stated-year",
    ),
    pytest.param(
        "The council paid for 45 CCTV cameras for two years from March.",
        {45.0: ("2025-03-01", "2027-02-28")},
        id="a-month-before-p-is-this-years",
    ),
    pytest.param(
        "The trust will run 12 clinics for a year from February.",
        {12.0: ("2026-02-01", "2027-01-31")},
        id="to-come-takes-the-next-one",
    ),
    pytest.param(
        "The unit received £80,000 over two years beginning in April 2023.",
        {80000.0: ("2023-04-01", "2025-03-31")},
        id="beginning-in-a-past-year",
    ),
    pytest.param(
        "Durham's commissioner has set aside £120,000 for the three years from May 2026.",
        {120000.0: ("2026-05-01", "2029-04-30")},
        id="the-before-the-length",
    ),
    pytest.param(
        "The charity will pay for 14 caseworkers over the next two years from September.",
        {14.0: ("2025-09-01", "2027-08-31")},
        id="the-next-before-the-length",
    ),
    pytest.param(
        "The board agreed a further £95,000 for the hub for the next three years, from "
        "October 2025.",
        {95000.0: ("2025-10-01", "2028-09-30")},
        id="a-comma-before-from",
    ),
    pytest.param(
        "Wiltshire's commissioner will fund 16 mentors for 18 months, starting in November.",
        {16.0: ("2025-11-01", "2027-04-30")},
        id="a-comma-before-starting",
    ),
    # rule year_kind_from_month: a kind of year between the length and "years"
    pytest.param(
        "Gwent's commissioner has pledged £2.4m to the violence reduction unit for the three "
        "financial years from April 2026.",
        {2400000.0: ("2026-04-01", "2029-03-31")},
        id="financial-years-from-a-stated-month",
    ),
    pytest.param(
        "The council will fund 18 youth workers over two academic years from September.",
        {18.0: ("2025-09-01", "2027-08-31")},
        id="academic-years-from-this-years-month",
    ),
    pytest.param(
        "Essex Police will pay for 12 school officers for the next two school years, starting "
        "in September 2026.",
        {12.0: ("2026-09-01", "2028-08-31")},
        id="school-years-with-a-comma",
    ),
    # near misses: no month, or the kind word is not before "years"
    pytest.param(
        "The partnership has £900,000 for three financial years.",
        {900000.0: None},
        id="financial-years-without-a-month-date-nothing",
    ),
    # the month alone, or the length alone, is another rule's
    pytest.param(
        "The force recruited 30 officers for two years.",
        {30.0: None},
        id="a-length-alone-dates-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_units_from_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


LEAD_ROWS = [
    pytest.param(
        "Merseyside's commissioner has awarded £450,000 to 11 charities for two years from "
        "August.\n\nThe largest grant, £70,000, goes to a boxing club in Bootle, and £38,000 "
        "will pay for three mentors in Kirkby.",
        {
            450000.0: ("2025-08-01", "2027-07-31"),
            11.0: ("2025-08-01", "2027-07-31"),
            70000.0: ("2025-08-01", "2027-07-31"),
            38000.0: ("2025-08-01", "2027-07-31"),
            3.0: ("2025-08-01", "2027-07-31"),
        },
        id="the-grants-of-the-next-paragraph",
    ),
    pytest.param(
        "The fund gives £200,000 to projects over two years from September.\n\nIn 2024, "
        "officers recorded 340 assaults.",
        {200000.0: ("2025-09-01", "2027-08-31"), 340.0: ("2024-01-01", "2024-12-31")},
        id="a-period-of-its-own-wins",
    ),
    pytest.param(
        "The commissioner has awarded £250,000 to the scheme for two years from August.\n\n"
        'She said: "It works. Nine in 10 families told us it had helped."',
        {250000.0: ("2025-08-01", "2027-07-31"), 90.0: None},
        id="a-quote-after-the-fund-is-not-a-grant",
    ),
    pytest.param(  # near miss: narrative grants after the fund keep its span
        "The commissioner has awarded £250,000 to the scheme for two years from August.\n\n"
        "It will pay for 6 mentors in Rhyl.",
        {250000.0: ("2025-08-01", "2027-07-31"), 6.0: ("2025-08-01", "2027-07-31")},
        id="narrative-grants-after-the-fund",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_ROWS)
def test_span_from_lead_in(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


LAUNCH_ROWS = [
    pytest.param(
        "Youth workers met 1,900 young people in Leicester in their first three years, a "
        "review has found.\n\nThe service launched in April 2022 with council funding.\n\n"
        "The review, led by a local university, found that 64% of them stayed in school.",
        {1900.0: ("2022-04-01", "2025-03-31"), 64.0: ("2022-04-01", "2025-03-31")},
        id="first-years-then-the-launch-and-the-findings",
    ),
    pytest.param(
        "The hub in Swansea saw 420 young people in its first 18 months after it opened in "
        "October 2023.",
        {420.0: ("2023-10-01", "2025-03-31")},
        id="months-with-the-launch-in-the-sentence",
    ),
    pytest.param(
        "The scheme hopes to reach 3,000 pupils in its first three years. It was launched "
        "in May 2025.",
        {3000.0: None},
        id="a-pledge-not-yet-ended-is-no-period",
    ),
    pytest.param(
        "Some 640 children were referred to the hub during its first 12 months. The hub, "
        "which opened in May 2024, is run by the council.",
        {640.0: ("2024-05-01", "2025-04-30")},
        id="during-its-first-months-with-the-launch-after",
    ),
    pytest.param(
        "The hub saw 500 young people in its first two years.",
        {500.0: None},
        id="no-launch-no-period",
    ),
    pytest.param(  # the start stated before, a sentence between
        "The Cardiff triage scheme was introduced in March 2024. Nurses sit in the control "
        "room. In its first year, 2,300 calls were passed to mental health teams.",
        {2300.0: ("2024-03-01", "2025-02-28")},
        id="first-year-after-the-start-stated-before",
    ),
    pytest.param(  # near miss: a start three sentences back is another thing's
        "The hub opened in March 2024. Staff were hired. Rooms were built. Parents came. In "
        "its first year, 700 calls came in.",
        {700.0: None},
        id="a-start-too-far-back",
    ),
    pytest.param(
        "The project opened in June 2024 with 12 youth workers.",
        {12.0: None},
        id="a-launch-month-dates-no-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCH_ROWS)
def test_first_units_launched(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


SEASON_ROWS = [
    pytest.param(
        "Inspector Dai Hughes said officers had made 64 arrests in Bangor since the spring.",
        {64.0: ("2025-03-01", "2025-06-17")},
        id="since-the-spring",
    ),
    pytest.param(
        "Youth workers have met 310 teenagers since the autumn.",
        {310.0: ("2024-09-01", "2025-06-17")},
        id="a-season-not-yet-begun-this-year-is-last-years",
    ),
    pytest.param(
        "Since winter, 45 knives have been handed in at Wrexham.",
        {45.0: ("2024-12-01", "2025-06-17")},
        id="bare-winter-crosses-the-new-year",
    ),
    pytest.param(
        "The force has trained 26 new detectives since last autumn.",
        {26.0: ("2024-09-01", "2025-06-17")},
        id="since-last-season",
    ),
    pytest.param(
        "Neighbourhood teams in Rhyl have held 52 surgeries since last summer.",
        {52.0: ("2024-06-01", "2025-06-17")},
        id="since-last-season-not-the-one-still-running",
    ),
    pytest.param(
        "Since the start of the spring, wardens in Prestatyn have issued 64 fines.",
        {64.0: ("2025-03-01", "2025-06-17")},
        id="since-the-start-of-a-season",
    ),
    pytest.param(
        "The team has visited 210 farms since the beginning of last winter.",
        {210.0: ("2024-12-01", "2025-06-17")},
        id="since-the-beginning-of-last-season",
    ),
    pytest.param(
        "Volunteers have run 30 sessions since the start of the summer holidays.",
        {30.0: None},
        id="the-start-of-school-holidays-is-not-the-season",
    ),
    pytest.param(
        "Volunteers have run 30 sessions since the summer holidays.",
        {30.0: None},
        id="school-holidays-are-not-the-season",
    ),
    pytest.param(
        "Since the scheme was first offered in the spring of 2022, mentors have met 410 pupils "
        "in Swansea.",
        {410.0: ("2022-03-01", "2025-06-17")},
        id="an-event-in-a-season-of-a-year",
    ),
    pytest.param(
        "Since the patrols began in the summer of 2023, wardens have issued 76 fines in Rhyl.",
        {76.0: ("2023-06-01", "2025-06-17")},
        id="a-past-verb-before-the-season",
    ),
    pytest.param(
        "The hub has answered 1,150 calls in Bangor since autumn 2024.",
        {1150.0: ("2024-09-01", "2025-06-17")},
        id="a-season-and-its-year",
    ),
    # an event dated by a season named with "last", no "in" between: from that season's
    # start (the latest one over before P) to P
    pytest.param(
        "Since the mentoring pilot began last autumn, 58 pupils in Barry have been referred.",
        {58.0: ("2024-09-01", "2025-06-17")},
        id="an-event-begun-last-season",
    ),
    pytest.param(
        "Since the drop-in hub opened last winter, staff in Merthyr have seen 240 teenagers.",
        {240.0: ("2024-12-01", "2025-06-17")},
        id="an-event-opened-last-winter",
    ),
    pytest.param(
        "Wardens have removed 96 tags since the clean-up crews started last summer.",
        {96.0: ("2024-06-01", "2025-06-17")},
        id="an-event-started-last-season-still-running-is-the-one-before",
    ),
    # near miss: no "since": the season alone
    pytest.param(
        "The pilot began last autumn, when 58 pupils in Barry were referred.",
        {58.0: ("2024-09-01", "2024-11-30")},
        id="no-since-an-event-last-season-is-the-season-alone",
    ),
    # a winter given a year may end or begin in it: undated
    pytest.param(
        "Officers have seized 18 vehicles in Conwy since the winter of 2023.",
        {18.0: None},
        id="a-winter-of-a-year-is-ambiguous",
    ),
    # the season itself (no "since"): the three months alone
    pytest.param(
        "The campaign was first run in the autumn of 2023, when it reached 640 pupils in Flint.",
        {640.0: ("2023-09-01", "2023-11-30")},
        id="no-since-the-season-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_ROWS)
def test_since_season(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


LAUNCH_TO_ROWS = [
    pytest.param(
        "The Bridges project started in March 2023. Staff took 620 calls between its launch "
        "and the end of May this year.",
        {620.0: ("2023-03-01", "2025-05-31")},
        id="the-end-of-a-month-this-year",
    ),
    pytest.param(
        "A mentoring scheme was set up in Hull after it began in October 2021.\n\nMentors met "
        "212 pupils between the scheme's launch and February 2025.",
        {212.0: ("2021-10-01", "2025-02-28")},
        id="a-month-of-a-stated-year",
    ),
    pytest.param(
        "The hub opened in January 2024. Volunteers gave 95 talks between its opening and August.",
        {95.0: ("2024-01-01", "2024-08-31")},
        id="a-later-month-is-last-years",
    ),
    # no start stated before: undated, not the end month alone
    pytest.param(
        "Wardens issued 48 fines between its launch and the end of April this year.",
        {48.0: None},
        id="no-start-stated-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCH_TO_ROWS)
def test_launch_to_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


SINCE_LAUNCH_ROWS = [
    pytest.param(
        "Lancashire's rural crime unit has recovered 74 stolen quad bikes in the 18 months "
        "since it was set up. The unit, which launched in January 2024, is based in Preston.",
        {74.0: ("2024-01-01", "2025-06-17")},
        id="months-since-with-the-launch-after",
    ),
    pytest.param(
        "The scheme was introduced in March 2023. It has diverted 212 young people from "
        "court in the two years since it was introduced.",
        {212.0: ("2023-03-01", "2025-06-17")},
        id="years-since-with-the-launch-before",
    ),
    pytest.param(
        "The hub has taken 950 calls in the year since it opened.",
        {950.0: ("2024-06-17", "2025-06-17")},
        id="no-launch-stated-counts-back-from-p",
    ),
    # near misses: a span to a month, and "since" with no length, are other rules'
    pytest.param(
        "The team made 40 arrests in the 18 months to March.",
        {40.0: ("2023-10-01", "2025-03-31")},
        id="a-span-to-a-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_LAUNCH_ROWS)
def test_units_since_launch(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


SINCE_THEN_ROWS = [
    pytest.param(
        "Cumbria's rural team has made 31 arrests in the two years since it was set up. "
        "Its officers have recovered 140 stolen machines since then.",
        {31.0: ("2023-06-17", "2025-06-17"), 140.0: ("2023-06-17", "2025-06-17")},
        id="since-then-after-a-life-so-far",
    ),
    pytest.param(
        "The hub opened in March 2024. Staff have seen 620 families since then.",
        {620.0: ("2024-03-01", "2025-06-17")},
        id="since-then-after-a-month-it-began",
    ),
    # near miss: nothing dated before: no period
    pytest.param(
        "Staff have seen 620 families since then.",
        {620.0: None},
        id="nothing-before-no-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_THEN_ROWS)
def test_since_then(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


SINCE_IT_LAUNCHED_ROWS = [
    pytest.param(
        "The helpline launched in September 2023. It has taken 2,900 calls. Several "
        "paragraphs later, the commissioner said £410,000 had gone into it since it launched.",
        {2900.0: None, 410000.0: ("2023-09-01", "2025-06-17")},
        id="since-it-launched-after-the-launch-month",
    ),
    pytest.param(
        "Since the hub opened in February 2024, 700 people have been helped. Staff say "
        "demand has grown since the hub opened, with 95 referrals from GPs.",
        {700.0: ("2024-02-01", "2025-06-17"), 95.0: ("2024-02-01", "2025-06-17")},
        id="since-the-hub-opened-after-its-dated-start",
    ),
    # near misses: no start stated before, or a date of its own
    pytest.param(
        "The charity has helped 640 families since it launched.",
        {640.0: None},
        id="no-start-before-no-period",
    ),
    pytest.param(
        "The centre launched in May 2022. It has seen 88 clients since it opened in June 2022.",
        {88.0: ("2022-06-01", "2025-06-17")},
        id="its-own-date-wins",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_IT_LAUNCHED_ROWS)
def test_since_it_launched(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
