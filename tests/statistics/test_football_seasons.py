"""Football seasons worded without a split year (rules ``season_in_words``,
``this_season``, ``last_season``, ``past_seasons``, ``season_to_month`` of
:mod:`pressfacts.statistics.period_football_seasons`) and seasons as time, not counts
(exclusion ``seasons-as-time`` of :mod:`pressfacts.statistics.exclusions`).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.exclusions import blocked_spans
from tests.statistics.conftest import PeriodsOf, phrase_spans

periods = phrase_spans


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "West Yorkshire Police made 318 arrests at matches in the 2023 to 2024 season.",
            None,
            [("2023-08-01", "2024-05-31")],
            id="season-in-words",
        ),
        pytest.param(
            "Stewards ejected 61 fans in the 2022 to 2023 football season.",
            None,
            [("2022-08-01", "2023-05-31")],
            id="football-season-in-words",
        ),
        pytest.param(
            "So far this season, Cleveland Police have made 44 arrests at matches.",
            dt.date(2025, 2, 11),
            [("2024-08-01", "2025-02-11")],
            id="so-far-this-season",
        ),
        pytest.param(
            "This season, 12 supporters of the club have been banned.",
            dt.date(2024, 10, 3),
            [("2024-08-01", "2024-10-03")],
            id="this-season-after-august",
        ),
        pytest.param(
            "Officers made 205 arrests at football matches in Hampshire last season.",
            dt.date(2025, 9, 30),
            [("2024-08-01", "2025-05-31")],
            id="last-season-after-it-ended",
        ),
        pytest.param(
            "Fans were arrested 90 times at matches last season.",
            dt.date(2025, 3, 2),
            [("2023-08-01", "2024-05-31")],
            id="last-season-mid-season",
        ),
        pytest.param(
            "Over the past three seasons, football banning orders in Kent rose by 40%.",
            dt.date(2025, 7, 1),
            [("2022-08-01", "2025-05-31")],
            id="past-three-seasons",
        ),
        pytest.param(
            "In the last two seasons, 19 stewards were assaulted at the stadium.",
            dt.date(2025, 1, 20),
            [("2023-08-01", "2025-01-20")],
            id="last-two-seasons-running",
        ),
        # near misses: no football in the text, a possessive
        pytest.param(
            "Garden centres sold 400 barbecues this season.",
            dt.date(2025, 6, 2),
            [None],
            id="this-season-not-football",
        ),
        pytest.param(
            "Last season's figures for matches were published in March.",
            dt.date(2025, 6, 2),
            [("2025-03-01", "2025-03-31")],
            id="last-seasons-possessive",
        ),
        pytest.param(
            "Ski resorts had 5,000 visitors in the 2023 to 2024 season.",
            None,
            [None],
            id="season-in-words-not-football",
        ),
    ],
)
def test_football_season_periods(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "blocked", "kept"),
    [
        ("Over the past three seasons, arrests fell by 12%.", "three", "12"),
        ("The club has been relegated in two consecutive seasons, losing 30 games.", "two", "30"),
        ("Disorder was reported for four seasons in a row at 11 grounds.", "four", "11"),
        # near miss: a count of seasons with no time word before it
        ("The archive holds three seasons of footage from 14 grounds.", None, "three"),
    ],
)
def test_seasons_as_time(text: str, blocked: str | None, kept: str) -> None:
    spans = blocked_spans(text)

    def inside(word: str) -> bool:
        start = text.index(word)
        return any(s <= start and start + len(word) <= e for s, e in spans)

    if blocked is not None:
        assert inside(blocked)
    assert not inside(kept)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # rule season_so_far: from the season's 1 August to P while it runs
        pytest.param(
            "Cleveland Police has made 37 arrests since the start of the 2024/25 season.",
            dt.date(2025, 2, 11),
            [("2024-08-01", "2025-02-11")],
            id="since-the-start-of-a-split-year-season",
        ),
        pytest.param(
            "Stewards have ejected 80 fans since the beginning of this season.",
            dt.date(2024, 11, 3),
            [("2024-08-01", "2024-11-03")],
            id="since-the-beginning-of-this-season",
        ),
        pytest.param(
            "Officers made 212 arrests at matches since the start of the 2023/24 season.",
            dt.date(2024, 9, 1),
            [("2023-08-01", "2024-05-31")],
            id="season-over-by-p",
        ),
        # rule whole_season_before: the season before a season so far is whole
        pytest.param(
            "Durham Constabulary has sought 19 banning orders since the start of the 2024/25 "
            "season, compared with 12 in the whole of the previous season.",
            dt.date(2025, 3, 20),
            [("2024-08-01", "2025-03-20"), ("2023-08-01", "2024-05-31")],
            id="previous-season-whole",
        ),
        pytest.param(
            "So far this season, 44 fans have been arrested at matches, against 30 the season "
            "before.",
            dt.date(2025, 2, 11),
            [("2024-08-01", "2025-02-11"), ("2023-08-01", "2024-05-31")],
            id="season-before-whole",
        ),
        # near misses: "the previous year" after a season is a year shifted, not a season;
        # a season starting after P; no football in the text
        pytest.param(
            "Durham Constabulary has sought 19 banning orders since the start of the 2024/25 "
            "season, up from 12 in the same period the previous year.",
            dt.date(2025, 3, 20),
            [("2024-08-01", "2025-03-20"), ("2023-08-01", "2024-03-20")],
            id="previous-year-shifted",
        ),
        pytest.param(
            "Clubs expect 40 arrests since the start of the 2026/27 season.",
            dt.date(2025, 3, 20),
            [None],
            id="season-not-begun",
        ),
        pytest.param(
            "The resort has had 4,000 visitors since the start of this season.",
            dt.date(2025, 3, 20),
            [None],
            id="not-a-football-text",
        ),
    ],
)
def test_season_so_far_and_the_season_before(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers made 40 arrests at matches in the 2024/25 season to the end of March, down "
            "from 52 in the same period of 2023/24.",
            {40: ("2024-08-01", "2025-03-31"), 52: ("2023-08-01", "2024-03-31")},
            id="season-to-the-end-of-a-month-and-the-same-period",
        ),
        pytest.param(
            "Stewards ejected 18 fans during the 2024-25 football season, up to October.",
            {18: ("2024-08-01", "2024-10-31")},
            id="season-up-to-a-month-of-its-first-year",
        ),
        # near misses: a season alone, a season to its own end, a month outside the season
        pytest.param(
            "Officers made 40 arrests at matches in the 2024/25 season.",
            {40: ("2024-08-01", "2025-05-31")},
            id="a-season-alone-is-whole",
        ),
        pytest.param(
            "Officers made 40 arrests at matches in the 2024/25 season to the end of the season.",
            {40: ("2024-08-01", "2025-05-31")},
            id="to-the-end-of-the-season-is-no-month",
        ),
    ],
)
def test_a_season_to_a_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    """Rule ``season_to_month``: a season cut at the end of a month the words name."""
    assert periods_of(nlp, text, dt.date(2025, 6, 20)) == expected
