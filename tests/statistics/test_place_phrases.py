"""The places worded by their phrase (pressfacts.statistics.place_phrases) and the share
rule (pressfacts.statistics.share_areas): the area of each figure of invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

PHRASE_ROWS = [
    pytest.param(
        "Durham Police opened a desk in Darlington. The force recorded 820 thefts across "
        "the force area last year.",
        [(820, "Durham")],
        id="force-area",
    ),
    pytest.param(
        "Avon and Somerset Police said 75 bikes were stolen in the force's area in June.",
        [(75, "Avon and Somerset")],
        id="force-s-area",
    ),
    pytest.param(
        "The Marie Collins Foundation has published its figures. It runs a course with Cleveland "
        "Police. In May, 64 men arrested by the force were sent on it.",
        [(64, "Cleveland")],
        id="arrested-by-the-force-in-a-charity-release",
    ),
    pytest.param(
        "The Marie Collins Foundation has published its figures. It works with Essex Police "
        "and Kent Police. Last year 310 crimes recorded by the force were of stalking.",
        [(310, "Kent")],
        id="by-the-force-is-the-nearest-force-before",
    ),
    pytest.param(
        "The Marie Collins Foundation has published its figures. It works with Essex Police "
        "and Kent Police. Last year 90 men were referred by the force's partners.",
        [(90, "Essex and Kent")],
        id="by-the-force-s-partners-is-no-agent",
    ),
    pytest.param(
        "Officers made 8 arrests in Leeds's Harehills ward on Friday.",
        [(8, "Harehills ward")],
        id="possessive-ward",
    ),
    # a gazetteer place inside the ward's name is no place of its own
    pytest.param(
        "Kirklees's Dewsbury East ward saw 14 fires.",
        [(14, "Dewsbury East ward")],
        id="possessive-ward-holding-a-place",
    ),
    pytest.param(
        "Bradford's Keighley Central ward saw 9 fires.",
        [(9, "Keighley Central ward")],
        id="possessive-ward-holding-a-town",
    ),
    pytest.param(
        "The council gave £40,000 to youth clubs in Boston, Wragby and Tattershall.",
        [(40000, "Boston, Wragby and Tattershall")],
        id="list-unknown-members",
    ),
    pytest.param(
        "Thefts of tractors in Wyre and Blackpool rose by 12% last year.",
        [(12, "Wyre and Blackpool")],
        id="list-head-unknown-members",
    ),
    pytest.param(
        "Reports in Tynedale, Alnwick or Newcastle rose by 12%.",
        [(12, "Tynedale, Alnwick or Newcastle")],
        id="list-head-or",
    ),
    pytest.param(
        "Thefts in March and Leeds rose by 12% on 2022.",
        [(12, "Leeds")],
        id="list-head-not-a-month",
    ),
    pytest.param(
        "A reward of £2,000 is offered for sightings in Leeds or Wakefield.",
        [(2000, "Leeds or Wakefield")],
        id="list-or",
    ),
    pytest.param(
        "Officers seized 30 bikes in Leeds and Bradford.",
        [(30, "Leeds and Bradford")],
        id="list-known-and",
    ),
    pytest.param(
        "Officers seized 30 bikes in Leeds and Kirkstall Valley Trust gave them away.",
        [(30, "Leeds")],
        id="list-stops-at-a-longer-name",
    ),
    pytest.param(
        "Burglary in Essex rose by 8%, with Colchester and Basildon accounting for more "
        "than a third of offences. Officers made 90 arrests across the area.",
        [(8, "Essex"), (33.3, "Colchester and Basildon"), (90, "Essex")],
        id="share-holder-is-no-referred-area",
    ),
    pytest.param(
        "Swansea and Neath together accounted for 41% of the calls from Wales.",
        [(41, "Swansea and Neath")],
        id="share-holders-together-not-the-whole",
    ),
    pytest.param(
        "Hull and York between them made up almost half of the thefts in Yorkshire.",
        [(50, "Hull and York")],
        id="share-holders-between-them",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASE_ROWS)
def test_phrase_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    got = [(round(value, 1), area) for value, area in areas(nlp, text)]
    assert got == expected
