"""A list of places given as the scope whose first members the gazetteer does not know
keeps them ("in St Ann's, Bulwell and Clifton"): rule ``unknown-list-lead``
(:data:`pressfacts.statistics.place_phrases.LIST_LEAD`); a possessive place name ("St
Paul's", "King's Heath") is a list member like any other (rule ``possessive-place-name``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 31 knives in St Ann's, Bulwell and Clifton.",
            [(31, "St Ann's, Bulwell and Clifton")],
        ),
        (
            "Patrols stopped 140 cars across St John's, Droitwich and Evesham.",
            [(140, "St John's, Droitwich and Evesham")],
        ),
        (
            "Police made 18 arrests in King's Heath, Moseley and Selly Oak.",
            [(18, "King's Heath, Moseley and Selly Oak")],
        ),
        (
            "The team visited 42 schools in Bulwell, St Ann's and Clifton.",
            [(42, "Bulwell, St Ann's and Clifton")],
        ),
        (
            "Wardens issued 75 fines in St Mary's and Hereford.",
            [(75, "St Mary's and Hereford")],
        ),
        # near misses: a weekday or a month before the list is no member
        (
            "Officers made 12 arrests on Friday, Bulwell and Clifton.",
            [(12, "Bulwell and Clifton")],
        ),
        (
            "Officers made 16 arrests in March, Bulwell and Clifton.",
            [(16, "Bulwell and Clifton")],
        ),
    ],
)
def test_area_unknown_list_lead(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
