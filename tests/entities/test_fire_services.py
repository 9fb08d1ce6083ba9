"""Fire services are named whole, and only the service's own words belong to it (rule
``fire-and-rescue``): "Cleveland Fire Brigade", "West Midlands Fire Service", "Isle of
Wight Fire and Rescue Service"; a name's only "of" is an island's ("Isle of", "Isles
of"), so a person before "of" stays a person ("Watch Manager Tom Kerr of Kent Fire and
Rescue Service said") with the service as the owner of the title; and "Brigade" ends a
name, as "Service" does, so two services joined by "and" are two. Every sentence is
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

Found = list[tuple[str, str]]
CASES: list[tuple[str, Found]] = [
    ("Cleveland Fire Brigade attended the blaze.", [("Cleveland Fire Brigade", "ORG")]),
    ("Crews from West Midlands Fire Service helped.", [("West Midlands Fire Service", "ORG")]),
    (
        "Isle of Wight Fire and Rescue Service was called.",
        [("Isle of Wight Fire and Rescue Service", "ORG")],
    ),
    (
        "Hereford & Worcester Fire and Rescue Service sent two crews.",
        [("Hereford & Worcester Fire and Rescue Service", "ORG")],
    ),
    (
        "Crews from London Fire Brigade and Surrey Fire and Rescue Service attended.",
        [("London Fire Brigade", "ORG"), ("Surrey Fire and Rescue Service", "ORG")],
    ),
    # near misses: a person before "of" is no part of the name
    (
        "Watch Manager Tom Kerr of Kent Fire and Rescue Service said the fire was out.",
        [("Kent Fire and Rescue Service", "ORG")],
    ),
    (
        "Tom Kerr of Devon and Somerset Fire and Rescue Service said the fire was out.",
        [("Devon and Somerset Fire and Rescue Service", "ORG")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fire_services_are_named_whole(
    nlp: Language, organisations: object, text: str, expected: Found
) -> None:
    found = organisations(nlp, text)  # type: ignore[operator]
    assert [(name, label) for name, label, _ in found] == expected


ROLES: list[tuple[str, str, tuple[str, str]]] = [
    (
        "Station Manager Jo Nixon of Cleveland Fire Brigade said the fire was out.",
        "Jo Nixon",
        ("Station Manager", "org:cleveland-fire-brigade"),
    ),
    (
        "Watch Manager Tom Kerr of Kent Fire and Rescue Service said the fire was out.",
        "Tom Kerr",
        ("Watch Manager", "org:kent-fire-and-rescue-service"),
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_a_fire_officer_keeps_the_service(
    nlp: Language, text: str, name: str, role: tuple[str, str]
) -> None:
    found = people(nlp, text)[name]
    assert [(r.title, r.organisation) for r in found.roles] == [role]
