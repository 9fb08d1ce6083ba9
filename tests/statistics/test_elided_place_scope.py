"""A gapped list item whose place is scoped ("and Cornwall as a whole for 57", "and Leeds
alone for 40": ``PLACE_SCOPES``) is still an item of the list: its count is read
(``gapped_verb``, ``comma_gapped_verb``) and its area is its own place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Preston accounted for 74 of last year's burglaries, Blackpool for 38 and "
        "Lancashire as a whole for 412.",
        [(74, "Preston"), (38, "Blackpool"), (412, "Lancashire")],
    ),
    (
        "Hull accounted for 61 of the thefts and East Yorkshire as a whole for 140.",
        [(61, "Hull"), (140, "East Yorkshire")],
    ),
    (
        "Cardiff accounted for 90 of the calls, Newport alone for 41 and Swansea for 33.",
        [(90, "Cardiff"), (41, "Newport"), (33, "Swansea")],
    ),
    (
        "Norwich recorded 205 frauds, and Norfolk overall 610.",
        [(205, "Norwich"), (610, "Norfolk")],
    ),
    # near misses: a noun of its own after the count, or no named subject before the scope
    (
        "Preston accounted for 74 of the burglaries and Lancashire as a whole for 412 thefts.",
        [(74, "Preston"), (412, "Lancashire")],
    ),
    (
        "Preston accounted for 74 of the burglaries and the county as a whole for 412.",
        [(74, "Preston")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_scoped_gapped_item_is_read_with_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
