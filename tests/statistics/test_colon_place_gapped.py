"""The first item of a list of named subjects and counts after a colon takes the noun of
the count before it, as the items after it do ("Officers made 42 arrests: Middlesbrough
18, Stockton 11 and Redcar 5"): elided rule ``colon_place_gapped``
(``elided_words.COLON_PLACE_GAPPED``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    return [(f.value, f.unit, f.area) for f in nlp(text)._.statistics]


ROWS = [
    pytest.param(
        "Officers made 42 arrests: Middlesbrough 18, Stockton 11 and Redcar 5.",
        [
            (42, "arrests", None),
            (18, "arrests", "Middlesbrough"),
            (11, "arrests", "Stockton"),
            (5, "arrests", "Redcar"),
        ],
        id="colon-list",
    ),
    pytest.param(
        "Wardens issued 96 fines in May: Bangor 40 and Wrexham 31.",
        [(96, "fines", None), (40, "fines", "Bangor"), (31, "fines", "Wrexham")],
        id="colon-pair",
    ),
    # near misses: a day after the colon; a count with no name before it
    pytest.param(
        "Officers made 42 arrests in May: Tuesday 14 was the busiest day.",
        [(42, "arrests", None)],
        id="calendar",
    ),
    pytest.param(
        "Officers made 42 arrests: 18 in Hull.",
        [(42, "arrests", "Hull"), (18, "arrests", "Hull")],
        id="no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_colon_place_gapped(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert figures(nlp, text) == expected
