"""The counted noun of "the number of X" (unit rule ``number-of``): up to four words before
a plural head are its modifiers ("the number of missing children", "the number of online
child sexual abuse crimes").

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.reading_state import NUMBER_OF
from tests.statistics.test_units import units

HEADS = [
    ("the number of missing children fell", "children"),
    ("the number of domestic abuse incidents rose", "incidents"),
    ("the number of young people helped", "people"),
    ("the number of arrests has risen", "arrests"),  # "has" is no plural head
    ("the number of calls made", "calls"),
    ("the rate of referrals was", "referrals"),
    ("the number of online child sexual abuse crimes rose", "crimes"),
    ("the number of non-recent child abuse reports made", "reports"),
    ("the number of stop and search encounters fell", "encounters"),
    # an irregular plural is the head itself, whatever plural follows it
    ("the number of people killed on roads fell", "people"),
    ("the number of children seen by nurses rose", "children"),
    # a shortfall or shortage of a plural counts it
    ("estimates the national shortfall of detectives at", "detectives"),
    ("puts the shortage of qualified call handlers at", "handlers"),
]


@pytest.mark.parametrize(("sentence", "noun"), HEADS)
def test_number_of_head(sentence: str, noun: str) -> None:
    match = NUMBER_OF.search(sentence)
    assert match is not None and match.group("noun") == noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cleveland Police said the number of missing children fell from 640 in 2022 to "
            "590 in 2023.",
            [(640, "children"), (590, "children")],
        ),
        ("The number of reported shed burglaries in Bude reached 210.", [(210, "burglaries")]),
        (
            "The college estimates the shortfall of custody officers at about 1,100.",
            [(1100, "officers")],
        ),
        # near misses: a noun of its own, money
        ("The force faces a shortage of 40 nurses.", [(40, "nurses")]),
        ("The council faces a shortfall of £3m.", [(3000000, "pounds")]),
    ],
)
def test_number_of_unit(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected
