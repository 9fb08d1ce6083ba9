""" "since the attack" after an incident the release dated where it first named it ("a
ransomware attack … last month") runs from that period's start to P (rule
``since_the_incident``). Sentences written for these tests; the near misses stay as the
other rules read them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 9, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hackers hit Wrexham Council in a cyber attack last month. Since the attack, 40 staff "
         "have worked weekends.",
         [("last month", "2025-08-01", "2025-08-31"),
          ("Since the attack", "2025-08-01", "2025-09-10")]),
        ("A data breach at Oldham College in March exposed 300 files. There have been 12 "
         "complaints since the breach.",
         [("in March", "2025-03-01", "2025-03-31"),
          ("since the breach", "2025-03-01", "2025-09-10")]),
        ("A hack on 2 June took the booking system down. Bookings have fallen 8% since the "
         "hack.",
         [("on 2 June", "2025-06-02", "2025-06-02"),
          ("since the hack", "2025-06-02", "2025-09-10")]),
        # the incident's own date, not a later date in a sentence naming it again
        ("An attack on the trust's servers last month cost £90,000. Responding to the attack "
         "took until 1 September, and 14 staff have been retrained since the attack.",
         [("last month", "2025-08-01", "2025-08-31"),
          ("1 September", "2025-09-01", "2025-09-01"),
          ("since the attack", "2025-08-01", "2025-09-10")]),
        # near misses: no incident dated before; a month of its own (another rule)
        ("Officers made 40 arrests last month. Since the attack, 17 staff have been off work.",
         [("last month", "2025-08-01", "2025-08-31")]),
        ("A cyber attack hit the council last month. Some 17 staff have worked since the "
         "attack in July.",
         [("last month", "2025-08-01", "2025-08-31"),
          ("since the attack in July", "2025-07-01", "2025-09-10")]),
    ],
)  # fmt: skip
def test_since_the_incident(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
