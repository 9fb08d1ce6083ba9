""" ", and" + a share of a named plural whole as the subject of its own verb ends the
clause before it (``clause_breaks.SHARE_OF_NOUN_SUBJECT``, rule ``share_of_noun_subject``):
the place after it is the share's, not the counts' before it.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police said so. More than 900 volunteers now belong to 140 groups, and "
            "nearly a third of the groups are in Medway.",
            [(900, "Kent"), (140, "Kent"), (33.3, "Medway")],
            id="third-of-the-groups",
        ),
        pytest.param(
            "West Yorkshire Police made 310 arrests in 2023, and 40% of the arrests were in Leeds.",
            [(310, "West Yorkshire"), (40, "Leeds")],
            id="percent-of-the-arrests",
        ),
        # near misses: the share names the place in its own clause; no share after ", and"
        pytest.param(
            "In Leeds, officers made 310 arrests, and a third of the arrests were at night.",
            [(310, "Leeds"), (33.3, "Leeds")],
            id="place-before-both",
        ),
        pytest.param(
            "Durham Constabulary seized 58 cars in Darlington and 12 bikes in 2023.",
            [(58, "Darlington"), (12, "Darlington")],
            id="no-share-clause",
        ),
    ],
)
def test_area_share_of_noun_subject(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
