"""The place that scopes the whole a share is of ("More than half of all thefts in the force
area were reported in Luton") yields to the share's own scope place later in its clause
(rule ``share-whole-scope``), not to a body; alone it stays the share's area. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Bedfordshire Police recorded 2,140 thefts in 2025. More than half of all thefts in "
        "the force area were reported in Luton.",
        [(2140.0, "Bedfordshire"), (50.0, "Luton")],
        id="force-area-whole-then-place",
    ),
    pytest.param(
        "Nearly a third of the burglaries across Norfolk were committed in Norwich.",
        [(33.3, "Norwich")],
        id="county-whole-then-city",
    ),
    pytest.param(
        "Around 40% of all assaults in Wales were recorded in Cardiff and Swansea.",
        [(40.0, "Cardiff and Swansea")],
        id="percent-whole-then-list",
    ),
    # near misses: the whole's place alone; a body beside the share's place; no share
    pytest.param(
        "Half of all thefts in Norfolk were solved within a month.",
        [(50.0, "Norfolk")],
        id="whole-place-alone",
    ),
    pytest.param(
        "Durham Constabulary said 40% of burglaries in Darlington happened at night.",
        [(40.0, "Darlington")],
        id="body-does-not-win",
    ),
    pytest.param(
        "A poll found 71% of people in Suffolk trust the police, against 64% across England.",
        [(71.0, "Suffolk"), (64.0, "England")],
        id="place-after-a-comma",
    ),
    pytest.param(
        "The number of thefts in Norwich rose by 12%, more than in Ipswich.",
        [(12.0, "Norwich")],
        id="no-share-before-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_share_whole_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(round(value, 1), area) for value, area in areas(nlp, text)] == expected
