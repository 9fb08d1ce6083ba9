""" "During the three months", "during the operation": the span stated before, when it
fits (that long; the same kind of event named where it was stated); otherwise undated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2022, 11, 8)


def last_period(text: str, published: dt.date | None = P) -> tuple[str, str] | None:
    last = find_period_phrases(text, published)[-1]
    return None if last.kind == UNRESOLVED else (last.start.isoformat(), last.end.isoformat())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the N months/weeks/days": the span before, when that long
        (
            "Between July and September 80 thefts … During the three months, 12",
            ("2022-07-01", "2022-09-30"),
        ),
        ("From 3 to 16 October 9 raids … over those two weeks, 4", ("2022-10-03", "2022-10-16")),
        ("Between 1 and 5 August 30 calls … in the five days, 7", ("2022-08-01", "2022-08-05")),
        # "the quarter", "the month" (no count): the span before, when one unit long
        (
            "From April to June 310 stops were made … over the quarter, 41",
            ("2022-04-01", "2022-06-30"),
        ),
        ("In March 2022, 55 vans were checked … during the month, 8", ("2022-03-01", "2022-03-31")),
        # past a span of another length stated in between: the latest span that long
        (
            "From April to June 310 stops were made. Over the year to March 2022, 1,100. "
            "In the quarter, 41",
            ("2022-04-01", "2022-06-30"),
        ),
        (
            "In August 2022 the line took 90 calls; in 2021 it took 800. During the month, 8",
            ("2022-08-01", "2022-08-31"),
        ),
        # "the year": the span before, when a year long (a financial or a calendar one)
        ("In 2021/22 the line took 900 calls … during the year, 40", ("2021-04-01", "2022-03-31")),
        ("In 2020 there were 75 raids … over the year, 12", ("2020-01-01", "2020-12-31")),
        # past a "since" span or a yardstick stated in between: the latest year before
        (
            "In 2021/22 the line took 900 calls. That has doubled since 2016. During the year, 40",
            ("2021-04-01", "2022-03-31"),
        ),
        (
            "In 2021 there were 75 raids, up 9% on 2019/20 … over the year, 12",
            ("2021-01-01", "2021-12-31"),
        ),
        # past a yardstick "from N%", "from N times", "from N" stated in between
        (
            "From July to September 22% of checks found a fault, up from 17% in April to June. "
            "Over the quarter, 40",
            ("2022-07-01", "2022-09-30"),
        ),
        (
            "From July to September drivers were 2.4 times more likely to be stopped, down "
            "from 2.9 times in April to June. During the quarter, 40",
            ("2022-07-01", "2022-09-30"),
        ),
        (
            "From July to September thefts fell to 210, from 260 in April to June. In the "
            "quarter, 40",
            ("2022-07-01", "2022-09-30"),
        ),
        # near misses: a span of another length, or none, leaves it undated
        ("In 2021 there were 80 thefts … During the three months, 12", None),
        ("In 2021 there were 80 thefts … over the quarter, 12", None),
        ("Over the quarter, 12 bikes were stolen", None),
        # "the year" not a year long is no period at all (a lead-in's period stays)
        ("In June 2022, 30 vans … during the year, 4", ("2022-06-01", "2022-06-30")),
        ("During the three months, 12 bikes were stolen", None),
        # "the operation" without a length: the span of the sentence naming the operation
        (
            "Operation Tern ran from 2 to 30 September. During the operation, 15 arrests",
            ("2022-09-02", "2022-09-30"),
        ),
        (
            "The council's campaign, which ran between May and July, … in the campaign, 9 fines",
            ("2022-05-01", "2022-07-31"),
        ),
        # near miss: the span before belongs to no operation
        ("In August 2022 burglaries fell. During the operation, 15 arrests", None),
        # "during that time", "in the same time": the span stated before
        (
            "In the six months to May, 40 lines were shut. During that time 90 arrests",
            ("2021-12-01", "2022-05-31"),
        ),
        ("Between 1 and 9 June 60 stops … In that time, 14 knives", ("2022-06-01", "2022-06-09")),
        ("In 2021, 300 calls came in. Over the same time, 41 visits", ("2021-01-01", "2021-12-31")),
        # "the same three months": the span stated before
        (
            "Between January and March 70 bikes were stolen. Over the same three months, 9",
            ("2022-01-01", "2022-03-31"),
        ),
        ("From 4 to 17 July 35 stops … in the same two weeks, 6", ("2022-07-04", "2022-07-17")),
        # a span of days is told to the day: past a weekend stated in between
        (
            "Between 1 and 6 June, 80 calls came in. From 6pm on Friday 10 June to 6am on "
            "Monday 13 June a curfew ran. Over the same six days, 31 fires",
            ("2022-06-01", "2022-06-06"),
        ),
        (
            "Between 1 and 7 June, 80 calls came in. In the same seven days, 31 fires",
            ("2022-06-01", "2022-06-07"),
        ),
        # near miss: a four-day span is not "the same six days"
        ("From 10 to 13 June a curfew ran. Over the same six days, 31 fires", None),
        # near miss: no span stated before
        ("During that time 90 arrests were made", None),
    ],
)
def test_refers_back(text: str, expected: tuple[str, str] | None) -> None:
    assert last_period(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "during/throughout the pilot/scheme": the span of the sentence naming an event
        (
            "Extra patrols ran in Walsall between June and August. During the scheme, "
            "officers issued 44 dispersal orders.",
            {44: ("2022-06-01", "2022-08-31")},
        ),
        (
            "The six-month pilot ran from March to August in Swansea. Throughout the pilot, "
            "210 people were referred.",
            {210: ("2022-03-01", "2022-08-31")},
        ),
        (
            "A crackdown on off-road bikes ran from 4 to 17 July. Some 12 bikes were seized "
            "during the scheme.",
            {12: ("2022-07-04", "2022-07-17")},
        ),
        # near misses: "in the scheme" is taking part, and an undated pilot is no period,
        # so its sentence's own span still dates the figure
        (
            "Between 2019 and 2021, 300 people took part in the scheme.",
            {300: ("2019-01-01", "2021-12-31")},
        ),
        (
            "During the pilot, which ran between April and June, 95 homes were visited.",
            {95: ("2022-04-01", "2022-06-30")},
        ),
        ("Officers said 40 people were helped during the scheme.", {40: None}),
    ],
)
def test_a_pilot_or_scheme_is_dated_when_counted_during_it(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_operation_list_after_its_dates(nlp: Language, periods_of: PeriodsOf) -> None:
    """The operation's dates, stated once, govern the list its lead-in opens."""
    text = (
        "Lancashire Police ran a summer speeding operation, which ran from 1 to 31 August.\n\n"
        "In a separate matter, the force thanked volunteers.\n\n"
        "During the operation, officers:\n- issued 310 tickets\n- seized 12 motorbikes"
    )
    assert periods_of(nlp, text, P) == {
        310: ("2022-08-01", "2022-08-31"),
        12: ("2022-08-01", "2022-08-31"),
    }


@pytest.mark.parametrize(
    ("words", "refers"),
    [
        ("during that time", True),
        ("in the same time", True),
        ("at the same time", False),  # at once, not a span
        ("during this time of year", False),  # a season
        ("over that time last year", False),  # a year earlier: another rule
        ("over the same three months", True),
        ("over the same three months last year", False),  # a year earlier: another rule
        ("in the same six months of 2021", False),  # another year's
        ("the same two weeks a year earlier", False),
        ("over the period", True),
        ("across the period", True),
        ("during the period when", False),  # a clause of its own follows
        ("over the period to March", False),  # a span of its own
        ("in the period", True),  # as "over the period"
        ("in the period since 2019", False),  # a span of its own
        ("in the period before the election", False),  # bounded by what follows
    ],
)
def test_that_time_refers_back(words: str, refers: bool) -> None:
    from pressfacts.statistics.period_table import PERIOD_RULES

    same = [rule for rule in PERIOD_RULES if rule.name in ("same", "same_units")]
    assert any(rule.pattern.search(words) for rule in same) is refers


def test_over_the_period_is_the_span_stated_before(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "Merseyside Police recorded 8,200 thefts between January and June. The Wirral "
        "recorded 1,900 thefts over the period, Sefton 1,250 and Knowsley 980."
    )
    span = ("2022-01-01", "2022-06-30")
    assert periods_of(nlp, text, P) == {8200: span, 1900: span, 1250: span, 980: span}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a three-month operation": dated by the span of that length stated next
        (
            "Essex Police arrested 30 people during a three-month operation. Between June and "
            "August, officers searched 41 homes.",
            {30: ("2022-06-01", "2022-08-31"), 41: ("2022-06-01", "2022-08-31")},
        ),
        (
            "Officers seized 18 bikes in a two-week crackdown. From 3 to 16 October they also "
            "stopped 200 riders.",
            {18: ("2022-10-03", "2022-10-16"), 200: ("2022-10-03", "2022-10-16")},
        ),
        # "a week-long operation", "a fortnight-long campaign": one unit of that length
        (
            "Dorset Police made 22 arrests during a week-long operation. Officers seized "
            "nine cars between 9 and 15 May.",
            {22: ("2022-05-09", "2022-05-15"), 9: ("2022-05-09", "2022-05-15")},
        ),
        (
            "Wardens issued 75 fines in a fortnight-long campaign. From 1 to 14 August they "
            "also gave 300 warnings.",
            {75: ("2022-08-01", "2022-08-14"), 300: ("2022-08-01", "2022-08-14")},
        ),
        (  # near miss: a month-long campaign, then a span of a week
            "Wardens issued 75 fines in a month-long campaign. From 1 to 7 August they also "
            "gave 300 warnings.",
            {75: None, 300: ("2022-08-01", "2022-08-07")},
        ),
        # the week or month it fell in stated right after it ("last week") does not hide
        # the event's own dates stated after that, when they fall within it
        (
            "Gwent Police stopped 64 vans during a three-day operation last week. Checkpoints "
            "ran in Newport and Cwmbran from Tuesday 1 to Thursday 3 November.",
            {64: ("2022-11-01", "2022-11-03")},
        ),
        (
            "Wardens fined 40 drivers in a two-week crackdown last month. From 10 to 23 "
            "October they also seized 6 cars.",
            {40: ("2022-10-10", "2022-10-23"), 6: ("2022-10-10", "2022-10-23")},
        ),
        # once dated, the operation leads in the two paragraphs after it (its dates and
        # what was counted), with no event named there
        (
            "Gwent Police stopped 64 vans during a three-day operation last week.\n\n"
            "Checkpoints ran in Newport from Tuesday 1 to Thursday 3 November.\n\n"
            "Eight vans were seized and 19 drivers were fined.",
            {
                64: ("2022-11-01", "2022-11-03"),
                8: ("2022-11-01", "2022-11-03"),
                19: ("2022-11-01", "2022-11-03"),
            },
        ),
        (  # near miss: an operation left undated leads nothing in
            "Gwent Police stopped 64 vans during a three-day operation.\n\n"
            "Eight vans were seized and 19 drivers were fined.",
            {64: None, 8: None, 19: None},
        ),
        # near misses: dates outside the week named, or no dates after it
        (
            "Officers seized 12 bikes during a three-day operation last week. From 10 to 12 "
            "October they stopped 80 riders.",
            {12: None, 80: ("2022-10-10", "2022-10-12")},
        ),
        ("Officers seized 12 bikes during a three-day operation last week.", {12: None}),
        # near misses: the span stated next is of another length, or none is stated
        (
            "Officers seized 18 bikes in a two-week crackdown. In 2021 they stopped 200 riders.",
            {18: None, 200: ("2021-01-01", "2021-12-31")},
        ),
        ("Officers seized 18 bikes during a two-week crackdown.", {18: None}),
    ],
)
def test_an_operation_is_dated_by_its_span_stated_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "up from 309 in 2024" is a yardstick (its "in" inside the phrase): "over the same
        # period" after it is the figure's own year, not the yardstick's
        (
            "Officers logged 412 thefts in 2021, up from 309 in 2020. Across the county, "
            "thefts rose to 2,140 over the same period.",
            {
                412: ("2021-01-01", "2021-12-31"),
                309: ("2020-01-01", "2020-12-31"),
                2140: ("2021-01-01", "2021-12-31"),
            },
        ),
        # near miss: with no comparator words the year is the span stated before
        (
            "Officers logged 412 thefts in 2021. In 2020, they made 309 arrests. Across the "
            "county, thefts rose to 2,140 over the same period.",
            {
                412: ("2021-01-01", "2021-12-31"),
                309: ("2020-01-01", "2020-12-31"),
                2140: ("2020-01-01", "2020-12-31"),
            },
        ),
    ],
)
def test_the_same_period_after_a_yardstick_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part "of last year's" total: the year-long span the release reports
        (
            "Cleveland Police made 2,100 referrals in the year to 31 March. Middlesbrough "
            "accounted for 640 of last year's referrals.",
            dt.date(2025, 6, 2),
            [("2024-04-01", "2025-03-31"), ("2024-04-01", "2025-03-31")],
        ),
        # past a "since" span stated in between
        (
            "Police in Devon made 900 arrests in 2024/25. Since 2016 they have made 7,000. "
            "Exeter accounted for 210 of last year’s arrests.",
            dt.date(2025, 5, 12),
            [("2024-04-01", "2025-03-31"), ("2016-01-01", "2025-05-12"),
             ("2024-04-01", "2025-03-31")],
        ),
        # near misses: no year-long span reported, or one too old: the calendar year before
        (
            "Since 2019 the charity has taken 6,000 calls. Leeds accounted for 300 of last "
            "year's calls.",
            dt.date(2025, 3, 3),
            [("2019-01-01", "2025-03-03"), ("2024-01-01", "2024-12-31")],
        ),
        (
            "There were 400 thefts in 2021/22. Hull accounted for 90 of last year's thefts.",
            dt.date(2025, 3, 3),
            [("2021-04-01", "2022-03-31"), ("2024-01-01", "2024-12-31")],
        ),
    ],
)  # fmt: skip
def test_of_last_years_total(text: str, published: dt.date, expected: object) -> None:
    found = find_period_phrases(text, published)
    assert [(p.start.isoformat(), p.end.isoformat()) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part "of the year's" total: the year-long span stated before, past a quarter
        (
            "The board heard 5,200 concerns in the year to 31 March. In the first quarter "
            "of 2025/26 it heard 1,400. Hull accounted for a quarter of the year's concerns.",
            dt.date(2025, 10, 2),
            [("2024-04-01", "2025-03-31"), ("2025-04-01", "2025-06-30"),
             ("2024-04-01", "2025-03-31")],
        ),
        # near misses: no year-long span before (undated), "the year's end" (no count)
        (
            "In the first quarter of 2025/26 it heard 1,400. Hull accounted for a quarter "
            "of the year's concerns.",
            dt.date(2025, 10, 2),
            [("2025-04-01", "2025-06-30")],
        ),
        (
            "The board heard 5,200 concerns in 2024. A review is due by the year's end.",
            dt.date(2025, 10, 2),
            [("2024-01-01", "2024-12-31")],
        ),
    ],
)  # fmt: skip
def test_of_the_years_total(text: str, published: dt.date, expected: object) -> None:
    found = find_period_phrases(text, published)
    assert [(p.start.isoformat(), p.end.isoformat()) for p in found] == expected
