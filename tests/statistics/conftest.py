"""Fixtures of the statistics tests: read the figures of a text as the pipeline does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 5)
"""The publication date the area tests give every text."""

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]


def _areas(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc = nlp(doc)
    return [(f.value, f.area) for f in doc._.statistics]


@pytest.fixture(scope="session")
def areas() -> AreasOf:
    """(value, area) of each figure of a text published on :data:`PUBLISHED`."""
    return _areas
