"""A place's name that opens a street's name ("Leicester Square", "Oxford Street") or
follows "River" ("the River Witham") or "New" ("New Brighton") is no place: the figure
takes the place the sentence names beside it, or the issuing body's. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Thefts in Camden, around Bristol Road and Leicester Square, fell by 12%.",
        [(12.0, "Camden")],
        id="streets-beside-a-borough",
    ),
    pytest.param(
        "Essex Police made 31 arrests on Chelmsford's Manchester Street and Oxford Avenue.",
        [(31.0, "Chelmsford")],
        id="streets-of-a-town",
    ),
    # near misses: a place's own streets (lower case), a place before a city centre
    pytest.param(
        "Officers made 14 arrests on Oxford streets last month.",
        [(14.0, "Oxford")],
        id="lower-case-streets",
    ),
    pytest.param(
        "Shoplifting in Leicester city centre rose by 9%.",
        [(9.0, "Leicester city centre")],
        id="a-city-centre",
    ),
]


RAIL_LINE_ROWS = [
    pytest.param(
        "Merseyside Police made 19 arrests on the Wirral Line last month.",
        [(19.0, "Merseyside")],
        id="a-line-in-the-force-area",
    ),
    pytest.param(
        "In Sussex, officers recorded 52 offences on the Brighton Main Line.",
        [(52.0, "Sussex")],
        id="a-main-line-beside-a-county",
    ),
    pytest.param(
        "Thefts on the Hastings line fell by 8% in Kent.",
        [(8.0, "Kent")],
        id="a-lower-case-line",
    ),
    # near misses: a place on its own, a line-up, plural lines
    pytest.param(
        "Officers in Leeds made 14 arrests on the line to York.",
        [(14.0, "Leeds")],
        id="a-line-to-a-place",
    ),
    pytest.param(
        "The Liverpool line-up included 12 officers.", [(12.0, "Liverpool")], id="a-line-up"
    ),
    pytest.param(
        "Officers seized 16 phones used on Manchester lines.",
        [(16.0, "Manchester")],
        id="plural-lines",
    ),
]


RIVER_ROWS = [
    pytest.param(
        "Bailiffs found 42 anglers without a licence on the River Witham.",
        [(42.0, None)],
        id="a-river-named-for-a-town",
    ),
    pytest.param(
        "In Cumbria, officers recorded 18 poaching offences along the river Derwent.",
        [(18.0, "Cumbria")],
        id="a-lower-case-river-beside-a-county",
    ),
    pytest.param(
        "Durham Constabulary seized 11 nets on the River Wear last summer.",
        [(11.0, "Durham")],
        id="a-river-in-the-force-area",
    ),
    # near misses: the town itself, a riverside in a town, a river through a town
    pytest.param(
        "Essex Police made 9 arrests in Witham last month.",
        [(9.0, "Witham")],
        id="the-town-of-that-name",
    ),
    pytest.param(
        "Officers made 14 arrests on the riverside in Durham.",
        [(14.0, "Durham")],
        id="a-riverside-in-a-town",
    ),
    pytest.param(
        "Thefts from boats on the river in Stratford-upon-Avon fell by 7%.",
        [(7.0, "Stratford-upon-Avon")],
        id="a-river-through-a-town",
    ),
]


NEW_TOWN_ROWS = [
    pytest.param(
        "Merseyside Police broke up a car meet on the New Brighton promenade on Friday. "
        "Officers directed 41 people to leave the area.",
        [(41.0, "Merseyside")],
        id="a-new-town-pointed-back-to",
    ),
    pytest.param(
        "Cheshire Police broke up a meet beside the New Brighton ferry. Officers moved 27 "
        "drivers away from the area.",
        [(27.0, "Cheshire")],
        id="a-new-town-beside-another-force",
    ),
    pytest.param(
        "North Yorkshire Police met officers from New York in March. The force seized 60 "
        "cars there last year.",
        [(60.0, "North Yorkshire")],
        id="a-new-city-abroad",
    ),
    # near misses: the town itself, lower-case "new", a known place opening with "New"
    pytest.param(
        "Sussex Police broke up a meet in Brighton. Officers directed 41 people to leave the area.",
        [(41.0, "Brighton")],
        id="the-town-itself",
    ),
    pytest.param(
        "The new Brighton hub took 40 calls last year.",
        [(40.0, "Brighton")],
        id="lower-case-new",
    ),
    pytest.param(
        "Crews attended 31 fires in the New Forest last summer.",
        [(31.0, "New Forest")],
        id="a-known-new-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEW_TOWN_ROWS)
def test_a_new_town_name_is_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), RIVER_ROWS)
def test_a_river_name_is_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), RAIL_LINE_ROWS)
def test_a_railway_line_name_is_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_street_name_is_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
