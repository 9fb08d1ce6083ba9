"""Named prisons as a figure's area (``district_names`` rule ``named_prison``, with the
place that locates a prison dropped: ``located_district``; sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named prison is the figure's place, not the town it is named for
        ("Staff at HMP Leeds found 87 mobile phones in cells last year.",
         [(87, "HMP Leeds")]),
        ("Officers recorded 42 assaults on staff at HM Prison Bristol.",
         [(42, "HM Prison Bristol")]),
        ("Kent Police said 19 drones were seized at HMYOI Cookham Wood.",
         [(19, "HMYOI Cookham Wood")]),
        # nor the town or county that locates it
        ("Searches at HMP Full Sutton in East Yorkshire found 31 phones.",
         [(31, "HMP Full Sutton")]),
        ("Lancashire Police said 12 packages were found at HMP Garth, near Leyland.",
         [(12, "HMP Garth")]),
        # a prison that things were flown into or found inside is where they happened,
        # before the force that counted them
        ("Durham Constabulary seized 4 drones flying parcels into HMP Frankland.",
         [(4, "HMP Frankland")]),
        ("Merseyside Police said 15 phones were found inside HMP Liverpool.",
         [(15, "HMP Liverpool")]),
        # near misses: the prison service is a body, not a prison; a town after a year
        ("HM Prison and Probation Service said 14 officers were injured in Leeds.",
         [(14, "Leeds")]),
        ("West Yorkshire Police made 9 arrests in Wakefield.", [(9, "Wakefield")]),
    ],
)  # fmt: skip
def test_prison_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prisons body with no territory of its own: its figures cover England and Wales
        ("The Prison Advice and Care Trust helped 4,100 families last year.",
         [(4100, "England and Wales")]),
        ("HM Inspectorate of Prisons published 36 reports in 2025.",
         [(36, "England and Wales")]),
        # near misses: a force's release stays the force's; a place named is the figure's
        ("Kent Police said Pact had helped 40 families.", [(40, "Kent")]),
        ("Pact staff met 90 families in Cardiff.", [(90, "Cardiff")]),
    ],
)  # fmt: skip
def test_prisons_bodies_speak_for_england_and_wales(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
