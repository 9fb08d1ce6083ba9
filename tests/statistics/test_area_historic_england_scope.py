"""Historic England, the public body for the historic environment of England, is a
national body of :data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: its own
figures, where no place is named, are England's, even when a force is quoted later in the
release; a place named keeps its figure, and a force's release that names the body keeps
its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Historic England was told of 41 thefts of stone troughs last year, and a "
            "quarter were from churchyards.",
            [(41, "England"), (25, "England")],
            id="body-own-figures",
        ),
        pytest.param(
            "Historic England said it had logged 73 cases of damage to scheduled monuments "
            "since 2021. Sergeant Ian Pike of Dorset Police said lamps had been seen at night.",
            [(73, "England")],
            id="force-quoted-later",
        ),
        # near misses: a place named; a force's release naming the body
        pytest.param(
            "Historic England said 19 of the thefts were in Cumbria.",
            [(19, "Cumbria")],
            id="place-named",
        ),
        pytest.param(
            "Cheshire Police recorded 16 lead thefts from churches. Historic England "
            "welcomed the arrests.",
            [(16, "Cheshire")],
            id="force-release",
        ),
    ],
)
def test_historic_england_speaks_for_england(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
