""" "… was two years ago" after a copula says when one event happened, not the span a figure
covers (rule `event_years_ago` in ``period_same_lengths.resolve_year_before``); a yardstick
"N years ago" still dates its figure (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group has 85 members, and the last break-in on the estate was over three "
         "years ago.", {85: None}),
        ("Volunteers run 12 patrols a week; the scheme's launch was five years ago.",
         {12: None}),
        ("We now have 230 members and our last car theft was almost two years ago.",
         {230: None}),
        # near misses: a yardstick "N years ago" dates its figure
        ("Officers recovered 64 bikes, up from 41 three years ago.",
         {64: None, 41: ("2021-01-01", "2021-12-31")}),
        ("Kent Police recorded 310 thefts from vans two years ago.",
         {310: ("2022-01-01", "2022-12-31")}),
    ],
)  # fmt: skip
def test_event_years_ago(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
