"""A count with "more/extra/additional" whose noun is followed by the participle of a verb
of providing ("45 extra beds have opened", "12 more officers will be recruited") counts
what is added: a level, not a change (cue role ``level_after``, rule
``level_provided_after``). A comparison with "than", or a verb that provides nothing,
keeps the change. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 10)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "Since December, 45 extra emergency beds have opened in Leeds.",
        [(45, "beds", None)],
        id="have-opened",
    ),
    pytest.param(
        "In Leeds, 12 more officers will be recruited this year.",
        [(12, "officers", None)],
        id="will-be-recruited",
    ),
    pytest.param(
        "In York, 30 additional patrols have been deployed since March.",
        [(30, "patrols", None)],
        id="have-been-deployed",
    ),
    pytest.param(
        "In Hull, 20 extra beds opened in March.",
        [(20, "beds", None)],
        id="opened-no-auxiliary",
    ),
    # near misses: a change stays a change
    pytest.param(
        "In Leeds, 350 more people were arrested last year.",
        [(350, "people", "increase")],
        id="no-verb-of-providing",
    ),
    pytest.param(
        "In Leeds, 40 more officers were recruited in 2024 than in 2023.",
        [(40, "officers", "increase")],
        id="than-comparison",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_provided_after(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
