""" "this spring" told in the past after a "for" naming who the work was done for (rule
``for_named_body`` of ``season_purpose``): the season just over, as the sentence's past tense
says (rule ``this_season_told_in_past``), not the next one; a "for" of purpose (a lower-case
thing the money is for) still gives the coming season (guard ``season_purpose_ahead``).
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A poll of 1,800 women carried out for the Police and Crime Commissioner this spring "
         "found that 58% felt unsafe.", ("this spring", "2025-03-01", "2025-05-31")),
        ("A study of 300 bus stops done for Transport for Greater Manchester this spring found "
         "40 had broken lights.", ("this spring", "2025-03-01", "2025-05-31")),
        ("A survey commissioned for the Mayor of London this spring found that 45% of women "
         "avoided the Tube at night.", ("this spring", "2025-03-01", "2025-05-31")),
        # near misses: a "for" of purpose (lower-case, or a name with a lower-case noun after
        # it, or a body not named) keeps the coming spring
        ("The commissioner had set aside £12,000 for Safer Streets patrols this spring.",
         ("this spring", "2026-03-01", "2026-05-31")),
        ("The charity had raised £6,000 for the council this spring.",
         ("this spring", "2026-03-01", "2026-05-31")),
    ],
)  # fmt: skip
def test_for_named_body(text: str, expected: tuple[str, str, str]) -> None:
    assert dated_phrases(text, P) == [expected]
