"""A sentence opening "The figures come as …" sets the figures just stated beside another
source's: its own figures take no place from the figures before (rule
``figures_come_as`` of ``referred_figures``), while "The figures for Fife …" and "That
figure is …" still point back. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The charity took 4,200 calls in 2025. In Wales, it took 310 of the calls, and in "
        "Scotland 290.\n\nThe figures come as Ofsted said it had inspected 1,400 nurseries "
        "in 2025.",
        [(4200, None), (310, "Wales"), (290, "Scotland"), (1400, None)],
        id="figures-come-as-a-source-said",
    ),
    pytest.param(
        "The charity took 900 calls last year. In Leeds, it took 80 of them.\n\nThe figures "
        "came after the Home Office reported 2,100 arrests in 2023.",
        [(900, None), (80, "Leeds"), (2100, None)],
        id="figures-came-after",
    ),
    pytest.param(
        "The charity took 900 calls last year. In Leeds, it took 80 of them.\n\nThe figures "
        "follow weeks of warnings, during which the charity took 600 calls.",
        [(900, None), (80, "Leeds"), (600, None)],
        id="figures-follow-weeks",
    ),
    # near misses: the figures themselves still point back
    pytest.param(
        "The charity took 900 calls last year. In Leeds, it took 80 of them.\n\nThe "
        "figures show that 12 of those callers were children.",
        [(900, None), (80, "Leeds"), (12, "Leeds")],
        id="near-miss-the-figures-show",
    ),
    pytest.param(
        "The charity took 900 calls last year. In Leeds, it took 80 of them.\n\nThat "
        "figure was 62 the year before.",
        [(900, None), (80, "Leeds"), (62, "Leeds")],
        id="near-miss-that-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_figures_come_as_take_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
