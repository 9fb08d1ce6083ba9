"""A count with "more/extra" after a verb of taking in the perfect ("officers have seized 61
more dogs", "the charity has rehomed 20 more cats since May") counts what was added since a
time before: a level, not a change (cue ``level-taken-before``, role ``level_before``, as the
verbs of providing of ``level-provided-before``). A comparison with "than" keeps the change,
as does the same verb in the simple past or a count with no such verb before it. Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 4, 22)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "Since February, officers in Bolton have seized 17 more dogs.",
        [(17, "dogs", None)],
        id="have-seized-more",
    ),
    pytest.param(
        "The force has arrested nine more people in connection with the attack in Hove.",
        [(9, "people", None)],
        id="has-arrested-more",
    ),
    pytest.param(
        "Staff at the Swansea centre have now rehomed 32 more cats.",
        [(32, "cats", None)],
        id="have-now-rehomed-more",
    ),
    pytest.param(
        "Wardens in Gateshead had taken in 14 extra dogs by the end of the month.",
        [(14, "dogs", None)],
        id="had-taken-in-extra",
    ),
    # near misses: a change stays a change
    pytest.param(
        "Officers in Bolton have seized 17 more dogs than in 2025.",
        [(17, "dogs", "increase")],
        id="than-comparison",
    ),
    pytest.param(
        "In Hove, 23 more people were arrested last year.",
        [(23, "people", "increase")],
        id="no-verb-of-taking",
    ),
    pytest.param(
        "Police in Rhyl seized 40 more dogs last year.",
        [(40, "dogs", "increase")],
        id="simple-past",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_taken_before(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
