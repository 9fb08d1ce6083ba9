"""An event company named after the word for what it does ("festival organiser Harbour
Lights Events", "promoter Northern Skies Productions") is an ORG (pattern
``event-organiser`` of ``organisation_patterns.jsonl``), and a title before such a
description drops it ("director of festival organiser …" -> "Director": ``organiser`` and
``promoter`` in ``title_tails.DESCRIPTOR_HEADS``). A name with no such word before it, or
with no company head, is no ORG. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The weekend was run by festival organiser Moorland Sky Events for the first time.",
            [("Moorland Sky Events", "ORG")],
        ),
        (
            "Tickets were sold by promoter Northern Skies Productions.",
            [("Northern Skies Productions", "ORG")],
        ),
        # near misses: no organiser word before it; a person after the word
        ("Moorland Sky Events will host twelve shows this year.", []),
        ("The organiser Jo Bell said the site was full.", []),
    ],
)
def test_event_organiser(
    nlp: Language, organisations: OrganisationsOf, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(span, label) for span, label, _ in organisations(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cara Doyle, director of festival organiser Moorland Sky Events, said it sold out.",
            {"Cara Doyle": ["Director"]},
        ),
        (
            "Sam Orr, managing director of promoter Northern Skies Productions, said so.",
            {"Sam Orr": ["Managing Director"]},
        ),
        # near miss: an organiser's own title keeps its words
        (
            "Ann Cole, chief organiser of the carnival, said it was calm.",
            {"Ann Cole": ["Chief Organiser"]},
        ),
    ],
)
def test_title_before_an_organiser(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    found = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert found == {name: sorted(titles) for name, titles in expected.items()}
