"""A named service that is the subject of "is run by <charity>" (no comma, a predicate) is a
charity service: ``charity-service-is-run-by`` (``resources/organisation_patterns.jsonl``)
reads "The X Service is run by the charity Y" as ``charity-service-run-by`` reads "the X
Service, run by Y"; the name must end on a service's head word (Service, Helpline, Project,
Programme, Scheme, Hub): a sentence's opening words are no service.
Sentences written for these tests; near misses must keep the service an ORG."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

RUN_BY_CHARITY: list[tuple[str, tuple[str, str]]] = [
    (
        "The Kirklees Young Carers Service is run by the charity Barnardo's and supports "
        "400 families.",
        ("Kirklees Young Carers Service", "CHARITY"),
    ),
    (
        "The Somerset Independent Advocacy Service is delivered by Victim Support.",
        ("Somerset Independent Advocacy Service", "CHARITY"),
    ),
    (
        "The Norwich Missing Persons Service is operated by the NSPCC on behalf of the city.",
        ("Norwich Missing Persons Service", "CHARITY"),
    ),
]

NOT_A_CHARITY: list[tuple[str, tuple[str, str]]] = [
    # run by a council or a force: the owner after it is no charity
    (
        "The Sefton Early Help Service is run by Sefton Council from three hubs.",
        ("Sefton Early Help Service", "ORG"),
    ),
    (
        "The Dorset Witness Care Service is operated by Dorset Police.",
        ("Dorset Witness Care Service", "ORG"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_BY_CHARITY + NOT_A_CHARITY)
def test_service_is_run_by(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: tuple[str, str]
) -> None:
    found = {(name, label) for name, label, _ in organisations(nlp, text)}
    assert expected in found


SENTENCE_OPENERS: list[tuple[str, str]] = [
    # no service's head word: a sentence's opening words, not a service
    ("Everything is run by Barnardo's, the charity said.", "Everything"),
    ("Each Friday is run by Age UK volunteers.", "Each Friday"),
]


@pytest.mark.parametrize(("text", "opening"), SENTENCE_OPENERS)
def test_a_sentence_opening_is_no_service(
    nlp: Language, organisations: OrganisationsOf, text: str, opening: str
) -> None:
    assert opening not in {name for name, _, _ in organisations(nlp, text)}
