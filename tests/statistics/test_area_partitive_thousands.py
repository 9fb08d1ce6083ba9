"""After a partitive opening ("Of the families we supported, …") a part's clause ends at
its first comma, which is never a thousands separator of its own figure: "1,310 lived in
Hull" keeps Hull.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the families who were supported, 1,310 lived in Hull and 980 in York.",
            [(1310, "Hull"), (980, "York")],
            id="thousands-in-the-first-part",
        ),
        pytest.param(
            "Of the calls that were answered, 12,400 were made in Cardiff, 3,150 in Swansea "
            "and 870 in Newport.",
            [(12400, "Cardiff"), (3150, "Swansea"), (870, "Newport")],
            id="a-list-of-thousands",
        ),
        # near miss: the clause still ends at a real comma: the whole's place is no part's
        pytest.param(
            "Of the 4,100 thefts recorded in Kent, 1,200 were of bikes.",
            [(4100, "Kent"), (1200, "Kent")],
            id="the-whole-keeps-its-place",
        ),
    ],
)
def test_part_clause_after_a_partitive_opening(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
