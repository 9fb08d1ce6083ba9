"""Both levels of a change "from" one "to" another, told of a plural noun in a relative
clause or after a bare "up"/"down" following it, count that noun (rule
``relative_from_to_levels``, ``level_subjects.RELATIVE_FROM_TO_LEVELS``). Every sentence is
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in nlp(text)._.statistics]


ROWS = [
    pytest.param(
        "The biggest falls in Powys were in thefts of tractors and trailers, which dropped "
        "from 71 to 44.",
        [(71, "thefts"), (44, "thefts")],
        id="which-dropped",
    ),
    pytest.param(
        "The sharpest rise in Derby was in reports of fly-tipping, down from 102 to 63.",
        [(102, "reports"), (63, "reports")],
        id="down-from",
    ),
    pytest.param(
        "Burglaries in Hove, which more than doubled from 80 to 170, worried residents.",
        [(2, "times"), (80, "burglaries"), (170, "burglaries")],
        id="which-doubled",
    ),
    # near miss: no plural noun before the clause: nothing counted
    pytest.param(
        "The average wait, which rose from 8 to 12, worried residents.", [], id="no-plural"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_relative_from_to_levels(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected
