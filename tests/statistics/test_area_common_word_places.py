"""A place of the gazetteer whose name is also a common word ("derby", "reading", "rugby",
"hull") is no place when written all in lower case (rule ``common_word_place``): the figure
takes the place the sentence names beside it, or the issuing body's. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Eight fans were arrested in Sheffield at the Steel City derby and South Yorkshire "
        "Police will seek banning orders.\n\nChief Inspector Amy Dale said 300 officers were on "
        "duty.",
        [(8.0, "Sheffield"), (300.0, "Sheffield")],
        id="a-derby-and-a-force-in-the-lead",
    ),
    pytest.param(
        "Twenty people were arrested in Norwich after the Old Farm derby, and Norfolk "
        "Constabulary says it will seek bans.\n\nSuperintendent Ian Pell said the operation had "
        "involved more than 200 officers.",
        [(20.0, "Norwich"), (200.0, "Norwich")],
        id="a-derby-comma-and-a-force",
    ),
    pytest.param(
        "Seventeen people were arrested in Liverpool on Sunday, the day of the Merseyside derby, "
        "and Merseyside Police says it will seek bans.\n\nSuperintendent Jo Bell said the "
        "operation had involved more than 450 officers.",
        [(17.0, "Liverpool"), (450.0, "Liverpool")],
        id="a-county-derby",
    ),
    pytest.param(
        "West Yorkshire Police made 12 arrests at the Leeds derby last weekend.",
        [(12.0, "West Yorkshire")],
        id="a-club-derby",
    ),
    pytest.param(
        "After reading the report, Kent Police said 51 drivers had been fined.",
        [(51.0, "Kent")],
        id="reading-a-report",
    ),
    pytest.param(
        "Border Force found 40kg of cocaine in the hull of a yacht off Cornwall.",
        [(40.0, "Cornwall")],
        id="a-hull",
    ),
    # near misses: the places themselves, in capitals or as written
    pytest.param(
        "Derbyshire Police made 14 arrests in Derby last month.",
        [(14.0, "Derby")],
        id="the-city-of-derby",
    ),
    pytest.param(
        "DERBY officers made 9 arrests on Saturday.",
        [(9.0, "Derby")],
        id="derby-in-capitals",
    ),
    pytest.param(
        "Thames Valley Police made 27 arrests in Reading last month.",
        [(27.0, "Reading")],
        id="the-town-of-reading",
    ),
    pytest.param(
        "Humberside Police said 61 cars were stolen in Hull in May.",
        [(61.0, "Hull")],
        id="the-city-of-hull",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_common_word_in_lower_case_is_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
