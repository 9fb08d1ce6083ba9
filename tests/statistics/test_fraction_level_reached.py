"""A bare fraction a change reached is a level (figure rule ``fraction``,
``figures._CHANGE_VERBS``): "had fallen to a quarter, from …", "rose to a third last
year"; not an ordinal or a time after it. Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 8, 28)
    doc = nlp(doc)
    return [(float(f.value), f.unit, f.change) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The inspector said the share of incidents linked to drugs had fallen to a "
            "quarter, from 35% in 2021.",
            [(25, "percent", None), (35, "percent", None)],
            id="fallen-to-a-quarter-then-from",
        ),
        pytest.param(
            "The share of calls about scams rose to a third last year.",
            [(33.3, "percent", None)],
            id="rose-to-a-third-then-a-period",
        ),
        pytest.param(
            "Repeat callers dropped to a fifth.",
            [(20, "percent", None)],
            id="dropped-to-a-fifth-closing",
        ),
        # near misses: a time, an ordinal before its noun
        pytest.param("Queues fell to a quarter past five.", [], id="a-time"),
        pytest.param("The league grew to a third division in May.", [], id="an-ordinal"),
    ],
)
def test_fraction_level_reached(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert figures(nlp, text) == expected
