"""A yardstick with a qualifier before it ("up from nearly 40", "compared with about 400")
counts what the count before it counts, as a bare yardstick does (unit rule
``compared-count`` and ``units.compared_word_unit`` read the words before the qualifier).
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Gwent Police arrested 61 people in 2024, up from nearly 48 in 2023.",
        [(61, "people", None), (48, "people", "nearly")],
        id="up-from-nearly",
    ),
    pytest.param(
        "The unit seized 220 phones last year, compared with about 170 the year before.",
        [(220, "phones", None), (170, "phones", "approximately")],
        id="compared-with-about",
    ),
    pytest.param(
        "More than 300 survivors were waiting in March, up from almost 250 a year earlier.",
        [(300, "survivors", "more than"), (250, "survivors", "nearly")],
        id="up-from-almost-after-a-qualified-count",
    ),
    pytest.param(
        "The team closed 14 cases this month, down from around nine last month.",
        [(14, "cases", None), (9, "cases", "approximately")],
        id="down-from-around-a-word",
    ),
    pytest.param(
        "Police recorded 5,040 incidents last year, an average of more than 13 every day.",
        [(5040, "incidents", None), (13, "incidents", "more than")],
        id="more-than-keeps-its-than",
    ),
    # near misses: a yardstick with a noun of its own, a qualified count with no yardstick
    pytest.param(
        "Officers seized 30 knives, compared with nearly 12 guns.",
        [(30, "knives", None), (12, "guns", "nearly")],
        id="a-noun-of-its-own",
    ),
    pytest.param(
        "Staff answered 500 calls and nearly 40 went unanswered on the night.",
        [(500, "calls", None)],
        id="no-yardstick-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_qualified_yardstick(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    doc = nlp(text)
    assert sorted((f.value, f.unit, f.qualifier) for f in doc._.statistics) == sorted(expected)
