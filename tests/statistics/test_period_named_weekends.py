""" "Over the weekend" after a span the text called a weekend ("over the carnival weekend
of 24 and 25 August") points back to it whatever its days (a bank holiday weekend of a
Sunday and a Monday) and from a few paragraphs on (``period_weeks.NAMED_WEEKEND``, rule
``named_weekend_points_back``); a span not called a weekend keeps the old reach and days."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 6, 3)  # a Wednesday
_FILLER = " Officers thanked the public for their patience during the event." * 6


def last(text: str) -> tuple[str, str]:
    """(start, end) of the last dated period phrase of ``text``."""
    found = dated_phrases(text, P)
    return (found[-1][1], found[-1][2])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lancashire Police made 57 arrests over the festival weekend of 24 and 25 May."
            + _FILLER
            + " Officers seized 12 knives over the weekend.",
            ("2026-05-24", "2026-05-25"),
        ),
        (
            "Kent Police dealt with 140 incidents during the carnival weekend of 24 and "
            "25 May. Twenty officers were injured over the weekend.",
            ("2026-05-24", "2026-05-25"),
        ),
        (
            "Over the race weekend of 30 and 31 May, officers made 18 arrests."
            + _FILLER
            + " A further nine people were charged over the weekend.",
            ("2026-05-30", "2026-05-31"),
        ),
        # near misses: a span not called a weekend, a Sunday-Monday span close before
        # (the latest weekend, as before), and one too far back
        (
            "Police made 40 arrests between 24 and 25 May. Officers seized nine knives over "
            "the weekend.",
            ("2026-05-30", "2026-05-31"),
        ),
        (
            "Police made 40 arrests over the weekend of 24 and 25 May."
            + _FILLER * 5
            + " Officers seized nine knives over the weekend.",
            ("2026-05-30", "2026-05-31"),
        ),
    ],
)
def test_over_the_weekend_points_back_to_a_named_weekend(
    text: str, expected: tuple[str, str]
) -> None:
    assert last(text) == expected
