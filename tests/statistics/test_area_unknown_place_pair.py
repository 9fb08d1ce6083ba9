"""Two places the gazetteer knows neither of, given as the scope ("in", "across",
"throughout", "within") and joined by "and", are the area as worded (rule
``unknown-place-pair``, :data:`pressfacts.statistics.place_phrases.UNKNOWN_PAIR`).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers made 27 arrests in Heeley and Meersbrook last month.",
            [(27, "Heeley and Meersbrook")],
        ),
        (
            "Wardens issued 64 fines across Hartcliffe and Withywood.",
            [(64, "Hartcliffe and Withywood")],
        ),
        (
            "Police recorded 140 thefts in Blackbird Leys and Greater Leys, up 9% on 2024.",
            [(140, "Blackbird Leys and Greater Leys"), (9, "Blackbird Leys and Greater Leys")],
        ),
        (
            "Durham Constabulary fitted 52 cameras in Stechford and Yardley.",
            [(52, "Stechford and Yardley")],
        ),
        # near misses: months, a pair closing a relative clause about a body, a body's words,
        # school years: no pair of places
        ("Officers made 31 arrests in March and April.", [(31, None)]),
        (
            "Nottingham City Council, which runs the cameras in Heeley and Meersbrook, "
            "said 600 people replied.",
            [(600, "Nottingham")],
        ),
        ("Reports rose to 320 in Police and Crime Commissioner areas.", [(320, None)]),
        ("Some 45 pupils in Year Ten and Year Eleven took part.", [(45, None)]),
    ],
)
def test_area_unknown_place_pair(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
