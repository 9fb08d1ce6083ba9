"""The document's area from a lead that singles out where a change was largest ("fell in
June, with the biggest drop in Crawley town centre"): the body that speaks, not the part
singled out (``lead_sentences.LEAD_HIGHLIGHT``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

COUNTY = "\n\nOfficers made {} arrests across the county.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thefts recorded by Sussex Police rose in June, with the biggest increase in Crawley "
         "town centre, police said." + COUNTY.format(212) + "So far this year officers have "
         "recorded 1,900 thefts.", [(212, "Sussex"), (1900, "Sussex")]),
        ("Thefts recorded by Derbyshire Police rose in June, with the largest rise in "
         "Chesterfield town centre, police said." + COUNTY.format(95) + "Officers recorded "
         "2,300 thefts in the year to March.", [(95, "Derbyshire"), (2300, "Derbyshire")]),
        ("Shoplifting recorded by Kent Police fell in March, with the biggest drop of all in "
         "Maidstone town centre, the force said." + COUNTY.format(40) + "Officers recorded "
         "96 assaults on shop staff in 2024.", [(40, "Kent"), (96, "Kent")]),
        # near misses: a scope place with no change singled out stays the lead's area
        ("Shoplifting recorded by Kent Police in Maidstone town centre fell in March, the "
         "force said." + COUNTY.format(40) + "Officers recorded 96 assaults on shop staff "
         "in 2024.", [(40, "Kent"), (96, "Maidstone town centre")]),
        ("Thefts recorded by Sussex Police in Crawley town centre rose in June, police said."
         + COUNTY.format(212) + "So far this year officers have recorded 1,900 thefts.",
         [(212, "Sussex"), (1900, "Crawley town centre")]),
    ],
)  # fmt: skip
def test_lead_highlight_is_no_scope(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
