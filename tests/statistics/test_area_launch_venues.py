"""Where a plan or report was launched on the day a release tells of is the launch's venue,
not the scope of the figures in its sentence (place role ``launch-venue``,
``place_role_leads.LAUNCH_VENUE_BEFORE``): they take the issuer's area. Every sentence is
invented for the test; the near misses are a launch with no day (the scheme's own place)
and a figure stated for the town itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The plan was launched today in Truro by Devon and Cornwall Police, after thefts "
            "from shops rose to 9,400 in 2025.",
            [(9400, "Devon and Cornwall")],
            id="launched-today-in",
        ),
        pytest.param(
            "Merseyside Police's review was published on Monday at Liverpool, as burglaries "
            "of businesses reached 2,310 last year.",
            [(2310, "Merseyside")],
            id="published-on-a-weekday-at",
        ),
        pytest.param(  # near miss: no day of the launch, the scheme's own place
            "The scheme was launched in Truro in 2023, Devon and Cornwall Police said, and "
            "60 shops have joined.",
            [(60, "Truro")],
            id="launched-in-a-year",
        ),
        pytest.param(  # near miss: the figure's own town after the launch's
            "The plan was launched today in Truro by Devon and Cornwall Police. Thefts in "
            "Falmouth rose to 310 in 2025.",
            [(310, "Falmouth")],
            id="a-town-of-its-own",
        ),
    ],
)
def test_a_launch_venue_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
