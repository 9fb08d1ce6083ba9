"""The Fire Fighters Charity and the National Fire Chiefs Council are national bodies of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES` (both UK-wide): their own
figures, where no place is named, are the UK's; a place named keeps its figure, and a
fire service's release that names the charity keeps its own area. Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The Fire Fighters Charity is urging people to check on crews this summer.\n\n"
        "The charity supported 2,100 people through its wellbeing services in 2025.",
        [(2100, "UK")],
        id="charity-own-figures",
    ),
    pytest.param(
        "The National Fire Chiefs Council (NFCC) has issued new guidance on wildfires.\n\n"
        "Services took part in 340 training exercises last year, the council said.",
        [(340, "UK")],
        id="nfcc-own-figures",
    ),
    # near misses: a place named; a fire service's own release naming the charity
    pytest.param(
        "The Fire Fighters Charity is urging people to check on crews this summer.\n\n"
        "The charity supported 310 people in Wales in 2025.",
        [(310, "Wales")],
        id="place-named",
    ),
    pytest.param(
        "Kent Fire and Rescue Service crews raised money for the Fire Fighters Charity.\n\n"
        "Crews attended 420 fires last year.",
        [(420, "Kent")],
        id="fire-service-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fire_national_bodies_speak_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
