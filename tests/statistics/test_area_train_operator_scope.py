"""ScotRail, the train operator of Scotland's national rail network, is a national body of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: its figures, where no place
is named, are Scotland's, also in a reprint that names British Transport Police (Great
Britain) after it; a place named keeps its figure, and a release led by a force keeps the
force's area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ScotRail recorded 140 fare disputes last year, and one in five turned violent.",
            [(140, "Scotland"), (20, "Scotland")],
            id="operator-own-figures",
        ),
        pytest.param(
            "ScotRail said 35 of its trains had been vandalised since March. British Transport "
            "Police are investigating.",
            [(35, "Scotland")],
            id="btp-named-after",
        ),
        # near misses: a place named; a release led by a force
        pytest.param(
            "ScotRail said 12 of the incidents were in Aberdeen.",
            [(12, "Aberdeen")],
            id="place-named",
        ),
        pytest.param(
            "British Transport Police made 48 arrests at stations last year. ScotRail welcomed "
            "the arrests.",
            [(48, "Great Britain")],
            id="force-release",
        ),
    ],
)
def test_scotrail_speaks_for_scotland(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
