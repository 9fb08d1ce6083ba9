"""A name followed by what befalls a missing person ("Dennis Hollings was last seen", "was
found safe", "was found by a dog walker", "went missing", "has not been seen since") is a person, as
"was jailed" makes one (``MISSING_EVENT`` of the person rule ``name_event``; its negated
forms, ``not_seen_since``, with Irish given names of ``given_names_more.txt``). Every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

CASES: list[tuple[str, list[str]]] = [
    ("Margaret Orme was last seen on Tuesday near the canal in Stone.", ["Margaret Orme"]),
    ("Harold Bevan, who has Alzheimer's, was found safe in a barn.", ["Harold Bevan"]),
    ("Peter Quaile was found by a dog walker on the towpath.", ["Peter Quaile"]),
    ("Susan Mackie went missing from a care home in Leek.", ["Susan Mackie"]),
    ("Arthur Penrose has been found safe and well in Bude.", ["Arthur Penrose"]),
    ("Nina Sadler was found by a passer-by on the promenade.", ["Nina Sadler"]),
    ("Cara Lynch has not been seen since Friday evening in Ennis.", ["Cara Lynch"]),
    ("Dearbhla Quinn has not been heard from since Sunday.", ["Dearbhla Quinn"]),
    ("Rónán Tierney has not returned home from school in Omagh.", ["Rónán Tierney"]),
    ("Orlaith Keane had not been seen by her family for two days.", ["Orlaith Keane"]),
    # near misses: a body or a place is found or seen, a finder who is no member of the public
    ("Kent Police has not been seen to act on the report.", []),
    ("Victoria Park has not been seen so busy in years.", []),
    ("Aoife Burke has not been seen fit to stand again.", []),
    ("Kent Police was found by a watchdog to have missed calls.", []),
    ("Suffolk Police was found by inspectors to have improved.", []),
    ("The Old Bridge was last repaired in 1990.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_missing_person_events(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(people(nlp, text)) == expected
