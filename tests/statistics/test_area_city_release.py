"""A city council's own city: "the city" after its county named last takes the release's
town or city (``place_wording.THE_CITY``), and a body a scheme is "agreed with" is a
partner (``partner_cues.PARTNER_CUES``), not the scheme's area."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nottingham City Council has installed new signs. The fire service was called to 48 "
            "water rescues in Nottinghamshire last year. Nearly two thirds of them were within "
            "the city boundary.",
            [(48, "Nottinghamshire"), (66.7, "Nottingham")],
        ),
        (
            "Leeds City Council has installed new signs. Firefighters attended 48 rescues in "
            "West Yorkshire last year. In the city, 30 of them were on the canal.",
            [(48, "West Yorkshire"), (30, "Leeds")],
        ),
        (
            "Nottingham City Council has installed 36 throwline stations, as part of a £120,000 "
            "scheme agreed with Nottinghamshire Fire and Rescue Service.",
            [(36, "Nottingham"), (120000, "Nottingham")],
        ),
        # near misses: a county force's release (no town of its own), a town named last
        (
            "West Yorkshire Police recorded 48 rescues in England last year. Officers said 30 "
            "of them were in the city.",
            [(48, "England"), (30, "England")],  # not the force's county
        ),
        (
            "Lancashire Police charged a man from Blackburn with 9 offences. Officers said 31 "
            "shops in the city had been targeted since May.",
            [(9, "Blackburn"), (31, "Blackburn")],
        ),
    ],
)
def test_area_city_release(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
