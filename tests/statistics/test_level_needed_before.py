"""A count with "more/extra" after a verb of needing or seeking ("the team needs 30 more
volunteers", "the charity is looking for 15 extra drivers") counts what is still wanted: a
level, not a change (cue ``level-needed-before``, role ``level_before``, as the verbs of
providing of ``level-provided-before``). A comparison with "than" keeps the change, as does
a count with no such verb before it. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 9, 3)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "The rescue team said it needed 30 more volunteers in Penrith and Keswick.",
        [(30, "volunteers", None)],
        id="needed-more",
    ),
    pytest.param(
        "The charity needs at least 12 more drivers to keep the service running in Hull.",
        [(12, "drivers", None)],
        id="needs-at-least-more",
    ),
    pytest.param(
        "The hospice is looking for 15 extra fundraisers across Devon.",
        [(15, "fundraisers", None)],
        id="looking-for-extra",
    ),
    pytest.param(
        "Organisers are appealing for 40 more marshals for the Swindon half marathon.",
        [(40, "marshals", None)],
        id="appealing-for-more",
    ),
    # near misses: a change stays a change
    pytest.param(
        "In Carlisle, 30 more people were reported missing last year.",
        [(30, "people", "increase")],
        id="no-verb-of-needing",
    ),
    pytest.param(
        "The team needed 30 more volunteers in 2024 than in 2023.",
        [(30, "volunteers", "increase")],
        id="than-comparison",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_needed_before(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
