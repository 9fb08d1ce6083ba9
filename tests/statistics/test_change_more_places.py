"""Cue ``level-places-before`` of ``statistic_cues.jsonl``: "at two more events", "across
three more districts" count the places something is taken to, a level, not a change; a
comparative with "than", or after a verb of doing, stays a change, and so does a figure
placed against another after the same words ("running at 35% above the average": rule
``compared_not_added`` of ``changes.py``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commissioner has given the charity £12,500 to run drug-checking at two more "
         "events in Derby.",
         [(12500, "pounds", None), (2, "events", None)]),
        ("Officers will patrol across three more districts of Kent this summer.",
         [(3, "districts", None)]),
        ("Stewards will be stationed at four more gates at the festival in Lincoln.",
         [(4, "gates", None)]),
        # near misses: a comparative with "than", a count of what was done
        ("Police made 40 more arrests at the festival in Derby than in 2025.",
         [(40, "arrests", "increase")]),
        ("Police made 40 more arrests at the festival in Derby.",
         [(40, "arrests", "increase")]),
        # rule compared_not_added: a figure placed against another is a change
        ("Car crime in Hull is running at 35% above the average for Humberside.",
         [(35, "percent", "increase")]),
        ("Response times in Powys now stand at 12% below the Welsh average.",
         [(12, "percent", "decrease")]),
        ("Reoffending across two districts of Surrey is 8% higher than the county average.",
         [(2, "districts", None), (8, "percent", "increase")]),
    ],
)  # fmt: skip
def test_more_places_are_a_level(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
