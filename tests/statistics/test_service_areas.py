"""A release that no body places takes the area its subject says it works in
(pressfacts.statistics.service_areas): "The service supports … in Kent and Medway"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Larchfield Foundation's mentoring scheme worked with 240 care leavers in "
            "2025. The scheme supports 16 to 24-year-olds in Kent and Medway. Of the 240, "
            "150 found a home.",
            [(240, "Kent and Medway"), (240, "Kent and Medway"), (150, "Kent and Medway")],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. The charity "
            "works across the North East, Cumbria and the Scottish Borders. About 40% had "
            "no heating.",
            [
                (96, "North East, Cumbria and the Scottish Borders"),
                (40, "North East, Cumbria and the Scottish Borders"),
            ],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. Its caseworkers "
            "cover Hull and York. About 40% had no heating.",
            [(96, "Hull and York"), (40, "Hull and York")],
        ),
        # near misses: a place that is not where the subject works; a service sentence too
        # late in the release
        (
            "The Larchfield Foundation said 96 families were helped last year. Its founder "
            "grew up in Leeds. About 40% had no heating.",
            [(96, None), (40, "Leeds")],  # the lead-in rule's, not the release's area
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. About 40% had "
            "no heating. Most were renting. Many had children. The charity works in Bristol.",
            [(96, None), (40, None)],
        ),
    ],
)
def test_a_release_takes_the_area_its_subject_works_in(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
