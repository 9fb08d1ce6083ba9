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
        # rule done_since_also: "also" or "since" after the auxiliary
        ("The team, set up in May with council funding, has also made 63 arrests.",
         {63: SINCE_MAY}),
        ("The refuge, opened in May, has since helped 41 women.", {41: SINCE_MAY}),
        # an object after the verb of starting; a present perfect of a tally
        ("In Cheddar, where parents set up a Speedwatch group in May, they have recorded "
         "212 cars.", {212: SINCE_MAY}),
        ("Wardens launched the scheme in May and have issued 95 fines.", {95: SINCE_MAY}),
        # bins installed at named sites, or "last" month
        ("The knife bins installed at Leek, Cheadle and Stone in May have taken in 212 "
         "blades between them.", {212: SINCE_MAY}),
        ("The newest kiosk was installed last May and has already taken in 64 phones.",
         {64: SINCE_MAY}),
        # a "which" aside holding the start; a count after its own subject
        ("The Safe Space hub, which began in May, has so far helped 310 people.",
         {310: SINCE_MAY}),
        ("Under Operation Larch, which started in May, detectives have arrested 57 people.",
         {57: SINCE_MAY}),
        ("Operation Larch, launched in May, has led to 23 charges.", {23: SINCE_MAY}),
        # the start's year stated (rule started_in_year_then_so_far, or launched_in_month
        # before what has been done since)
        ("The panel, set up in March 2024, has already heard 88 cases.",
         {88: ("2024-03-01", "2025-09-18")}),
        ("The hub, opened in 2023, has seen 1,400 visitors.", {1400: ("2023-01-01", "2025-09-18")}),
        ("The scheme, launched in April 2024, has so far helped 615 families.",
         {615: ("2024-04-01", "2025-09-18")}),
        # near misses: an aside of no start before a present perfect; a past main verb
        ("The charity, which was founded in 1998, has helped 5,000 people.", {5000: None}),
        ("The hub, which began in May, helped 80 families in June.",
         {80: ("2025-06-01", "2025-06-30")}),
        ("St Ives, which joined the scheme in May, recorded 37 thefts.", {37: None}),
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
