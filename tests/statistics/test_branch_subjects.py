"""A charity's local branch opening its sentence as the subject of a verb speaks for its
place (guard ``branch-subject`` of place role ``local-branch``); named as a partner or
with a noun after it, it does not. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Thames Valley Police said officers had visited 40 homes in Oxfordshire.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEAD + "Age UK Oxfordshire said its volunteers would call 300 older people.",
            [(40, "Oxfordshire"), (300, "Oxfordshire")],
            id="branch-said-its",
        ),
        pytest.param(
            "Lancashire Police said 25 scams were reported in Lancashire. Citizens Advice "
            "Blackburn has helped 90 people since January.",
            [(25, "Lancashire"), (90, "Blackburn")],
            id="branch-has-helped",
        ),
        # near misses: the branch as a partner after "from"; a noun after its name
        pytest.param(
            "Lancashire Police said 25 scams were reported in Lancashire. Volunteers from "
            "Citizens Advice Blackburn helped 90 people.",
            [(25, "Lancashire"), (90, "Lancashire")],
            id="branch-as-partner",
        ),
        pytest.param(
            "Lancashire Police said 25 scams were reported in Lancashire. Citizens Advice "
            "Blackburn volunteers helped 90 people.",
            [(25, "Lancashire"), (90, "Lancashire")],
            id="noun-after-the-branch",
        ),
    ],
)
def test_a_branch_as_subject_speaks_for_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
