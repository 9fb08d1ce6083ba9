"""A place's scientific or forensic services are an ORG named whole (rule
``scientific-services``: "Kent Scientific Services", "West Yorkshire Forensic Services"),
so a title of theirs drops the name ("head of Kent Scientific Services" → "Head"); a
place's youth association or youth project is a CHARITY (rule ``youth-association``:
"Merseyside Youth Association", "Leeds Youth Project"), not an ORG for its "Association".
Both need a place before the heads: "Scientific Services" alone and a lower-case "youth
association" are no names, and "the Youth Association" stays the generic ORG. Every
sentence is invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

Found = list[tuple[str, str]]
CASES: list[tuple[str, Found]] = [
    (
        "Tests by Hampshire Scientific Services found the rockets unsafe.",
        [("Hampshire Scientific Services", "ORG")],
    ),
    (
        "Samples went to West Yorkshire Forensic Services for analysis.",
        [("West Yorkshire Forensic Services", "ORG")],
    ),
    (
        "The council works with the Cheshire Youth Association on the estates.",
        [("Cheshire Youth Association", "CHARITY")],
    ),
    (
        "Leeds Youth Project ran events on bonfire night.",
        [("Leeds Youth Project", "CHARITY")],
    ),
    # near misses: no place before the heads, or no capitals
    ("Samples went to the lab's Scientific Services for analysis.", []),
    # (no place: the generic org-head rule's ORG, not a charity)
    ("The Youth Association ran events on bonfire night.", [("Youth Association", "ORG")]),
    ("A local youth association ran events on bonfire night.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_scientific_services_and_youth_associations(
    nlp: Language, organisations: object, text: str, expected: Found
) -> None:
    found = organisations(nlp, text)  # type: ignore[operator]
    assert [(name, label) for name, label, _ in found] == expected


TITLES: list[tuple[str, str, list[str]]] = [
    (
        "Mark Eldon, head of Surrey Scientific Services, said the fireworks were unsafe.",
        "Mark Eldon",
        ["Head"],
    ),
    (
        "Janet Pryce, manager of Devon Forensic Services, said the tests took a week.",
        "Janet Pryce",
        ["Manager"],
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), TITLES)
def test_a_title_of_the_services_drops_their_name(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert titles_of(nlp, text, name) == titles
