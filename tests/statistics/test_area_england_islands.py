"""Populated islands off England's coast are places of ``places.txt`` (with the district or
county they lie in, in ``place_within.txt``), so a figure takes the island its sentence names,
not the issuing body's area. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police said officers had seized 14 boats on Mersea Island in 2025.",
            [(14, "Mersea Island")],
            id="island-named-in-the-clause",
        ),
        pytest.param(
            "Cumbria Constabulary recorded 212 burglaries on Walney Island last year.",
            [(212, "Walney Island")],
            id="island-over-the-force",
        ),
        pytest.param(
            "Officers recorded 96 crimes in the Sheppey jails in 2025.",
            [(96, "Sheppey")],
            id="island-short-form-as-modifier",
        ),
        pytest.param(
            "The council will spend £40,000 on CCTV on the Isle of Portland in 2026/27.",
            [(40000, "Isle of Portland")],
            id="isle-of-form",
        ),
        # near misses: an island named in the lead is no release area; no island named
        pytest.param(
            "Hampshire Constabulary seized 30 jet skis on Hayling Island in 2025. "
            "Officers also made 12 arrests in 2025.",
            [(30, "Hayling Island"), (12, "Hampshire")],
            id="lead-island-keeps-the-force-area",
        ),
        pytest.param(
            "Hampshire Constabulary made 45 arrests in 2025.",
            [(45, "Hampshire")],
            id="no-island-force-area",
        ),
    ],
)
def test_an_island_figure_takes_its_island(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
