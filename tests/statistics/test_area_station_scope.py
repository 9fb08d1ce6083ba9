"""A town named as the station a figure was counted at (rule ``station-scope`` of
``station_scopes``) is the figure's scope and comes before a territorial body its clause
also names. Sentences invented for the test, with near misses: a station word that names
a post or a road, a town with no station word."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers from Cheshire Constabulary found 12 knives during a sweep of Crewe "
            "railway station last year.",
            [(12, "Crewe")],
            id="sweep-of-town-railway-station",
        ),
        pytest.param(
            "Greater Manchester Police seized 9 blades at Bolton station in May.",
            [(9, "Bolton")],
            id="at-town-station",
        ),
        pytest.param(
            "Merseyside Police stopped 31 people outside the Southport train station in June.",
            [(31, "Southport")],
            id="outside-the-town-train-station",
        ),
        pytest.param(
            "West Midlands Police searched 44 people at Walsall bus station last month.",
            [(44, "Walsall")],
            id="at-town-bus-station",
        ),
        # near misses: a post or a road named after the station; no station word
        pytest.param(
            "Kent Police said the Ashford station manager had reported 40 thefts in 2023.",
            [(40, "Kent")],
            id="station-manager-is-no-scope",
        ),
        pytest.param(
            "Essex Police found 23 bikes dumped off Chelmsford Station Road in March.",
            [(23, "Essex")],
            id="station-road-is-no-scope",
        ),
        pytest.param(
            "Cheshire Constabulary found 12 knives during a sweep of Crewe last year.",
            [(12, "Cheshire")],
            id="town-without-station-word",
        ),
    ],
)
def test_stations_are_their_figures_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
