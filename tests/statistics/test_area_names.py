"""How an area is named: as the gazetteer spells the place ("Stoke on Trent" and
"Stoke-on-Trent" are both ``Stoke-on-Trent``); the nation of the area named last for
"across the country", "nationally", "nationwide" (the country of an issuing body that
speaks for one first); the nation of a body named with its
nation's adjective first ("the Scottish Government will invest £2.5m": Scotland)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.nations import NATION_ADJECTIVES

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

# a place as the gazetteer spells it, whichever way the text joins its words
SPELLING_ROWS = [
    ("Officers in Stoke-on-Trent made 17 arrests.", [(17, "Stoke-on-Trent")]),
    ("Officers in Stoke on Trent made 17 arrests.", [(17, "Stoke-on-Trent")]),
    ("Officers in Southend on Sea made 9 arrests.", [(9, "Southend-on-Sea")]),
    ("Dyfed Powys Police made 12 arrests.", [(12, "Dyfed-Powys")]),
    ("Officers in Kingston upon Thames made 5 arrests.", [(5, "Kingston upon Thames")]),
    ("Crews put out 640 grass fires across County Durham.", [(640, "County Durham")]),
    (
        "Crews put out 640 grass fires across County Durham and Darlington.",
        [(640, "County Durham and Darlington")],
    ),
    # an estuary region is a place of its own, apart from the force and the English region
    ("Officers shut 40 cannabis grows across the Humber region.", [(40, "Humber")]),
    ("Yorkshire and the Humber recorded 2,300 thefts.", [(2300, "Yorkshire and the Humber")]),
    # a region a public body is named for (a CPS or ambulance area) is a place
    ("Prosecutors in Wessex charged 310 defendants.", [(310, "Wessex")]),
    (
        "The conviction rate in Wessex was 74%, against 69% across England and Wales.",
        [(74, "Wessex"), (69, "England and Wales")],
    ),
    # a list of districts whose first member has "and" in its name runs to the last
    (
        "Wardens visited 52 shops in Nuneaton and Bedworth, Rugby and Warwick districts.",
        [(52, "Nuneaton and Bedworth, Rugby and Warwick")],
    ),
]

# words that point to the nation of the area named last
COUNTRY_ROWS = [
    pytest.param(
        "Officers in Dundee seized 48 knives. The charity works with 900 schools across the "
        "country.",
        [(48, "Dundee"), (900, "Scotland")],
        id="across-the-country",
    ),
    pytest.param(
        "Leeds recorded 310 burglaries in May. Nationally, burglaries fell by 4%.",
        [(310, "Leeds"), (4, "England")],
        id="nationally",
    ),
    pytest.param(
        "Cardiff saw 75 arrests. The campaign reached 2,000 drivers nationwide.",
        [(75, "Cardiff"), (2000, "Wales")],
        id="nationwide",
    ),
]

# "nationally" in a release whose issuing body speaks for a country: that country, not
# the nation of the place named last
ISSUER_COUNTRY_ROWS = [
    pytest.param(
        "The NSPCC said 220 children in Suffolk called Childline in 2023. Nationally, 58,000 "
        "children called the service.",
        [(220, "Suffolk"), (58000, "UK")],
        id="uk-charity",
    ),
    pytest.param(
        "British Transport Police recorded 95 thefts at stations in York. Nationally, the force "
        "recorded 4,100 thefts.",
        [(95, "York"), (4100, "Great Britain")],
        id="great-britain-force",
    ),
    pytest.param(
        "Victim Support helped 700 people in Exeter in 2023. Across the country, it helped "
        "81,000 people.",
        [(700, "Exeter"), (81000, "England and Wales")],
        id="england-and-wales-charity",
    ),
    pytest.param(
        "NSPCC Cymru said 60 pupils in Swansea joined the scheme. Nationally, 1,400 pupils took "
        "part.",
        [(60, "Swansea"), (1400, "Wales")],
        id="national-branch",
    ),
    pytest.param(
        "Police Scotland said 30 drivers were stopped in Carlisle. Nationwide, 2,600 drivers "
        "were stopped.",
        [(30, "Carlisle"), (2600, "Scotland")],
        id="nation-force",
    ),
    # a local body's release: the nation of the place named last, as before
    pytest.param(
        "Merseyside Police made 44 arrests in Bootle. Nationally, 3,000 arrests were made.",
        [(44, "Bootle"), (3000, "England")],
        id="local-force",
    ),
]

# a body named with its nation's adjective first stands for that nation
ADJECTIVE_ROWS = [
    pytest.param(
        "Officers in Dundee made 40 arrests. The Scottish Government will invest £2.5 million "
        "in youth work.",
        [(40, "Dundee"), (2500000, "Scotland")],
        id="scottish-government",
    ),
    pytest.param(
        "Cardiff saw 75 arrests. The Welsh Government has given £400,000 to the scheme.",
        [(75, "Cardiff"), (400000, "Wales")],
        id="welsh-government",
    ),
]


def test_every_adjective_names_a_nation() -> None:
    assert set(NATION_ADJECTIVES.values()) <= {"Scotland", "Wales", "Northern Ireland"}


@pytest.mark.parametrize(
    ("text", "expected"), SPELLING_ROWS + COUNTRY_ROWS + ISSUER_COUNTRY_ROWS + ADJECTIVE_ROWS
)
def test_area_names(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "across the three towns": the list just named, when it names that many
        (
            "Patrols went out in Luton, Dunstable and Leighton Buzzard. Officers seized 14 "
            "bikes across the three towns.",
            [(14, "Luton, Dunstable and Leighton Buzzard")],
        ),
        # a count that is not the list's: not pointed back to the list
        (
            "Officers in Bedfordshire seized 14 bikes across the three towns.",
            [(14, "Bedfordshire")],
        ),
    ],
)
def test_the_counted_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
