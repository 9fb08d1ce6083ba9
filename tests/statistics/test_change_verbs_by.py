"""Verbs of sudden change followed by "by" are change cues (``statistic_cues.jsonl``,
``change-increase-before`` / ``change-decrease-before``): "climbed by 14%", "soared by 31%",
"plummeted by 18%". Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2024, 3, 5)
"""The publication date of every text of this file."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hate crime reports in Leeds climbed by 14% on the year before.",
            [(14, "percent", "increase")],
            id="climbed-by",
        ),
        pytest.param(
            "Shoplifting in Derby jumped by 22% in 2023.",
            [(22, "percent", "increase")],
            id="jumped-by",
        ),
        pytest.param(
            "Online fraud reports soared by 31% last year.",
            [(31, "percent", "increase")],
            id="soared-by",
        ),
        pytest.param(
            "Robberies in Hull plummeted by 18% in 2023.",
            [(18, "percent", "decrease")],
            id="plummeted-by",
        ),
        pytest.param(
            "Car thefts in Bolton slumped by 9% in 2023.",
            [(9, "percent", "decrease")],
            id="slumped-by",
        ),
        # near misses: a level after the verb is no change, nor a count "by" officers
        pytest.param(
            "Referrals in Leeds climbed to 400 in 2023.",
            [(400, "referrals", None)],
            id="climbed-to-a-level",
        ),
        pytest.param(
            "The reports were reviewed by 12 officers in Leeds.",
            [(12, "officers", None)],
            id="reviewed-by",
        ),
    ],
)
def test_change_verbs_by(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
