"""Rule ``phrasal-agent-by`` (:data:`pressfacts.statistics.changes.PHRASAL_AGENT_BY`): a
phrasal verb in the passive with its agent after "by" ("taken up by 85 schools") is no
change; "went up by 12%" still is."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 9, 10)

ROWS = [
    pytest.param(
        "The pledge has been taken up by 85 schools in Norfolk since 2023.",
        [(85, "schools", None)],
        id="taken-up-by",
    ),
    pytest.param(
        "The shortfall in Powys was made up by £40,000 from reserves.",
        [(40000, "pounds", None)],
        id="made-up-by",
    ),
    pytest.param(
        "Hubs in Carlisle were set up by 12 charities last year.",
        [(12, "charities", None)],
        id="set-up-by",
    ),
    pytest.param(
        "The litter picks were backed up by 300 volunteers in Truro.",
        [(300, "volunteers", None)],
        id="backed-up-by",
    ),
    # near misses: the particle is the change
    pytest.param(
        "Reports of dumped waste in Dover went up by 12% last year.",
        [(12, "percent", "increase")],
        id="went-up-by",
    ),
    pytest.param(
        "Fly-tipping in Rugby was up by 18% in 2024.",
        [(18, "percent", "increase")],
        id="was-up-by",
    ),
    pytest.param(
        "Fines in Crewe were down by 40 on the year before.",
        [(40, "fines", "decrease")],
        id="were-down-by",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_passive_phrasal_verb_with_its_agent_is_no_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
