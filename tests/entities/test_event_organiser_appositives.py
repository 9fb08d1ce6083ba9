"""A name described right after it as the one that organises, promotes or stages an event
is an organisation (rule ``event-organiser-appositive``, an ORG pattern of
``resources/organisation_patterns.jsonl``): "Hannah Greaves, director of Riverside Live,
which organises the festival," gives the ORG and the title "Director". A place, a person
and a known body keep what they were. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, titles_of

Found = list[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kate Ollerton, director of Harbour Lights Events, which organises the regatta, "
            "said tickets had sold out.",
            [("Harbour Lights Events", "ORG", "org:harbour-lights-events")],
            id="organises",
        ),
        pytest.param(
            "Moorland Sound, which promoted last year's tour, said refunds were paid.",
            [("Moorland Sound", "ORG", "org:moorland-sound")],
            id="promoted",
        ),
        pytest.param(
            "Gig-goers were warned by Copperfield Live, the company that organises the "
            "weekend, about fake resale pages.",
            [("Copperfield Live", "ORG", "org:copperfield-live")],
            id="the-company-that",
        ),
        # near misses: a place, a body named with no such clause, a lower-case subject
        pytest.param(
            "Stockport, which stages the parade each May, expects crowds.",
            [],
            id="place",
        ),
        pytest.param("Harbour Lights Events said tickets had sold out.", [], id="no-clause"),
        pytest.param(
            "The organisers, which stage the show, said tickets had sold out.", [], id="lower"
        ),
    ],
)
def test_event_organiser_appositives(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Kate Ollerton, director of Harbour Lights Events, which organises the regatta, "
            "said tickets had sold out.",
            "Kate Ollerton",
            ["Director"],
        ),
    ],
)
def test_organiser_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    """The organisation once found is cut from the title, as any known body is."""
    assert titles_of(nlp, text, name) == titles
