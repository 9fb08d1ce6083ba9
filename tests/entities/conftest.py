"""Fixtures of the entity tests: the organisations the pipeline finds in a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

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
