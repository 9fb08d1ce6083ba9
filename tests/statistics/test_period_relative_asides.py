"""A period inside a relative clause between commas ("Catch22, which has run the service
since 2020, supported …") is the clause's: the figure after it takes its own clause's
period (:data:`pressfacts.statistics.period_clauses.RELATIVE_ASIDE`). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 11, 12)
YEAR = ("2024-04-01", "2025-03-31")

ROWS = [
    pytest.param(
        "Catch22, which has run the service in Kent since 2020, supported 530 young people "
        "in the year to March 2025.",
        {530: YEAR},
        id="which-has-since",
    ),
    pytest.param(
        "The helpline, which was set up in 2018, took 2,900 calls in 2024/25.",
        {2900: YEAR},
        id="which-was-set-up-in",
    ),
    pytest.param(
        "Ms Hale, who has led the team since 2021, said it safeguarded 88 children in 2024/25.",
        {88: YEAR},
        id="who-has-led",
    ),
    # an aside with a past verb, and a figure with no period of its own clause: the period
    # of the sentence before, not the aside's
    pytest.param(
        "Officers seized 90 bikes over the summer. Leek and Buxton, which joined the scheme in "
        "May, accounted for 31 between them.",
        {90: ("2025-06-01", "2025-08-31"), 31: ("2025-06-01", "2025-08-31")},
        id="which-joined-no-period-of-its-own",
    ),
    pytest.param(
        "The hub, which opened in March, helped 140 families in 2024/25.",
        {140: YEAR},
        id="which-opened",
    ),
    # a "where" aside telling of the place that opens the sentence
    pytest.param(
        "Officers seized 90 bikes over the summer. In Leek, where the council fitted two "
        "new gates in May, 31 bikes were recovered.",
        {90: ("2025-06-01", "2025-08-31"), 31: None},
        id="where-aside-past",
    ),
    pytest.param(
        "In Frome, where Mendip volunteers began a hub in 2023, 212 families were helped in "
        "2024/25.",
        {212: YEAR},
        id="where-aside-own-period",
    ),
    # near miss: a "where" aside before a present perfect dates the count so far
    pytest.param(
        "In the village of Compton, where residents set up a group in March, volunteers have "
        "logged 410 speeding cars.",
        {410: ("2025-03-01", "2025-11-12")},
        id="where-aside-present-perfect",
    ),
    # rule where_aside_resumes: a closed "where" aside after the figure's place; the
    # figure's clause resumes after it and takes the period there
    pytest.param(
        "Officers made 46 arrests in Headingley, where many students live, between 3 and 9 "
        "October.",
        {46: ("2025-10-03", "2025-10-09")},
        id="where-aside-then-the-figures-period",
    ),
    pytest.param(
        "Wardens issued 75 fines in Cowley, where most of the city's landlords are based, "
        "in August.",
        {75: ("2025-08-01", "2025-08-31")},
        id="where-aside-then-a-month",
    ),
    # near misses: an unclosed "where" clause still ends the figure's clause; a "where"
    # aside holding a period of its own keeps it
    pytest.param(
        "Officers made 46 arrests in Headingley in September, where the university opened "
        "a hub in 2024.",
        {46: ("2025-09-01", "2025-09-30")},
        id="unclosed-where-clause-with-its-own-year",
    ),
    pytest.param(
        "Officers made 46 arrests in Headingley, where a hub opened in 2024, and 12 in Hyde Park.",
        {46: None},
        id="where-aside-holding-its-own-year",
    ),
    # near misses: a figure inside the aside keeps the aside's period; no closing comma,
    # no aside
    pytest.param(
        "The charity, which has helped 4,000 families since 2019, opened a hub in 2024/25.",
        {4000: ("2019-01-01", "2025-11-12")},
        id="figure-inside-the-aside",
    ),
    pytest.param(
        "The helpline which was set up in 2018 took 2,900 calls.",
        {2900: ("2018-01-01", "2018-12-31")},
        id="restrictive-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_relative_asides(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    found = periods_of(nlp, text, PUBLISHED)
    assert {value: found.get(value) for value in expected} == expected
