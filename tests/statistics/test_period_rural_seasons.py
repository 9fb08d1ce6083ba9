""" "the 2024/25 season" of a rural season whose months the release stated before (rule
``football_season``, :func:`pressfacts.statistics.period_rural_seasons.rural_season_months`):
those months, moved to the split year's own years; undated when none was stated. Sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, phrase_spans

P = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the months stated for this season, moved to the split year's years
        ("Between October and January, Suffolk Constabulary logged 140 poaching reports. "
         "That compared with 95 reports in the 2024/25 season.",
         {140: ("2025-10-01", "2026-01-31"), 95: ("2024-10-01", "2025-01-31")}),
        ("Between 1 November 2023 and the end of February 2024, anglers on the Wye were "
         "fined 22 times. In the 2022/23 season there were 31 fines.",
         {22: ("2023-11-01", "2024-02-29"), 31: ("2022-11-01", "2023-02-28")}),
        ("From September to March, 310 hare coursing calls were made in Essex, against "
         "402 in the 2023-24 season.",
         {310: ("2025-09-01", "2026-03-31"), 402: ("2023-09-01", "2024-03-31")}),
    ],
)  # fmt: skip
def test_a_rural_split_year_takes_the_stated_season_months(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``football_season``'s ``rural_season_months`` part."""
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a span within one calendar year, a financial year, no span before
        # (each phrase's own dates; what a sentence borrows otherwise is another rule's)
        ("Between March and May, 61 ewes were attacked in the lambing fields. In the "
         "2024/25 season, 38 lambs died.", [("2026-03-01", "2026-05-31"), None]),
        ("In 2025/26, 120 hares were killed by hare coursing gangs. In the 2024/25 season, "
         "40 dogs were seized.", [("2025-04-01", "2026-03-31"), None]),
        ("Poaching incidents rose to 88 in the 2024/25 season, Suffolk Police said.", [None]),
        # a football text: August to May
        ("Hare coursing aside, 30 fans were arrested at matches between September and "
         "February, after 41 arrests in the 2024/25 season.",
         [("2025-09-01", "2026-02-28"), ("2024-08-01", "2025-05-31")]),
    ],
)  # fmt: skip
def test_a_rural_split_year_stays_undated(
    text: str, expected: list[tuple[str, str] | None]
) -> None:
    assert phrase_spans(text, P) == expected
