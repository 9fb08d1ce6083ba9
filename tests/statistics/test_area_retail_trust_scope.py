"""The Retail Trust, the charity for people who work in retail, is a national body of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES` (UK-wide): its own
figures, where no place is named, are the UK's, even with a force named later as the
partner of a local trial; a place named keeps its figure, and a force's release that names
the charity keeps its own area. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Calls to the Retail Trust's helpline rose by 25% last year.\n\n"
        "The helpline took 3,400 calls about abuse at work. Around 40% came from "
        "supermarket staff.",
        [(25, "UK"), (3400, "UK"), (40, "UK")],
        id="charity-own-figures",
    ),
    pytest.param(
        "The Retail Trust said its counsellors saw 900 shop workers in 2023.\n\n"
        "It also backs a trial in Leeds run with West Yorkshire Police.",
        [(900, "UK")],
        id="force-named-later",
    ),
    # near misses: a place named; a force's own release naming the charity
    pytest.param(
        "The Retail Trust has published figures on its helpline.\n\n"
        "Calls from Scotland rose to 310 in 2023.",
        [(310, "Scotland")],
        id="place-named",
    ),
    pytest.param(
        "Northumbria Police is working with the Retail Trust on a new campaign.\n\n"
        "Officers made 64 arrests for shop theft last month.",
        [(64, "Northumbria")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_retail_trust_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
