""" "Since" a holiday named alone (rule ``since_holiday``): "since Easter", "since Christmas",
"since New Year": from the holiday's day (the latest not after P, or of the year stated) to
P. Not a ground or an event named after the holiday, nor the holiday modifying a noun."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, dated_phrases

P = dt.date(2025, 6, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Easter Sunday 2025 was 20 April
        (
            "Nine barns have been broken into since Easter.",
            [("since Easter", "2025-04-20", "2025-06-17")],
        ),
        (
            "Since Easter Monday, 31 quad bikes were stolen.",
            [("Since Easter Monday", "2025-04-21", "2025-06-17")],
        ),
        (
            "Since Christmas, the team has seized 14 trailers.",
            [("Since Christmas", "2024-12-25", "2025-06-17")],
        ),
        (
            "Since New Year, 220 calls have been logged.",
            [("Since New Year", "2025-01-01", "2025-06-17")],
        ),
        (
            "There have been six raids since Boxing Day.",
            [("since Boxing Day", "2024-12-26", "2025-06-17")],
        ),
        # a year stated, or told by "last year"
        (
            "Since Christmas 2023, 48 sheep have been taken.",
            [("Since Christmas 2023", "2023-12-25", "2025-06-17")],
        ),
        (
            "Since Easter last year, 72 gates were rammed.",
            [("Since Easter last year", "2024-03-31", "2025-06-17")],
        ),
        # near misses: a ground, an event, the holiday modifying a noun
        ("Since Easter Road reopened, 12 fans were arrested.", []),
        ("Nothing like it since the Easter Rising.", []),
        ("Since Christmas markets opened, 40 thefts were reported.", []),
    ],
)
def test_since_holiday_phrases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected


def test_since_holiday_dates_its_figure(nlp: Language, periods_of: PeriodsOf) -> None:
    text = "Dyfed-Powys Police said 19 tractors had been stolen since Easter."
    assert periods_of(nlp, text, P) == {19.0: ("2025-04-20", "2025-06-17")}


def test_since_holiday_undated_without_publication() -> None:
    assert dated_phrases("Nine barns have been broken into since Easter.", None) == []
