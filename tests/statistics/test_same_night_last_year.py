""" "The same night last year" repeats a night stated before a year earlier
(``same_night_last_year``); sentences invented for these tests, with a near miss that must
not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

P = dt.date(2025, 11, 8)  # a Saturday; Bonfire Night 2025 was a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night of two dates, a year earlier
        ("Crews went to 380 fires between 6pm on Wednesday and 6am on Thursday, up 12% on "
         "the same night last year.",
         [("2025-11-05", "2025-11-06"), ("2024-11-05", "2024-11-06")]),
        ("Avon Fire and Rescue Service logged 60 calls from 31 October to 1 November 2025, "
         "against 48 on the same night a year earlier.",
         [("2025-10-31", "2025-11-01"), ("2024-10-31", "2024-11-01")]),
        # near miss: "the same night" with no year after it is no yardstick
        ("Crews went to 380 fires on 5 November 2025, and the same night a gas main burst.",
         [("2025-11-05", "2025-11-05")]),
    ],
)  # fmt: skip
def test_the_same_night_last_year(text: str, expected: object) -> None:
    assert phrase_spans(text, P) == expected
