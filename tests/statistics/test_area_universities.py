"""A university named for its city stands for that city in the area rules
(``named_bodies.NAMED_FOR_RULES``, rule ``university``): a university's figures with no
place of their own are its city's, not the area of a force it works with named later; one
named after "by", "at", "from" or "with" (guard ``university-cited-or-partner``) stands for
no place. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The University of Leeds has helped 140 students who were targeted by "
            "scammers since September, working with West Yorkshire Police.",
            [(140, "Leeds")],
            id="university-of-place",
        ),
        pytest.param(
            "Newcastle University's advice service saw 85 students last term. The service "
            "works with Northumbria Police.",
            [(85, "Newcastle")],
            id="place-university-possessive",
        ),
        # near misses: a place that is no listed place ("Sheffield Hallam"), a university
        # named for no place, and a figure with a place of its own
        pytest.param(
            "Sheffield Hallam University said 60 students had asked for help, working with "
            "South Yorkshire Police.",
            [(60, "South Yorkshire")],
            id="not-a-listed-place",
        ),
        pytest.param(
            "The Open University said 300 students had asked for help. Officers from "
            "Thames Valley Police attended.",
            [(300, "Thames Valley")],
            id="no-place-in-name",
        ),
        pytest.param(
            "An evaluation by Lancaster University found that 81% of pupils knew how to "
            "report it. The programme is funded by Lancashire's Police and Crime "
            "Commissioner.",
            [(81, "Lancashire")],
            id="university-cited-by",
        ),
        pytest.param(
            "Staff at Cardiff University referred 12 students to Avon and Somerset Police.",
            [(12, "Avon and Somerset")],
            id="university-cited-at",
        ),
        pytest.param(
            "A study by the University of Bristol found that 40% of adults in the UK had "
            "been targeted by a scam.",
            [(40, "UK")],
            id="figure-with-own-place",
        ),
    ],
)
def test_a_university_stands_for_its_city(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
