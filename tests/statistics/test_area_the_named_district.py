"""A district the gazetteer lacks, named with "the" before it and "district" after it ("in
the Eden district", "across the county's Eden district"), is the figure's area as its name,
as "in Eden district" is (rule ``named_district``, ``district_names.DISTRICT_RULES``). Every
sentence is invented; near misses, a body's or an outlet's patch, are read as before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cumbria has 4,100 holders, with 900 of them in the Eden district alone.",
            [(4100, "Cumbria"), (900, "Eden")],
            id="the-district-after-a-county",
        ),
        pytest.param(
            "Officers made 31 arrests across the county's Eden district in 2023.",
            [(31, "Eden")],
            id="a-possessive-county-before",
        ),
        pytest.param(
            "Officers recorded 57 thefts in the Ribble district in 2023.",
            [(57, "Ribble")],
            id="a-river-district",
        ),
        # near misses: an outlet's or a body's patch is no district
        pytest.param(
            "Burglaries fell to 40 across the Echo district in 2023.",
            [(40, None)],
            id="an-outlets-patch",
        ),
        pytest.param(
            "Officers made 22 arrests in the Council district in 2023.",
            [(22, None)],
            id="a-body-word",
        ),
    ],
)
def test_the_named_district(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
