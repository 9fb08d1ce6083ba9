"""A comparison with an earlier time after a long period phrase still makes a count a
change, though a verb of providing stands before it (rule ``than_a_time_far`` of
:data:`pressfacts.statistics.changes._THAN`), with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 11, 5)

ROWS: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    (
        "The force had charged 38% more suspects in the first nine months of 2026 than in "
        "the same period of 2025.",
        [(38.0, "percent", "increase")],
    ),
    (
        "Officers have arrested 14 more drivers over the first eleven weeks of the summer "
        "campaign than in 2024.",
        [(14.0, "drivers", "increase")],
    ),
    (
        "Detectives have charged 9% more people with stalking in the six months to September "
        "than during the previous six months.",
        [(9.0, "percent", "increase")],
    ),
    # near misses: no "than" (an added count); "rather than" is no comparison of times
    (
        "The force has charged 12 more people in connection with the disorder in Southport.",
        [(12.0, "people", None)],
    ),
    (
        "Police have seized 30 more knives during the amnesty in Leicester and across the "
        "county, the force said.",
        [(30.0, "knives", None)],
    ),
    (
        "The charity will pay for 12 extra advisers across the whole of the county and in "
        "Bradford rather than in Leeds.",
        [(12.0, "advisers", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_than_a_time_far(
    nlp: Language,
    changes_of: ChangesOf,
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert changes_of(nlp, text, P) == expected
