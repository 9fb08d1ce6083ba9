"""A proportion ("one in five") with its noun and a place right after it ("one in five
pupils asked in Conwy") is that place's, over a region named before it in the sentence.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Aled Rees, the charity's manager for North Wales, said one in four pupils asked "
            "in Conwy had been offered cash for their bank details.",
            [(25, "Conwy")],
            id="a-proportion-then-its-noun-and-place",
        ),
        pytest.param(
            "Kent Police said one in every ten drivers stopped in Dover was over the limit.",
            [(10, "Dover")],
            id="one-in-every-ten",
        ),
        # a digit proportion too ("12 in 40" = 30%)
        pytest.param(
            "Officers from Sussex Police said 12 in 40 people stopped in Hastings were wanted.",
            [(30, "Hastings")],
            id="digits-in-digits",
        ),
        # near miss: no place after the noun: the region named before stays
        pytest.param(
            "Aled Rees, the charity's manager for North Wales, said one in four pupils had "
            "been offered cash for their bank details.",
            [(25, "North Wales")],
            id="no-place-after-the-noun",
        ),
    ],
)
def test_a_proportion_takes_the_place_after_its_noun(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
