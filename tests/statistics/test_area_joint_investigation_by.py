"""The forces a joint investigation is "by" or "with" are partners in the case ("after a joint
investigation by Essex Police and the Metropolitan Police Service"), not the area of the
figures after it: those keep the release's area, where the last force of the list had
given its own (``PARTNER_CUES`` of :mod:`pressfacts.statistics.partner_cues`). Sentences
invented for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police published its figures.\n\nThe line was shut after a joint "
            "investigation by Essex Police and the Metropolitan Police Service. Four men were "
            "charged.",
            [(4, "Essex")],
            id="joint-investigation-by-a-list",
        ),
        pytest.param(
            "Durham Constabulary published its figures.\n\nThe gang was broken up after a joint "
            "investigation with Cleveland Police. Seven people were charged.",
            [(7, "Durham")],
            id="joint-investigation-with",
        ),
        # near misses: no joint work, so the force named keeps its area
        pytest.param(
            "Essex Police published its figures.\n\nThe line was shut after an investigation by "
            "Essex Police and the Metropolitan Police Service. Four men were charged.",
            [(4, "London")],
            id="investigation-not-joint",
        ),
        pytest.param(
            "Essex Police published its figures.\n\nAn investigation by the Metropolitan Police "
            "Service led to 6 arrests.",
            [(6, "London")],
            id="one-force-investigation",
        ),
    ],
)
def test_a_joint_investigation_s_forces_are_partners(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
