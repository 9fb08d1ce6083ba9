"""A town a vehicle was stopped or searched near is the scope of what was found in it (rule
``vehicle-stop-near-place`` of ``site_places.VEHICLE_STOP_NEAR``, read by
``district_names.venue_at``): it outranks the force or unit the sentence names; a town near
a vehicle that was not stopped or searched, or near a car park, does not (sentences invented
for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.site_places import site_near
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers from Lancashire Police stopped a van near Preston and found 22 stolen "
         "bikes.", [(22, "Preston")]),
        ("Leicestershire Police pulled over a lorry close to Loughborough and recovered 18 "
         "firearms.", [(18, "Loughborough")]),
        ("North Yorkshire Police searched a hire car outside Selby and seized 35 wraps of "
         "heroin.", [(35, "Selby")]),
        # near misses: a car that was not stopped; a car park
        ("Cumbria Police said a car crashed near Penrith, injuring three people.",
         [(3, "Cumbria")]),
        ("Kent Police said 12 cars were damaged in a car park near Ashford.", [(12, "Kent")]),
    ],
)  # fmt: skip
def test_vehicle_stop_near_place_area(
    nlp: Language, areas: AreasOf, text: str, expected: list
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("officers stopped a car near ", True),
        ("searched a white van outside ", True),
        ("pulled over a lorry close to ", True),
        ("damaged in a car park near ", False),
        ("officers stopped near ", False),
        ("a car crashed near ", False),
    ],
)
def test_vehicle_stop_near(before: str, expected: bool) -> None:
    assert site_near(before) is expected
