"""Rule ``sport-governing-bodies`` of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: a sports governing body or
sports council of one nation (England Netball, England Athletics, Swim Wales, Scottish
Swimming, British Gymnastics, …) speaks for its nation: its own figures, where no place is
named, are that nation's; a place named keeps its figure, and a force's release that names
the body keeps its own area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "England Netball has published its first safeguarding review.\n\n"
        "The governing body received 318 concerns about coaches in 2023.",
        [(318, "England")],
        id="england-netball-own-figures",
    ),
    pytest.param(
        "England Athletics says 4,200 club volunteers completed its safeguarding course last year.",
        [(4200, "England")],
        id="england-athletics-said",
    ),
    pytest.param(
        "Swim Wales has trained 640 welfare officers since 2022, the governing body said.",
        [(640, "Wales")],
        id="swim-wales",
    ),
    pytest.param(
        "Scottish Swimming suspended 12 coaches last year while concerns were investigated.",
        [(12, "Scotland")],
        id="scottish-swimming",
    ),
    pytest.param(
        "British Gymnastics received 530 complaints about its members in 2023.",
        [(530, "UK")],
        id="british-gymnastics-uk",
    ),
    # near misses: a place named; a force's own release naming the body
    pytest.param(
        "England Hockey ran 14 safeguarding workshops in Yorkshire last year.",
        [(14, "Yorkshire")],
        id="place-named",
    ),
    pytest.param(
        "Avon and Somerset Police worked with Swim England on a new guide for clubs.\n\n"
        "Officers received 27 reports about coaches last year.",
        [(27, "Avon and Somerset")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sport_governing_bodies_speak_for_their_nation(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
