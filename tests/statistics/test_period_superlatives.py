"""A superlative's "since" ("the highest since 2019") is a yardstick, not a period: the
figure keeps the period its sentence states, and what follows refers to that."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2023, 9, 20)


def spans(text: str) -> list[tuple[str, str]]:
    return [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the superlative's year is no period; "the same period last year" refers to the span
        (
            "Between 1 and 14 August, 640 bikes were marked, the most since 2016, and up 8% on "
            "the same period last year",
            [("2023-08-01", "2023-08-14"), ("2022-08-01", "2022-08-14")],
        ),
        (
            "In 2022 there were 93 deaths, the lowest number since records were first kept in 1998",
            [("2022-01-01", "2022-12-31")],
        ),
        (
            "Calls in July 2023 were the highest since March 2020",
            [("2023-07-01", "2023-07-31")],
        ),
        ("It was the first time since 2011 that the figure fell", []),
        # words before the measure word: "the lowest summer total since"
        (
            "Between June and August calls fell to 3,120, the lowest summer total since 2019",
            [("2023-06-01", "2023-08-31")],
        ),
        ("Calls reached 900, the highest monthly figure recorded since 2018", []),
        # a start said again without its date; a rank among "any quarter"
        (
            "Since the scheme began in March 2021, 900 people have applied. Between July and "
            "September 212 people applied, the most of any quarter since the scheme began",
            [("2021-03-01", "2023-09-20"), ("2023-07-01", "2023-09-30")],
        ),
        (
            "Since the new powers started in May 2022, 300 orders were made. In June 88 were "
            "made, the highest number since the new powers started",
            [("2022-05-01", "2023-09-20"), ("2023-06-01", "2023-06-30")],
        ),
        # what a superlative ranks among after its measure words: "the highest number for any
        # quarter since"; a start with its year ends the phrase
        (
            "From July to September, 412 calls were taken, the highest number for any quarter "
            "since the line opened in 2017",
            [("2023-07-01", "2023-09-30")],
        ),
        (
            "In May 96 cars were seized, the lowest total in any month since 2020",
            [("2023-05-01", "2023-05-31")],
        ),
        # near miss: a rank among "any quarter" with no superlative before it is a span to P
        (
            "Referrals for any quarter since the team began in 2018 are online",
            [("2018-01-01", "2023-09-20")],
        ),
        # a superlative of a value takes any noun before its "since"
        (
            "In 2022 drivers were in a quarter of crashes, the lowest proportion since 2015",
            [("2022-01-01", "2022-12-31")],
        ),
        (
            "In 2022 there were 31 deaths, the fewest road deaths since 2010",
            [("2022-01-01", "2022-12-31")],
        ),
        # near misses: a "since" without a superlative is a span to P
        ("Thefts have risen 12% since 2019", [("2019-01-01", "2023-09-20")]),
        (
            "Since the scheme began in March, 300 people have applied",
            [("2023-03-01", "2023-09-20")],
        ),
        (
            "The most common offence since the unit opened in 2020 was theft",
            [("2020-01-01", "2023-09-20")],
        ),
    ],
)
def test_superlative_since(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule part ``ranked_span_for``: a span ranked for what it counts, then "since"
        (
            "In 2022 there were 88 dog attacks, the worst year for reported dog attacks since 2014",
            [("2022-01-01", "2022-12-31")],
        ),
        (
            "This was the busiest summer for coastguard call-outs since 2011, with 610 in August",
            [("2023-08-01", "2023-08-31")],
        ),
        (
            "In May there were 40 fires, the quietest month for grass fires since 2018",
            [("2023-05-01", "2023-05-31")],
        ),
        # near misses: no ranked span ("a year for", no superlative); a "since" of its own
        (
            "It has been a difficult year for farmers since 2021, with 40 thefts",
            [("2021-01-01", "2023-09-20")],
        ),
        (
            "The worst year for thefts was 2019, and thefts have risen 9% since 2020",
            [("2020-01-01", "2023-09-20")],
        ),
    ],
)
def test_ranked_span_since(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected
