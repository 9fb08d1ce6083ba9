"""An event's command role: a tail naming the event the role was held for ("the Gold
commander for the operation", "Bronze commander for the weekend") goes, leaving the role
(``title_tails.EVENT_TAIL``, rule ``event_tail``), and a capitalised command tier may open
a lower-case title after a possessive before a rank and name ("The force's Silver
commander, Chief Inspector Jo Bell,": ``title_words.COMMAND_TIERS``, rule
``command_tier``). A portfolio with no article ("Head of Events") keeps its words. Every
sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES = {
    "gold_for_the_operation": (
        "Superintendent Nia Roper, the Gold commander for the operation, said it was calm.",
        {"Nia Roper": ["Gold Commander", "Superintendent"]},
    ),
    "bronze_for_the_weekend": (
        "Inspector Dale Ferris, Cheshire Police's Bronze commander for the weekend, said so.",
        {"Dale Ferris": ["Bronze Commander", "Inspector"]},
    ),
    "match_commander_for_the_fixture": (
        "Chief Inspector Amy Stroud, match commander for the fixture, said fans behaved well.",
        {"Amy Stroud": ["Chief Inspector", "Match Commander"]},
    ),
    "possessive_silver_commander": (
        "The force's Silver commander, Chief Inspector Omar Haddad, said 30 people were ejected.",
        {"Omar Haddad": ["Chief Inspector", "Silver Commander"]},
    ),
    "possessive_gold_commander": (
        "West Yorkshire Police's Gold commander, Superintendent Lyn Carr, said it was peaceful.",
        {"Lyn Carr": ["Gold Commander", "Superintendent"]},
    ),
    # near misses: a portfolio with no article keeps its words; a tier with no title head
    "head_of_events": (
        "Rhian Vaughan, head of events at the council, said the square was full.",
        {"Rhian Vaughan": ["Head of Events"]},
    ),
    "tier_without_title_head": (
        "At the force's Silver Jubilee, Chief Inspector Omar Haddad said 30 people came.",
        {"Omar Haddad": ["Chief Inspector"]},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_event_command_titles(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
