"""A place named by its streets ("on the streets of Swindon", rule ``streets-of-place`` of
``areas.SCOPE_PLACE``) is the scope of its sentence, carried to the figures after it as a
place named after "in" is. Sentences invented for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Outreach workers met 600 teenagers on the streets of Crawley.\n\nOfficers "
            "arrested 12 men.",
            [(600, "Crawley"), (12, "Crawley")],
            id="on-the-streets-of-carried",
        ),
        pytest.param(
            "Volunteers handed out 300 packs in the streets of Barnsley.\n\nAround 90 of "
            "them went to students.",
            [(300, "Barnsley"), (90, "Barnsley")],
            id="in-the-streets-of-carried",
        ),
        # near miss: a street word with no "of" and no place after it
        pytest.param(
            "Outreach workers met 600 teenagers on the streets.\n\nOfficers arrested 12 men.",
            [(600, None), (12, None)],
            id="streets-alone-no-place",
        ),
    ],
)
def test_streets_of_a_place_are_its_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
