"""An Inshore Fisheries and Conservation Authority named for its place (its ``areas`` in
``organisations.jsonl``) speaks for that place in the area rules, as MOPAC speaks for
London. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fisheries officers from the Northumberland Inshore Fisheries and Conservation "
            "Authority seized 800 kilos of lobsters in 2025.",
            [(800, "Northumberland")],
            id="authority-named-for-its-county",
        ),
        pytest.param(
            "Officers from the Cornwall Inshore Fisheries and Conservation Authority carried "
            "out 412 inspections in 2025. They seized 38 nets.",
            [(412, "Cornwall"), (38, "Cornwall")],
            id="later-figure-takes-the-authority-area",
        ),
    ],
)
def test_an_ifca_speaks_for_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
