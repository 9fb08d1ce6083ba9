"""Drinkaware is a national body of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES` (UK-wide): its own figures,
where no place is named, are the UK's; a place named keeps its figure, and a force's
release that names the charity keeps its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The Drinkaware Trust has published new research on drinking at home.\n\n"
        "The charity's volunteers helped 4,300 people on nights out in 2024.",
        [(4300, "UK")],
        id="charity-own-figures",
    ),
    pytest.param(
        "Drinkaware is urging students to plan their journey home.\n\n"
        "Its survey of 2,050 students found 31% had walked home alone.",
        [(2050, "UK"), (31, "UK")],
        id="survey-no-place",
    ),
    # near misses: a place named; a force's own release naming the charity
    pytest.param(
        "The Drinkaware Trust has published new research on drinking at home.\n\n"
        "Its volunteers helped 640 people in Newcastle in 2024.",
        [(640, "Newcastle")],
        id="place-named",
    ),
    pytest.param(
        "Durham Constabulary is working with Drinkaware over the festive period.\n\n"
        "Officers made 85 arrests last December.",
        [(85, "Durham")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_drinkaware_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
