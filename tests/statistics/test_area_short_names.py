"""A country's short name is worded as the name its statistics are kept under
(``place_wording.SHORT_NAMES``): "on Britain's roads" is Great Britain."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 1,650 people died on Britain's roads last year.", [(1650, "Great Britain")]),
        ("Across Britain, 312 bus drivers were assaulted in 2023.", [(312, "Great Britain")]),
        # near misses: the full name as worded; another country's name unchanged
        ("In Great Britain, 48 riders were killed in June.", [(48, "Great Britain")]),
        ("In Northern Ireland, 71 people died on the roads last year.", [(71, "Northern Ireland")]),
    ],
)
def test_britain_is_great_britain(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
