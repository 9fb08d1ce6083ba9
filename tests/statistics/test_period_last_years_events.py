""" "last year's consultation / survey / appeal / census" repeats the dates stated before
a year earlier, as "last year's campaign" does (``same_period_last_year``; sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The budget consultation ran from 4 November to 15 December and drew 2,640 "
            "replies, against 1,905 in last year's consultation.",
            {2640: ("2024-11-04", "2024-12-15"), 1905: ("2023-11-04", "2023-12-15")},
        ),
        (
            "Between June and August, 812 residents of Powys answered the survey, up from "
            "590 in last year's survey.",
            {812: ("2024-06-01", "2024-08-31"), 590: ("2023-06-01", "2023-08-31")},
        ),
        (
            "The toy appeal ran from 1 to 20 December and collected 3,300 gifts, compared "
            "with 2,750 in last year's appeal.",
            {3300: ("2024-12-01", "2024-12-20"), 2750: ("2023-12-01", "2023-12-20")},
        ),
        (  # a reprint's lost apostrophe ("last years campaign") reads as "last year's"
            "Officers tested drivers between 20 June and 20 July and arrested 307 drivers, against "
            "264 during last years campaign.",
            {307: ("2024-06-20", "2024-07-20"), 264: ("2023-06-20", "2023-07-20")},
        ),
        (
            "The knife amnesty ran from 3 to 16 May and 410 blades were handed in, up from "
            "350 in last years amnesty.",
            {410: ("2024-05-03", "2024-05-16"), 350: ("2023-05-03", "2023-05-16")},
        ),
    ],
)
def test_last_years_event_is_a_year_earlier(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_last_years_event_with_nothing_before_is_undated(
    nlp: Language, periods_of: PeriodsOf
) -> None:
    text = "In last year's survey, 980 people in Dyfed took part."
    assert periods_of(nlp, text, P) == {980: None}


def test_plural_last_years_is_no_event(nlp: Language, periods_of: PeriodsOf) -> None:
    """Near miss: "the last years" with no event noun after it is no period."""
    text = "Between June and August, 812 people took part. In the last years 590 people did."
    assert periods_of(nlp, text, P)[590] != ("2023-06-01", "2023-08-31")
