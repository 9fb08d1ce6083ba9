"""Fixtures of the entity tests: the organisations and the people the pipeline finds in a
text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.findings import EntityInfo

Found = list[tuple[str, str, str]]
OrganisationsOf = Callable[[Language, str], Found]


def _organisations(nlp: Language, text: str) -> Found:
    doc = nlp(text)
    return [
        (span.text, span.label_, span.id_)
        for span in doc.spans[ENTITY_SPAN_GROUP]
        if span.label_ != "PERSON"
    ]


@pytest.fixture(scope="session")
def organisations() -> OrganisationsOf:
    """(text, label, id) of each organisation, force or charity found in a text."""
    return _organisations


def people(nlp: Language, text: str) -> dict[str, EntityInfo]:
    """Person name -> what the pipeline found of that person (titles, roles, affiliations)
    in ``text``: what the people tables compare."""
    doc = nlp(text)
    return {info.name: info for info in doc._.entity_info.values() if info.type == "PERSON"}


def titles_of(nlp: Language, text: str, name: str) -> list[str]:
    """The titles of the person ``name`` in ``text``, sorted: what the title tables compare."""
    return sorted(people(nlp, text)[name].titles)


def role_titles(nlp: Language, text: str, name: str) -> list[str]:
    """The title of each role of the person ``name`` in ``text``, sorted: what the tables of
    titles paired with what they belong to compare."""
    return sorted(role.title for role in people(nlp, text)[name].roles)
