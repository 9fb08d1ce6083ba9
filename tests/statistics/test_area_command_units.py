"""A Basic Command Unit named for its part of a force area is the area of its figures,
and "the BCU" names it again; districts the gazetteer lacks keep their rule. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.district_names import DISTRICT_RULES, named_districts
from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Officers in the Metropolitan Police's South East Basic Command Unit made 212 arrests.",
        [(212.0, "South East")],
        id="a-unit-named-in-full",
    ),
    pytest.param(
        "The North West BCU recorded 95 burglaries. Across the BCU, officers seized 14 cars.",
        [(95.0, "North West"), (14.0, "North West")],
        id="the-bcu-again",
    ),
    pytest.param(
        "The Tinsley and Darnall wards of Sheffield accounted for 31 of the fires.",
        [(31.0, "Tinsley and Darnall")],
        id="wards-of-a-city",
    ),
    pytest.param(
        "Some 44 calls came from the St Mark's ward in Leeds.",
        [(44.0, "St Mark's")],
        id="a-ward-in-a-town",
    ),
    pytest.param(
        "Detectives in the Central East BCU charged 33 people, and in Lewisham 12 more.",
        [(33.0, "Central East"), (12.0, "Lewisham")],
        id="a-place-of-its-own-wins",
    ),
    # a town's ward named by a compass point is the area, not the town
    pytest.param(
        "Wardens logged 95 incidents in Rochdale East and 61 in Rochdale.",
        [(95.0, "Rochdale East"), (61.0, "Rochdale")],
        id="a-compass-ward-and-its-town",
    ),
    # two wards joined, the first a town of the gazetteer: the wards, not the town
    pytest.param(
        "Nottingham City Council logged 300 calls. A third of them came from the city's "
        "Bulwell and St Ann's wards.",
        [(300.0, "Nottingham"), (33.3, "Bulwell and St Ann's")],
        id="two-wards-before-a-town-of-the-first",
    ),
    pytest.param(
        "Oldham West ward recorded 210 thefts, followed by 140 in Oldham Central.",
        [(210.0, "Oldham West"), (140.0, "Oldham Central")],
        id="a-compass-ward-as-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_command_unit_is_an_area(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patrols across Ashford borough rose.", [(15, 22, "Ashford")]),
        ("The South BCU and the North Area BCU", [(4, 9, "South"), (22, 32, "North Area")]),
        ("Across the BCU, 12 cars were seized.", []),  # no unit named before: no area
        ("The Safer Neighbourhoods BCU team met.", []),  # named for no part of the area
        ("Officers of the Basic Command Unit met.", []),
        ("Thefts in the Hyson Green ward fell.", [(14, 25, "Hyson Green")]),
        ("Arrests in the Bishop's Park ward rose.", [(15, 28, "Bishop's Park")]),
        ("Calls across the Mercury district rose.", []),  # a paper's patch, not a district
        ("Staff in the ward office met.", []),  # no name before "ward"
        ("In the Sneinton ward, 30 cars.", [(7, 15, "Sneinton")]),  # opening a sentence
        ("Thefts in Wigan North rose.", [(10, 21, "Wigan North")]),
        ("Bolton South East recorded 40.", [(0, 17, "Bolton South East")]),
        ("Patrols in Hull East Riding rose.", []),  # a capital after: a longer name
        ("Arrests in the East Midlands rose.", []),  # no town before the point
        ("Patrols in London West End rose.", []),
        # two wards joined by "and", "from"/"of the", "the city's", opening a sentence
        ("The Aston and Nechells wards saw 40 fires.", [(4, 22, "Aston and Nechells")]),
        ("Calls came from the St Mary's ward.", [(20, 29, "St Mary's")]),
        (
            "Fires in the city's Arbury and King's Hedges wards.",
            [(20, 44, "Arbury and King's Hedges")],
        ),
        # near misses: a longer list, a lower-case ward, no "the"
        ("Patrols in the Aston, Lozells and Nechells wards.", []),
        ("The new wards opened.", []),
        ("Fires rose in Aston and Nechells wards.", []),
    ],
)
def test_named_districts(text: str, expected: object) -> None:
    assert list(named_districts(text)) == expected


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in DISTRICT_RULES]
    assert len(names) == len(set(names))
