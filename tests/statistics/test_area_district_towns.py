"""Towns within a district that council and neighbourhood releases name in place of the
district (``places.txt``, "towns within a district", each within its police area in
``place_within.txt``): "checkpoints in Benfleet and Rayleigh", "issued in Walkden"; a
surname that is such a town's name stays a person's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Essex Police stopped 31 vans in Castle Point. At checkpoints in Benfleet and "
            "Rayleigh, nine drivers had no licence.",
            [(31, "Castle Point"), (9, "Benfleet and Rayleigh")],
        ),
        (
            "Wigan Council issued 210 fines last year, and a further 44 were issued in "
            "Westhoughton.",
            [(210, "Wigan"), (44, "Westhoughton")],
        ),
        (
            "Oldham Council said 61 fly-tips were cleared in Chadderton and Royton in June.",
            [(61, "Chadderton and Royton")],
        ),
        (
            "Wardens handed out 18 fines in Shoeburyness over the weekend.",
            [(18, "Shoeburyness")],
        ),
        (
            "Salford City Council cleared 520 tonnes of waste in 2025, 76 of them in Irlam.",
            [(520, "Salford"), (76, "Irlam")],
        ),
    ],
)
def test_a_town_within_a_district_is_an_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sergeant Kate Swinton said 12 vans were seized in Leeds.", "Kate Swinton"),
        ("Inspector Paul Worsley said 40 fines were issued in Hull.", "Paul Worsley"),
    ],
)
def test_a_surname_that_is_a_town_stays_a_person(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["entities"]] == [(name, "PERSON")]
