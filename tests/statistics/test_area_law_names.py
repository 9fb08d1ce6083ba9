"""A place in brackets in a law's title ("the Domestic Abuse (Scotland) Act 2018", "the
Justice (Northern Ireland) Act 2016") is no area of what was counted under the law (rule
``law_name_place`` of ``street_names.names_no_place``): the figure takes another place or
the document's area. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Fife charged 312 people in 2025. Of those, 54 were charged under the "
            "Domestic Abuse (Scotland) Act 2018.",
            [(312, "Fife"), (54, "Fife")],
            id="act-of-a-nation",
        ),
        pytest.param(
            "Officers in Perth used the Police and Fire Reform (Scotland) Act 2012 in 19 cases.",
            [(19, "Perth")],
            id="place-after-the-law",
        ),
        # near misses: a place in brackets with no law after it; a law naming no place
        pytest.param(
            "The charity (Scotland) helped 40 families in 2025.",
            [(40, "Scotland")],
            id="bracket-no-law",
        ),
        pytest.param(
            "Officers in Kent seized 40 dogs under the Dangerous Dogs Act 1991.",
            [(40, "Kent")],
            id="law-naming-no-place",
        ),
    ],
)
def test_law_name_places(areas: AreasOf, nlp: Language, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
