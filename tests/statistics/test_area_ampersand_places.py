"""A place written with "&": a council named for it (rule ``ampersand_place`` of
:mod:`~pressfacts.statistics.named_bodies`: "Brighton & Hove City Council" speaks for
Brighton and Hove, as "Derby City Council" does for Derby) and the area given as the text
words it (rule ``ampersand_as_worded`` of :mod:`~pressfacts.statistics.place_spellings`).
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Brighton & Hove City Council carried out 212 inspections of late-night venues "
        "in 2025, working with Sussex Police.",
        [(212, "Brighton & Hove")],
        id="council-before-force",
    ),
    pytest.param(
        "Barking & Dagenham Council said 58 venues had joined its safety scheme in 2025.",
        [(58, "Barking & Dagenham")],
        id="london-borough-council",
    ),
    pytest.param(
        "Licensing officers from Kensington & Chelsea Council visited 140 bars in March. "
        "They found problems at 17 of them.",
        [(140, "Kensington & Chelsea"), (17, "Kensington & Chelsea")],
        id="council-mid-sentence-and-later-figure",
    ),
    # near misses
    pytest.param(
        "Brighton & Hove City Council said 30 bars in Brighton and Hove had signed up in 2025.",
        [(30, "Brighton and Hove")],
        id="text-also-writes-and",
    ),
    pytest.param(
        "Brighton and Hove City Council issued 14 new licences in 2025.",
        [(14, "Brighton and Hove")],
        id="written-with-and",
    ),
    pytest.param(
        "In England and Wales, 6,100 reports of spiking were made in 2025, and the charity "
        "Rape Crisis England & Wales took 900 calls.",
        [(6100, "England and Wales"), (900, "England and Wales")],
        id="ampersand-only-inside-a-longer-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ampersand_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
