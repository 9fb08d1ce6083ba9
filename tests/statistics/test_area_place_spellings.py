"""Place spellings (:data:`~pressfacts.statistics.place_spellings.PLACE_SPELLINGS`): a
district listed with commas or "and" is matched without its commas (``commas_dropped``)
and with "&" (``and_as_ampersand``), and read as the listed place ("Newry Mourne and
Down" -> "Newry, Mourne and Down"); not a place of one word that a longer name holds
("Newry" alone stays Newry). A place the text writes only with "&" is given so at the end
(rule ``ampersand_as_worded``: areas as the text words them). Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "In Newry Mourne and Down, officers recorded 38 burglaries last year.",
        [(38, "Newry, Mourne and Down")],
        id="commas-dropped",
    ),
    pytest.param(
        "Ards & North Down recorded 17 robberies in 2023.",
        [(17, "Ards & North Down")],
        id="ampersand",
    ),
    pytest.param(
        "Police recorded 64 thefts in Armagh City Banbridge & Craigavon in 2023.",
        [(64, "Armagh City, Banbridge and Craigavon")],
        id="commas-dropped-and-ampersand",
    ),
    pytest.param(
        "In Armagh Banbridge and Craigavon there were 12 assaults in 2023.",
        [(12, "Armagh, Banbridge and Craigavon")],
        id="short-borough-name",
    ),
    pytest.param(
        "There were 9 thefts from cars in Barking & Dagenham in January.",
        [(9, "Barking & Dagenham")],
        id="london-borough-ampersand",
    ),
    # near misses: one town of the district named alone stays that town
    pytest.param(
        "Officers in Newry made 21 arrests in 2023.",
        [(21, "Newry")],
        id="town-alone",
    ),
    pytest.param(
        "In Craigavon, 15 cars were stolen in 2023.",
        [(15, "Craigavon")],
        id="other-town-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_place_spellings(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
