"""A count's "from" place right after its noun ("supported 419 people from Gwent") ranks
with the bodies its clause names (rule ``counted-from-place``,
``own_places.COUNTED_FROM``): the nearer wins, so a local charity named for a wider place
("the Wales Hate Support Centre, which supported …") yields to it, where a place used
otherwise would; a scope ("in Kent") still wins.

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
            "Victim Support Cymru runs the Wales Hate Support Centre, which helped 212 "
            "people from Powys last year.",
            [(212, "Powys")],
            id="a-local-charity-named-for-a-wider-place",
        ),
        pytest.param(
            "Leicester City Council said it had taken 64 complaints from Oadby in May.",
            [(64, "Oadby")],
            id="a-council-that-counted",
        ),
        # near misses: a scope still wins; no noun before "from"; a verb before "from"
        pytest.param(
            "In Kent, officers arrested 30 drivers from London during the week.",
            [(30, "Kent")],
            id="a-scope-wins",
        ),
        pytest.param(
            "Leicester City Council housed 64 families last year, 12 from Oadby.",
            [(64, "Leicester"), (12, "Leicester")],
            id="no-noun-before-from",
        ),
    ],
)
def test_counted_from_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
