""" "during the season" after a release has dated its season (rule ``the_season``,
:func:`pressfacts.statistics.period_season_refers.stated_season`): the latest span
stated not far before it that lasts four weeks to eleven months and is no yardstick, in a text
that does not speak of football; a sporting season stated before still comes first; a span
whose sentence speaks of a season comes before a part of it stated since (rule
``season_named_span``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, phrase_spans

P = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hare coursing or poaching season dated by a range, past the yardstick after it
        ("North Yorkshire Police had 230 reports of hare coursing between 1 October and "
         "the end of February, down 12% on the same period last year. Officers seized 21 "
         "dogs during the season.",
         {230: ("2025-10-01", "2026-02-28"), 12: ("2024-10-01", "2026-02-28"),
          21: ("2025-10-01", "2026-02-28")}),
        ("Between September and January, Essex Police recorded 96 poaching incidents. "
         "Throughout the season, 14 people were arrested.",
         {96: ("2025-09-01", "2026-01-31"), 14: ("2025-09-01", "2026-01-31")}),
        ("Farmers reported 61 attacks on ewes between March and May last year, and over "
         "the season 38 lambs died.",
         {61: ("2025-03-01", "2025-05-31"), 38: ("2025-03-01", "2025-05-31")}),
        # a sporting season stated before still comes first
        ("There were 40 arrests in the 2024/25 season, and 12 banning orders were made "
         "during the season.",
         {40: ("2024-08-01", "2025-05-31"), 12: ("2024-08-01", "2025-05-31")}),
    ],
)  # fmt: skip
def test_the_season_stated_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a football text; no span before; a span of a day, of years, of a
        # financial year; the
        # phrase is undated (what its sentence borrows otherwise is another rule's)
        ("Between September and January, 30 fans were arrested at matches. During the "
         "season, 9 stewards were hurt.", [("2025-09-01", "2026-01-31"), None]),
        ("Officers seized 37 dogs during the season.", [None]),
        ("On 3 November, 8 coursers were stopped. During the season, 40 dogs were seized.",
         [("2025-11-03", "2025-11-03"), None]),
        ("Between 2021 and 2024, 900 hares were killed. During the season, 40 dogs were "
         "seized.", [("2021-01-01", "2024-12-31"), None]),
        ("In 2025/26, 120 hares were killed. During the season, 40 dogs were seized.",
         [("2025-04-01", "2026-03-31"), None]),
        # a season named by its kind is the seasons rules' or none
        ("Between March and May, 61 ewes were attacked. During the lambing season, 38 "
         "lambs died.", [("2026-03-01", "2026-05-31")]),
    ],
)  # fmt: skip
def test_no_season_stated_before(text: str, expected: list[tuple[str, str] | None]) -> None:
    assert phrase_spans(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rural season's split year: its months unsaid, so undated (not August to May)
        ("Reports of hare coursing in Norfolk fell by 25% during the 2025/26 season.",
         {25: None}),
        ("Poaching incidents rose to 88 in the 2024/25 season, Suffolk Police said.",
         {88: None}),
        ("Anglers were fined 14 times in the 2024-25 season on the Tweed.", {14: None}),
        # near misses: a football text; a split-year season in a text of no rural season
        ("Hare coursing fans aside, 40 supporters were arrested at matches in the 2024/25 "
         "season.", {40: ("2024-08-01", "2025-05-31")}),
        ("There were 31 arrests in the 2024/25 season, West Yorkshire Police said.",
         {31: ("2024-08-01", "2025-05-31")}),
    ],
)  # fmt: skip
def test_a_rural_seasons_split_year_is_undated(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``season_not_football`` (``football_season``'s resolver)."""
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule season_named_span: the span a sentence called a season, past a part of it
        # (a month of the season) stated since
        ("Beach wardens helped 900 people between May and September, their busiest season "
         "yet. July was the busiest month of the season, with 310 callouts. Wardens gave "
         "first aid 120 times over the season.",
         {900: ("2025-05-01", "2025-09-30"), 310: ("2025-07-01", "2025-07-31"),
          120: ("2025-05-01", "2025-09-30")}),
        # near miss: no sentence calls a span a season: the latest span, as before
        ("Beach wardens helped 900 people between May and September. In July they made 310 "
         "callouts. Wardens gave first aid 120 times over the season.",
         {900: ("2025-05-01", "2025-09-30"), 310: ("2025-07-01", "2025-07-31"),
          120: ("2025-07-01", "2025-07-31")}),
    ],
)  # fmt: skip
def test_the_span_called_a_season(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
