"""A count in words "of them" whose pronoun stands for a plural noun its own sentence
names before it counts the earlier count's noun ("He blackmailed 23 boys. He targeted
boys aged 12 to 16, and fourteen of them lived in Kent": boys; rule
``of_them_named_before`` of ``word_parts``); a pronoun for a noun no count counted takes
none. Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

ROWS = [
    pytest.param(
        "He blackmailed 23 boys. He targeted boys aged 12 to 16, and fourteen of them lived "
        "in Kent.",
        [(23.0, "boys", None), (14.0, "boys", None)],
        id="the-noun-named-again",
    ),
    pytest.param(
        "Officers stopped 40 drivers on the A30. They spoke to drivers on the verge, and "
        "nine of them were fined.",
        [(40.0, "drivers", None), (9.0, "drivers", None)],
        id="drivers-named-again",
    ),
    # near misses: the pronoun stands for another noun, or none is named
    pytest.param(
        "He blackmailed 23 boys. He targeted girls online, and fourteen of them lived in Kent.",
        [(23.0, "boys", None)],
        id="near-miss-another-noun",
    ),
    pytest.param(
        "Officers stopped 40 drivers. A group of offenders was seen, and six of them were caught.",
        [(40.0, "drivers", None)],
        id="near-miss-a-group-no-count-counted",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_word_count_of_them_named_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, None) == expected
