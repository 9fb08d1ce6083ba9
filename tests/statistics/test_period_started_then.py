"""A thing started in a month, then what has been done since: "the unit, set up in June,
has already linked …", "where residents set up a group in March, volunteers have recorded
640" (``since_days`` rule ``started_then_so_far``): from that month to P. Sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 18)
SINCE_MAY = ("2025-05-01", "2025-09-18")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hub, launched in May, has already taken 700 calls.", {700: SINCE_MAY}),
        # an object after the verb of starting; a present perfect of a tally
        ("In Cheddar, where parents set up a Speedwatch group in May, they have recorded "
         "212 cars.", {212: SINCE_MAY}),
        ("Wardens launched the scheme in May and have issued 95 fines.", {95: SINCE_MAY}),
        # bins installed at named sites, or "last" month
        ("The knife bins installed at Leek, Cheadle and Stone in May have taken in 212 "
         "blades between them.", {212: SINCE_MAY}),
        ("The newest kiosk was installed last May and has already taken in 64 phones.",
         {64: SINCE_MAY}),
        # near misses: a past tally (the month alone); a present perfect of no tally
        ("The hub opened in May. Staff helped 80 families in June.",
         {80: ("2025-06-01", "2025-06-30")}),
        ("The hub opened in May and has been busy, with 80 visits in August.",
         {80: ("2025-08-01", "2025-08-31")}),
        ("The bins installed at Leek and Stone in May took in 212 blades in June.",
         {212: ("2025-06-01", "2025-06-30")}),
    ],
)  # fmt: skip
def test_started_then_done_since(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
