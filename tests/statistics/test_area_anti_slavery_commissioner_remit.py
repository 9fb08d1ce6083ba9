"""Rule ``anti-slavery-commissioner-remit`` of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: the Independent Anti-Slavery
Commissioner's remit is the whole UK, so a release the commissioner leads speaks for the UK
when its figures name no place; a place named keeps its figure, and a force leading the
release keeps its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The Independent Anti-Slavery Commissioner has warned that 4,210 potential victims"
        " were referred to the National Referral Mechanism between April and June.",
        [(4210, "UK")],
        id="commissioner-leads",
    ),
    pytest.param(
        "The Office of the Independent Anti-Slavery Commissioner said the backlog of"
        " decisions had grown to 17,400 cases.\n\n"
        "Almost a third of them are children.",
        [(17400, "UK"), (33.3, "UK")],
        id="office-leads-two-sentences",
    ),
    # near misses: a place named; a force leading the release
    pytest.param(
        "The Independent Anti-Slavery Commissioner said 212 victims were referred in Wales"
        " last year.",
        [(212, "Wales")],
        id="place-named",
    ),
    pytest.param(
        "Cumbria Constabulary made 57 modern slavery referrals last year.\n\n"
        "The force has worked with the Independent Anti-Slavery Commissioner on training.",
        [(57, "Cumbria")],
        id="force-leads",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_commissioner_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
