"""The towns, villages and city districts of ``towns.txt`` (GeoNames' populated places of
the UK, less words and names; rebuilt by ``tools/build_towns.py``) are places for a
figure's area, beside ``places.txt``: a small town a local release names is the figure's
area, not the first place the release named. Every sentence is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.resources import sorted_word_list
from tests.statistics.conftest import AreasOf

RESOURCES = Path(__file__).resolve().parents[2] / "pipeline" / "resources"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Devon and Cornwall Police said officers made 14 arrests in Okehampton last week.",
            [(14, "Okehampton")],
            id="market-town",
        ),
        pytest.param(
            "Cleveland Police said 23 bikes were seized in Yarm and 9 in Guisborough.",
            [(23, "Yarm"), (9, "Guisborough")],
            id="small-town-before-a-listed-town",
        ),
        pytest.param(
            "West Yorkshire Police recorded 41 burglaries in Holmfirth in 2025.",
            [(41, "Holmfirth")],
            id="pennine-town",
        ),
        pytest.param(
            "Officers from Sussex Police carried out 120 checks in Uckfield and Crowborough.",
            [(120, "Uckfield and Crowborough")],
            id="two-towns-joined",
        ),
        pytest.param(
            "West Yorkshire Police said 31 catalytic converters were stolen in Wetherby in May.",
            [(31, "Wetherby")],
            id="yorkshire-market-town",
        ),
        pytest.param(
            "The Metropolitan Police said 58 phones were snatched in Tottenham last month.",
            [(58, "Tottenham")],
            id="london-district",
        ),
        pytest.param(
            "North Wales Police said 17 drivers were caught speeding in Abergele.",
            [(17, "Abergele")],
            id="welsh-town",
        ),
        pytest.param(
            "Officers in Burnham-on-Sea handed out 30 warnings over the weekend.",
            [(30, "Burnham-on-Sea")],
            id="hyphenated-resort",
        ),
        # near misses: a common word, a given name or a football club is no town here
        pytest.param(
            "Suffolk Police said 12 scooters were put up for sale online in 2025.",
            [(12, "Suffolk")],
            id="word-sale-no-town",
        ),
        pytest.param(
            "Lancashire Police said 40 officers took part in the battle against county lines.",
            [(40, "Lancashire")],
            id="word-battle-no-town",
        ),
        pytest.param(
            "Merseyside Police said 25 Everton fans were ejected from the ground.",
            [(25, "Merseyside")],
            id="football-club-no-town",
        ),
    ],
)
def test_a_figure_takes_the_town_its_clause_names(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule town_in_longer_name: a town opening a longer name is no place there
        pytest.param(
            "West Yorkshire Fire and Rescue Service said crews dealt with 12 fires on Ilkley "
            "Moor in August.",
            [(12, "Ilkley Moor")],
            id="town-opens-a-moor",
        ),
        pytest.param(
            "The Metropolitan Police said 26 fans were arrested at Wembley Park station.",
            [(26, "London")],
            id="town-opens-a-station",
        ),
        pytest.param(
            "The Met said 7,000 officers were on duty at Notting Hill Carnival.",
            [(7000, "London")],
            id="town-opens-an-event",
        ),
        pytest.param(
            "Officers made 14 arrests in Holmfirth, West Yorkshire Police said.",
            [(14, "Holmfirth")],
            id="near-miss-comma-after-the-town",
        ),
        # rule town_before_the_county: "the county" after such a town is the release's
        pytest.param(
            "Wiltshire Police said volunteers in Wroughton and Chiseldon logged 2,317 speeding "
            "vehicles. "
            "There are now 143 Speedwatch groups across the county.",
            [(2317, "Wroughton and Chiseldon"), (143, "Wiltshire")],
            id="the-county-after-a-list-of-towns",
        ),
        # rule town_not_release_scope: a town in the lead is where it happened
        pytest.param(
            "Twelve people were arrested after a dispersal order was put in place in Holmfirth "
            "over the weekend.\n\nDuring the order, officers searched 61 people.\n\n"
            "Inspector Amy Rowe, of West Yorkshire Police, said the order had worked.",
            [(12, "Holmfirth"), (61, "West Yorkshire")],
            id="town-in-the-lead-not-the-release-area",
        ),
        pytest.param(
            "Twelve people were arrested after a dispersal order was put in place in "
            "Huddersfield over the weekend.\n\nDuring the order, officers searched 61 people."
            "\n\nInspector Amy Rowe, of West Yorkshire Police, said the order had worked.",
            [(12, "Huddersfield"), (61, "Huddersfield")],
            id="near-miss-listed-town-in-the-lead-keeps-lead-place",
        ),
    ],
)
def test_town_rules(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("word", "why"),
    [
        ("Sale", "a common word"),
        ("Battle", "a common word"),
        ("Street", "a common word"),
        ("Locking", "a common word"),
        ("Stanley", "a given name"),
        ("Barry", "a given name"),
        ("Everton", "a football club"),
        ("Old Trafford", "a football ground"),
        ("Soho", "a central London district the district rules read"),
        ("Hyde Park", "a park"),
        ("Bristol", "listed in places.txt"),
    ],
)
def test_towns_leave_out_words_names_clubs_and_listed_places(word: str, why: str) -> None:
    assert word not in set(sorted_word_list("towns")), why


@pytest.mark.parametrize("town", ["Okehampton", "Yarm", "Holmfirth", "Wetherby", "Tottenham"])
def test_towns_hold_the_small_towns_places_lacks(town: str) -> None:
    assert town in set(sorted_word_list("towns"))
    assert town not in set(sorted_word_list("places"))


def test_towns_credit_geonames_under_its_licence() -> None:
    header = (RESOURCES / "towns.txt").read_text(encoding="utf-8")[:1200]
    assert "GeoNames" in header
    assert "Attribution 4.0" in header
