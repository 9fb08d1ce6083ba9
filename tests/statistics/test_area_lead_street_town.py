"""The town a street of the lead lies in states the document's area (``LEAD_STREET_TOWN``).

"Kent Police closed a flat in Cheriton Road, Folkestone, after neighbours made 30
complaints": the town after the street's name and a comma is the scope of the release, as
"in Folkestone" would be, so a later figure whose sentence names no place takes it, not the
force's county. Only the later figure is compared (the lead's own figure is read by the
figure rules). Sentences written for these tests; near misses keep the force's area.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, float, str | None]] = [
    (
        "Kent Police has shut a house in Cheriton Road, Folkestone, after neighbours made "
        "more than 30 complaints. Officers seized drugs worth £4,000 on Friday.",
        4000,
        "Folkestone",
    ),
    (
        "Sussex Police has closed a flat on Western Road, Hove, after 25 reports of drug "
        "dealing. Officers arrested 12 people there in May.",
        12,
        "Hove",
    ),
]

NEAR_MISSES: list[tuple[str, float, str | None]] = [
    # a street with no town after it gives the lead no town
    (
        "Kent Police has shut a house in Cheriton Road after neighbours made more than 30 "
        "complaints. Officers seized drugs worth £4,000 on Friday.",
        4000,
        "Kent",
    ),
    # a street word in lower case is no street's name
    (
        "Sussex Police has closed a flat on the main road, Hove, after 25 reports of drug "
        "dealing. Officers arrested 12 people there in May.",
        12,
        "Sussex",
    ),
]


@pytest.mark.parametrize(("text", "value", "expected"), CASES + NEAR_MISSES)
def test_area_lead_street_town(
    nlp: Language, areas: AreasOf, text: str, value: float, expected: str | None
) -> None:
    assert dict(areas(nlp, text))[value] == expected
