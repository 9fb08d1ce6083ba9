"""An NHS hospital trust named for its place stands for that place in the area rules
(``named_bodies.NAMED_FOR_RULES``, rule ``nhs-trust``), as a council does: its figures with
no place of their own are that place's, not the area of a force named later in the release.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sheffield Teaching Hospitals NHS Foundation Trust recorded 1,204 assaults on "
            "staff in 2024/25, and 38 people were charged. South Yorkshire Police made 90 "
            "arrests.",
            [(1204, "Sheffield"), (38, "Sheffield"), (90, "South Yorkshire")],
            id="teaching-hospitals-trust-issues-the-release",
        ),
        pytest.param(
            "Nottingham University Hospitals aside, Derby NHS Foundation Trust logged 512 "
            "incidents of aggression last year.",
            [(512, "Derby")],
            id="foundation-trust",
        ),
        # near miss: a trust whose place comes after its head words names no place
        pytest.param(
            "University Hospitals of Leicester NHS Trust recorded 640 assaults in 2024, "
            "Leicestershire Police said.",
            [(640, "Leicestershire")],
            id="place-after-the-head-words",
        ),
    ],
)
def test_an_nhs_trust_stands_for_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
