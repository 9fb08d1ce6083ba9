"""The world's scope words (pressfacts.statistics.place_phrases.WORLD_SCOPES): a figure
stated for the whole world, and a release whose lead states it, are ``worldwide``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

WORLD_ROWS = [
    pytest.param(
        "The Tamsin Harrow Trust logged 5,120 hoax websites worldwide last year. Of those, "
        "61% used stolen logos. Only 3% were hosted in Scotland.",
        [(5120, "worldwide"), (61, "worldwide"), (3, "Scotland")],
        id="lead-worldwide-carries-to-later-sentences",
    ),
    pytest.param(
        "Barnardo's Cymru saw 300 referrals in Wales in 2024. Globally, scam messages rose by 40%.",
        [(300, "Wales"), (40, "worldwide")],
        id="globally-opening-a-sentence",
    ),
    pytest.param(
        "Cumbria Constabulary took 88 reports in Carlisle. Around the world, 7,000 such apps were "
        "removed by the stores.",
        [(88, "Carlisle"), (7000, "worldwide")],
        id="around-the-world",
    ),
    pytest.param(
        "Kent Police seized 45 phones across the globe-spanning network in Maidstone.",
        [(45, "Maidstone")],
        id="near-miss-globe-spanning-is-no-scope",
    ),
    pytest.param(
        "Kent Police arrested 14 men across the world of online gaming in Maidstone.",
        [(14, "Maidstone")],
        id="near-miss-the-world-of",
    ),
    pytest.param(
        "Essex Police said 230 reports in Colchester came from a world-class tip line.",
        [(230, "Colchester")],
        id="near-miss-world-class",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORLD_ROWS)
def test_world_scopes(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    got = [(round(value, 1), area) for value, area in areas(nlp, text)]
    assert got == expected
