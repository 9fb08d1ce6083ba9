"""National parks named with their county or as a range ("on the Norfolk Broads", "on the
South Downs"): the area is the park as worded, not the county inside its name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bailiffs checked 1,340 anglers on the Norfolk Broads last summer, and 64 of "
            "them were reported.",
            [(1340, "Norfolk Broads"), (64, "Norfolk Broads")],
        ),
        (
            "Rangers recorded 45 wildfires on the South Downs last summer.",
            [(45, "South Downs")],
        ),
        (  # near miss: the county alone
            "Officers in Norfolk seized 12 boats last year.",
            [(12, "Norfolk")],
        ),
    ],
)
def test_area_national_parks(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
