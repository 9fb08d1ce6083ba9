"""The Welsh name of the island council, "Ynys Môn", is a place of North Wales, as
"Anglesey" is (``places.txt``, ``place_within.txt``): a figure named for it takes it as its
area, not the force's. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "North Wales Police made 41 arrests in Ynys Môn and 18 in Gwynedd in June.",
        [(41, "Ynys Môn"), (18, "Gwynedd")],
    ),
    ("Across Ynys Môn, officers seized 12 vehicles.", [(12, "Ynys Môn")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ynys_mon_is_a_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
