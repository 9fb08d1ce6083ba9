"""Stage 3a: periods as whole ISO dates, relative phrases resolved."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.statistics.period_rules import month_end, months_before, whole_months_after
from pressfacts.statistics.periods import find_periods

P = dt.date(2023, 4, 19)


def periods(text: str, published: dt.date | None = P) -> list[tuple[str, str]]:
    return [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between July 2017 and January 2018", [("2017-07-01", "2018-01-31")]),
        ("between 2021 and 2022", [("2021-01-01", "2022-12-31")]),
        ("from April to June 2023", [("2023-04-01", "2023-06-30")]),
        # a report's span: "covering October to December 2022"; not "recovering in May"
        ("a report covering October to December 2022", [("2022-10-01", "2022-12-31")]),
        ("the force, recovering June to July losses", []),
        # the first month's year is the second's, or the year before when it wraps
        ("from November to February 2024", [("2023-11-01", "2024-02-29")]),
        ("in 2022", [("2022-01-01", "2022-12-31")]),
        ("during March 2021", [("2021-03-01", "2021-03-31")]),
        ("in the year to March 2023", [("2022-04-01", "2023-03-31")]),
        ("in the first six months of 2018", [("2018-01-01", "2018-06-30")]),
        # the UK financial year runs April to March
        ("in 2022/23", [("2022-04-01", "2023-03-31")]),
        # two days of one month; without a year, one that would start after P is the
        # latest before it, unless its sentence speaks of it as to come
        ("between 3 and 9 June", [("2022-06-03", "2022-06-09")]),
        ("The checks will run between 3 and 9 June.", [("2023-06-03", "2023-06-09")]),
        # days without a year take the publication year
        ("between March 24 and April 23", [("2023-03-24", "2023-04-23")]),
        # since a financial year: from its first day (P is 2023-04-19)
        ("up 40% since 2017/18", [("2017-04-01", "2023-04-19")]),
        # a weekday before a day is read past
        ("from Monday 13 to Sunday 19 March", [("2023-03-13", "2023-03-19")]),
        ("between Friday, March 3 and Sunday, March 5", [("2023-03-03", "2023-03-05")]),
        ("between 3 May and 9 June", [("2022-05-03", "2022-06-09")]),
        ("Patrols are due to run from 3 May to 9 June.", [("2023-05-03", "2023-06-09")]),
        ("Between October and December, 300 calls came in.", [("2022-10-01", "2022-12-31")]),
        ("from 2 to 30 April", [("2023-04-02", "2023-04-30")]),  # started by P: runs on
        # single days, read by dateparser once a regex has shaped them like a day
        ("on 14 March 2022", [("2022-03-14", "2022-03-14")]),
        ("on Tuesday, March 14, 2022", [("2022-03-14", "2022-03-14")]),
        ("the 3rd of April 2022", [("2022-04-03", "2022-04-03")]),
        ("on 03/04/2022", [("2022-04-03", "2022-04-03")]),  # British order: day first
        # a day without a year is the latest such day not after publication (19 April)
        ("on 5 April", [("2023-04-05", "2023-04-05")]),
        ("on 5 May", [("2022-05-05", "2022-05-05")]),
        ("on 31 February 2023", []),  # no such day
        # the words kept are the period's own: not the comma or the sentence's stop
        ("on 5 April.", [("2023-04-05", "2023-04-05")]),
        # relative to the publication date
        ("last year", [("2022-01-01", "2022-12-31")]),
        ("this year", [("2023-01-01", "2023-04-19")]),
        ("last month", [("2023-03-01", "2023-03-31")]),
        ("in the past 12 months", [("2022-04-01", "2023-03-31")]),
        ("over the last six months", [("2022-10-01", "2023-03-31")]),
        ("since 2021", [("2021-01-01", "2023-04-19")]),
        ("since January", [("2023-01-01", "2023-04-19")]),
        ("today", [("2023-04-19", "2023-04-19")]),
        # relative to the period before
        (
            "between July 2017 and January 2018, then in the following six month period",
            [("2017-07-01", "2018-01-31"), ("2018-02-01", "2018-07-31")],
        ),
        (
            "from April to June 2023, up from the previous three months",
            [("2023-04-01", "2023-06-30"), ("2023-01-01", "2023-03-31")],
        ),
        # "that year", "the year before" count from the period stated before
        (
            "in the year to March 2023; 418 in that year, down from 475 the year before",
            [
                ("2022-04-01", "2023-03-31"),
                ("2022-04-01", "2023-03-31"),
                ("2021-04-01", "2022-03-31"),
            ],
        ),
        # "the previous three months" after a stated period is not relative to P
        (
            "between April and June 2022, up from the previous three months",
            [("2022-04-01", "2022-06-30"), ("2022-01-01", "2022-03-31")],
        ),
        (
            "in 2019 and over the same period",
            [("2019-01-01", "2019-12-31"), ("2019-01-01", "2019-12-31")],
        ),
        # plain words dateparser would take for dates are not periods
        ("we may act now, for a second time", []),
        # a following period with nothing before it cannot be placed
        ("in the following six months", []),
    ],
)
def test_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    "text", ["last year", "this year", "since 2021", "in the past 12 months", "today", "on 5 May"]
)
def test_without_a_publication_date_relative_periods_are_not_guessed(text: str) -> None:
    assert periods(text, published=None) == []


def test_a_fixed_year_needs_no_publication_date() -> None:
    assert periods("between July 2017 and January 2018", published=None) == [
        ("2017-07-01", "2018-01-31")
    ]


def test_month_arithmetic() -> None:
    assert month_end(2024, 2) == dt.date(2024, 2, 29)
    assert whole_months_after(dt.date(2018, 1, 31), 1) == (
        dt.date(2018, 2, 1),
        dt.date(2018, 2, 28),
    )
    assert months_before(dt.date(2023, 1, 5), 3) == dt.date(2022, 10, 1)


@given(
    st.text(max_size=200), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1))
)
def test_no_text_crashes_the_grammar_and_periods_are_ordered(text: str, published: dt.date) -> None:
    for period in find_periods(text, published):
        assert period.start <= period.end
        assert 0 <= period.start_char <= period.end_char <= len(text)


def test_component_reads_the_publication_date() -> None:
    from pressfacts.extensions import register_extensions

    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("pressfacts_periods")
    doc = nlp.make_doc("Reports rose last year.")
    doc._.published = dt.date(2020, 6, 1)
    doc = nlp(doc)
    assert [(p.start, p.end) for p in doc._.periods] == [
        (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Officers arrested 12 people on Tuesday 5 April.", "on Tuesday 5 April"),
        ("Between 24 March and 23 April, 40 calls were made.", "Between 24 March and 23 April"),
        ("Arrests were made in May 2022.", "in May 2022"),
        ("It rose 8% by 14 Sept. 2022", "14 Sept. 2022"),  # an abbreviation keeps its stop
    ],
)
def test_period_words_are_trimmed(text: str, words: str) -> None:
    [period] = find_periods(text, P)
    assert text[period.start_char : period.end_char] == words
