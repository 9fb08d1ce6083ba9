"""Multi-year average yardsticks: a change against one covers the N years before the
period it is measured over, to that period's end; the level measured keeps its period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_averages import AVERAGE_RULES
from pressfacts.statistics.period_table import PERIOD_RULES
from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2022, 5, 10)
Periods = dict[float, tuple[str, str] | None]


def test_the_average_rules_are_period_rules() -> None:
    assert set(AVERAGE_RULES) <= {rule.name for rule in PERIOD_RULES}


# (text, P, {value: period}): the yardstick after the period it is measured over
AFTER_THE_PERIOD: list[tuple[str, dt.date | None, Periods]] = [
    (
        "Between April and September 2019 officers in Moray recorded 812 frauds, 27% above "
        "the five-year average.",
        None,
        {812: ("2019-04-01", "2019-09-30"), 27: ("2014-04-01", "2019-09-30")},
    ),
    (
        "From January to March 2021 Gwent Police logged 640 burglaries, up 12 per cent on "
        "the three-year mean.",
        None,
        {640: ("2021-01-01", "2021-03-31"), 12: ("2018-01-01", "2021-03-31")},
    ),
    (
        "In 2020/21 Cumbria recorded 210 rural thefts, 8% higher than the five year rolling "
        "average.",
        None,
        {210: ("2020-04-01", "2021-03-31"), 8: ("2015-04-01", "2021-03-31")},
    ),
    (
        "Dorset officers caught 460 drivers last year, 9% fewer than the average of the "
        "past four years.",
        P,
        {460: ("2021-01-01", "2021-12-31"), 9: ("2017-01-01", "2021-12-31")},
    ),
    (
        "During July 2021 the line in Hull took 1,290 calls. That was 15.5% above the "
        "previous three years' average.",
        None,
        {1290: ("2021-07-01", "2021-07-31"), 15.5: ("2018-07-01", "2021-07-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), AFTER_THE_PERIOD)
def test_after_the_period(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date | None, expected: Periods
) -> None:
    assert periods_of(nlp, text, published) == expected


# the yardstick stated before the period it is measured over, in the same sentence
BEFORE_THE_PERIOD: list[tuple[str, dt.date | None, Periods]] = [
    (
        "Shoplifting in Essex was 14% below the five-year average in 2021.",
        None,
        {14: ("2016-01-01", "2021-12-31")},
    ),
    (
        "Reports in Fife rose 6 per cent on the three-year mean during August 2020, the "
        "council said.",
        None,
        {6: ("2017-08-01", "2020-08-31")},
    ),
    # a period earlier in its own sentence is the one it is measured against
    (
        "In 2019, knife crime in Kent was 4% above the five-year average; in 2020 it fell.",
        None,
        {4: ("2014-01-01", "2019-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), BEFORE_THE_PERIOD)
def test_before_the_period(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date | None, expected: Periods
) -> None:
    assert periods_of(nlp, text, published) == expected


# the level a yardstick is compared with keeps the period it is measured over
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between April and June 2021, Kent officers recorded 412 thefts compared with "
            "the five-year average.",
            {412: ("2021-04-01", "2021-06-30")},
        ),
        (
            "Between April and September 2020 Tayside recorded 930 crimes, 18% up on the "
            "previous year.",
            {930: ("2020-04-01", "2020-09-30"), 18: ("2019-04-01", "2020-09-30")},
        ),
        (
            "From May to June 2021 Devon took 515 calls, higher than the same period in 2019.",
            {515: ("2021-05-01", "2021-06-30")},
        ),
        # a count right before its own period keeps it: the earlier level
        (
            "There were 88 thefts in 2019-20, compared with 71 in 2018-19.",
            {88: ("2019-04-01", "2020-03-31"), 71: ("2018-04-01", "2019-03-31")},
        ),
        # "more than a year before" qualifies; it is no yardstick
        (
            "Between April and June 2021, 64 victims in Leeds waited more than a year "
            "before reporting.",
            {64: ("2021-04-01", "2021-06-30")},
        ),
    ],
)
def test_the_level_measured(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods
) -> None:
    assert periods_of(nlp, text, P) == expected


# near misses: no average, or nothing to measure it over
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no period stated: the average cannot be placed
        ("Calls to the Devon helpline were 14% above the three-year average.", {14: None}),
        # a five-year plan is no average
        (
            "In 2021 Surrey set out a five-year plan to cut burglary by 20%.",
            {20: ("2021-01-01", "2021-12-31")},
        ),
    ],
)
def test_near_miss(nlp: Language, periods_of: PeriodsOf, text: str, expected: Periods) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14% below the five-year average in 2021", ("previous", "2016-01-01", "2020-12-31")),
        ("in 2019, 4% above the 3-year mean", ("previous", "2016-01-01", "2018-12-31")),
        ("14% below the five-year average. In 2021 thefts fell", (UNRESOLVED, None, None)),
    ],
)
def test_average_phrase(text: str, expected: tuple[str, str | None, str | None]) -> None:
    phrases = find_period_phrases(text, None)
    [average] = [
        p for p in phrases if text[p.start_char : p.end_char].endswith(("average", "mean"))
    ]
    got = (
        (average.kind, None, None)
        if average.kind == UNRESOLVED
        else (average.kind, average.start.isoformat(), average.end.isoformat())
    )
    assert got == expected
