"""A nation's branch of a body named after "works with" is a partner of the body that
counts, not the figures' place (rule ``works_with_national``,
``partner_cues.NATIONAL_PARTNER_CUES``): a team that works with a nation-wide union or
charity does not work across the nation. Sentences invented for the test; near misses: a
body that "works with" a force still works in its area, a national branch that counts its
own figures, or one that opens the sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    (
        "Dyfed-Powys Police's rural crime team, which has eight officers, works with the "
        "Farmers' Union of Wales on sheep worrying.",
        [(8.0, "Dyfed-Powys")],
    ),
    (
        "Lancashire Police's rural team, which has 14 officers, works closely with the "
        "Farmers' Union of Wales.",
        [(14.0, "Lancashire")],
    ),
    (
        "Northumbria Police's wildlife unit, which has six officers, works alongside "
        "Crimestoppers Scotland and NFU Scotland.",
        [(6.0, "Northumbria")],
    ),
    # near misses: a force or council after "works with"; the branch counts its own figures
    (
        "The charity works with Essex Police and helped 300 victims last year.",
        [(300.0, "Essex")],
    ),
    ("Crimestoppers Wales received 500 reports last year.", [(500.0, "Wales")]),
    (
        "NFU Cymru, which works with farmers across the country, said 200 sheep were killed.",
        [(200.0, "Wales")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_works_with_national_branch(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
