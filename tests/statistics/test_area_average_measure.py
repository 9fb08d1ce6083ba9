""" "Average" as the adjective of a plural noun its clause says changed is what was
measured, no yardstick: the figure's place is its sentence's (rule ``own_measure_average`` of
``yardstick_areas.yardstick_area``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Average speeds have fallen on seven in ten roads in Hexham.", [(70, "Hexham")]),
        ("Average waits fell on eight in ten wards in Gateshead.", [(80, "Gateshead")]),
        ("Average fares rose on half of the routes in Durham.", [(50, "Durham")]),
        # near misses: an average that is the figure's yardstick keeps its own reading
        ("Crime in Hexham rose, against the national average of 12%.", [(12, None)]),
        ("In Hexham, compared with average waits of 40%, the rate was lower.", [(40, None)]),
    ],
)  # fmt: skip
def test_average_measure_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
