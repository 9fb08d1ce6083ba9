"""A count with "more/extra/additional" whose noun is followed by the participle of a verb
of staging an event ("four more marking sessions will be held", "six extra surgeries have
been scheduled") counts what is put on: a level, not a change (cue
``level-staged-after`` of role ``level_after``, rule ``level_provided_after``). A comparison
with "than", or a verb that stages nothing, keeps the change. Every sentence is invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 10, 6)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "In Ely, five more property-marking sessions will be held before Christmas.",
        [(5, "sessions", None)],
        id="will-be-held",
    ),
    pytest.param(
        "In Lincoln, six extra crime surgeries have been scheduled for November.",
        [(6, "surgeries", None)],
        id="have-been-scheduled",
    ),
    pytest.param(
        "In Bangor, three additional drop-in events will be hosted by the union.",
        [(3, "events", None)],
        id="will-be-hosted",
    ),
    # near misses: a comparison with "than"; a verb that stages nothing
    pytest.param(
        "In Ely, 12 more sessions were held this year than in 2024.",
        [(12, "sessions", "increase")],
        id="than-comparison",
    ),
    pytest.param(
        "In Ely, 40 more bikes were stolen this autumn.",
        [(40, "bikes", "increase")],
        id="no-verb-of-staging",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_staged_after(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
