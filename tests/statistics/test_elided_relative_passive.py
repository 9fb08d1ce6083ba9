"""A count after ", and" (", but", ", while") whose noun is left out and which a relative
passive follows ("53 children who were being groomed, and 19 who were being exploited")
counts the things just counted (elided rule ``relative_passive``); it had been dropped, as
only a relative clause with a verb of its own after its subject was read. A relative clause
with no participle ("and 19 who were there") or a count with a noun of its own is no such
count. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Social workers in Bolton found 71 pupils who were being groomed online, and 24 "
            "who were being made to carry knives.",
            [(71, "pupils"), (24, "pupils")],
            id="being",
        ),
        pytest.param(
            "Officers in Derby traced 140 teenagers in 2024, while 16 who had been arrested "
            "were released on bail.",
            [(140, "teenagers"), (16, "teenagers")],
            id="had-been",
        ),
        pytest.param(
            "The unit in Hull spoke to 88 girls, but 9 who were previously reported missing "
            "declined help.",
            [(88, "girls"), (9, "girls")],
            id="previously-ly-word",
        ),
        # near misses: no participle after the relative; a noun of its own
        pytest.param(
            "Social workers in Bolton found 71 pupils who were being groomed online, and 24 "
            "who were there.",
            [(71, "pupils")],
            id="no-participle",
        ),
        pytest.param(
            "Social workers in Bolton found 71 pupils who were being groomed online, and 24 "
            "adults who were being paid.",
            [(71, "pupils"), (24, "adults")],
            id="own-noun",
        ),
    ],
)
def test_relative_passive(nlp: Language, units_of: UnitsOf, text: str, expected: object) -> None:
    assert units_of(nlp, text, P) == expected
