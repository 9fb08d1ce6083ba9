"""The town whose streets a lead's figure is taken off or seen on states the document's
area (rule ``lead_streets_of``, ``lead_sentences.LEAD_STREETS_OF``): "More than 500 knives
have been taken off the streets of Stockport" makes Stockport the scope of the release, so
a later figure whose sentence names no place takes it, not the force's county. Sentences
written for these tests; near misses keep the force's area."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, float, str | None]] = [
    (
        "More than 500 knives have been taken off the streets of Stockport this year.\n\n"
        "Inspector Amy Hart, of Greater Manchester Police, said it was a good start.\n\n"
        "Officers recovered 212 blades in 2025.",
        212,
        "Stockport",
    ),
    (
        "Some 90 drug dealers have been taken off the streets of Hull since May.\n\n"
        "Sergeant Joe Lamb, of Humberside Police, said more would follow.\n\nOfficers made "
        "44 arrests in March.",
        44,
        "Hull",
    ),
]

NEAR_MISSES: list[tuple[str, float, str | None]] = [
    # streets of no named town: the force's area
    (
        "More than 500 knives have been taken off the streets this year.\n\nInspector Amy "
        "Hart, of Greater Manchester Police, said it was a good start.\n\nOfficers recovered "
        "212 blades in 2025.",
        212,
        "Greater Manchester",
    ),
]


@pytest.mark.parametrize(("text", "value", "expected"), CASES + NEAR_MISSES)
def test_lead_streets_of(
    areas: AreasOf, nlp: Language, text: str, value: float, expected: str | None
) -> None:
    assert dict(areas(nlp, text))[value] == expected
