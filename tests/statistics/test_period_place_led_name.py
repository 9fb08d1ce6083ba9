"""A sentence opening with a council, commissioner, authority or board named for a place
("Cornwall Council said …", "Leeds City Council …") is no breakdown by place: its counts
take no period of a total of the same noun before (guard ``place_led_name`` of
``period_place_parts.PLACE_LED_NAME``); a sentence opening with the place itself, or with
a force named for its area, still is (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_place_parts import PLACE_LED_NAME
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 5)
YEAR = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wardens issued 640 fines in Cornwall in 2024.\n\nCornwall Council said it had "
         "written to the owners of 290 fines.", {640: YEAR, 290: None}),
        ("Officers recovered 75 bikes in Leeds in 2024.\n\nLeeds City Council said it had "
         "fitted locks to 400 bikes.", {75: YEAR, 400: None}),
        # near misses: the place itself opens the sentence
        ("Wardens issued 640 fines in Cornwall in 2024.\n\nPenzance saw 61 fines.",
         {640: YEAR, 61: YEAR}),
        ("Officers recovered 75 bikes in Yorkshire in 2024.\n\nIn Leeds, 30 bikes were "
         "returned to owners.", {75: YEAR, 30: YEAR}),
        ("Forces seized 900 knives in England in 2024.\n\nWest Midlands Police seized 210 "
         "knives and Merseyside Police 95.", {900: YEAR, 210: YEAR, 95: YEAR}),
    ],
)  # fmt: skip
def test_an_organisation_named_for_a_place_opens_no_breakdown(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("after", "name"),
    [(" County Council said", True), (" Police and Crime Commissioner Ann Lee", True),
     (" City Council", True), (" Police held 904", False), (" saw 61", False),
     ("'s commissioner", False), (", 30 bikes", False)],
)  # fmt: skip
def test_place_led_name(after: str, name: bool) -> None:
    assert (PLACE_LED_NAME.match(after) is not None) is name
