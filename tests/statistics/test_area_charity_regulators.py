"""Rule ``charity-regulator-remits`` of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: a regulator of charities or
of their fundraising (the Fundraising Regulator, the Scottish Charity Regulator, the Charity
Commission for Northern Ireland) speaks for the nations of its remit: its own figures, where
no place is named, are theirs; a place named keeps its figure, and a force's release that
names the regulator keeps its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The Fundraising Regulator has published its review of face-to-face fundraising.\n\n"
        "The regulator investigated 212 complaints about doorstep collectors in 2023.",
        [(212, "England, Wales and Northern Ireland")],
        id="fundraising-regulator-own-figures",
    ),
    pytest.param(
        "The Fundraising Regulator says 38 charities were named in its report last year.",
        [(38, "England, Wales and Northern Ireland")],
        id="fundraising-regulator-said",
    ),
    pytest.param(
        "The Scottish Charity Regulator opened 74 inquiries into charities last year.",
        [(74, "Scotland")],
        id="oscr",
    ),
    pytest.param(
        "The Charity Commission for Northern Ireland received 19 concerns about collections"
        " in 2023.",
        [(19, "Northern Ireland")],
        id="ccni",
    ),
    # near misses: a place named; a force's own release naming the regulator
    pytest.param(
        "The Fundraising Regulator received 96 complaints about collectors in Leeds last year.",
        [(96, "Leeds")],
        id="place-named",
    ),
    pytest.param(
        "Lancashire Police has shared its advice with the Fundraising Regulator.\n\n"
        "Officers received 23 reports of bogus collectors last year.",
        [(23, "Lancashire")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_charity_regulators_speak_for_their_remit(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
