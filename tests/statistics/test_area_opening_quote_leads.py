"""A release that opens on a paragraph that is all one quote reads its lead from the
paragraph after: words someone said name no scope of the release, so a national force's
remit does not beat the region its lead names
(:func:`pressfacts.statistics.lead_sentences.past_opening_quote`). Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Nobody should be afraid to travel home at night.”\n\nThat was the message from "
            "British Transport Police as it began patrols on trains across the South West.\n\n"
            "Officers will wear body cameras.\n\nAbout one in three thefts on its trains "
            "happened at night.",
            [(33.3, "South West")],
            id="quote-then-lead",
        ),
        pytest.param(  # near miss: a first paragraph that goes on after its quote is the lead
            "“Nobody should be afraid to travel home at night,” British Transport Police said "
            "as it began patrols.\n\nIts officers will ride trains across the South West.\n\n"
            "Officers will wear body cameras.\n\nAbout one in three thefts on its trains "
            "happened at night.",
            [(33.3, "Great Britain")],
            id="quote-in-the-lead",
        ),
    ],
)
def test_opening_quote_is_no_lead(
    areas: AreasOf, nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
