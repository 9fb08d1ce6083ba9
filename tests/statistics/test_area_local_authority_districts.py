"""Every UK local authority district is a place of the gazetteer (``places.txt``), the
current ones and those abolished in the 2009-2023 reorganisations, each within its police
area (``place_within.txt``); a football ground named after a place is the ground
(``district_names.town_part_first``); a surname that is a district's name stays a
person's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # districts abolished in 2023 (North Yorkshire, Cumbria, Somerset), in 2019 (Dorset,
        # Suffolk), 2020 (Buckinghamshire), 2009 (Cornwall, Durham, Northumberland)
        ("In Ryedale, thefts from farms fell from 94 to 71 in 2024.",
         [(94, "Ryedale"), (71, "Ryedale")]),
        ("In Craven, burglaries rose from 40 to 52 in 2024.", [(40, "Craven"), (52, "Craven")]),
        ("In Richmondshire, 8 quad bikes were stolen in 2022.", [(8, "Richmondshire")]),
        ("In Mendip, 18 vans were stolen in 2022.", [(18, "Mendip")]),
        ("In Purbeck, 6 heath fires were started in 2018.", [(6, "Purbeck")]),
        ("Suffolk Constabulary said 77 sheds were broken into in Waveney in 2018.",
         [(77, "Waveney")]),
        ("In South Bucks, 23 burglaries were reported in 2019.", [(23, "South Bucks")]),
        ("Devon and Cornwall Police said 40 boats were stolen in Penwith in 2008.",
         [(40, "Penwith")]),
        ("In Teesdale, 12 sheep were stolen in 2008.", [(12, "Teesdale")]),
        ("In Tynedale, 12 thefts were reported in 2008.", [(12, "Tynedale")]),
        # the unitary areas that replaced them, as named
        ("Cumbria Police said 12 quad bikes were stolen in Westmorland and Furness last year.",
         [(12, "Westmorland and Furness")]),
        ("In Cumberland, 30 people were arrested in 2024.", [(30, "Cumberland")]),
        ("In Kingston upon Hull, 500 thefts were recorded in 2023.",
         [(500, "Kingston upon Hull")]),
        # the issuing force's district, not the force's area
        ("North Yorkshire Police made 40 arrests in Ryedale in 2024.", [(40, "Ryedale")]),
        # Wales, Scotland, Northern Ireland
        ("Dyfed-Powys Police said 31 sheep were stolen in Ceredigion in 2023.",
         [(31, "Ceredigion")]),
        ("Police Scotland said 29 crimes were recorded in Clackmannanshire in 2023.",
         [(29, "Clackmannanshire")]),
        ("PSNI said 44 assaults were recorded in Causeway Coast and Glens in 2023.",
         [(44, "Causeway Coast and Glens")]),
        # near misses: a town or ground whose name opens on a place's is that town or ground
        ("West Mercia Police said 4 people were arrested in Craven Arms in 2023.",
         [(4, "Craven Arms")]),
        ("The Met said 12 fans were arrested at Craven Cottage on Saturday.",
         [(12, "Craven Cottage")]),
        ("The Met said 12 fans were arrested at Stamford Bridge on Saturday.",
         [(12, "Stamford Bridge")]),
    ],
)  # fmt: skip
def test_a_local_authority_district_is_a_figures_area(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Jo Craven, chief executive of Victim Support, said the figures were worrying.",
         [("Jo Craven", ["Chief Executive"])]),
        ("Det Sgt Jo Craven said the figures were worrying.",
         [("Jo Craven", ["Detective Sergeant"])]),
        ("Councillor Ann Hambleton said the figures were worrying.",
         [("Ann Hambleton", ["Councillor"])]),
        ("Ann Hambleton, the council's leader, said the figures were worrying.",
         [("Ann Hambleton", ["Leader"])]),
        ("Det Sgt Emma Rother said the figures were worrying.",
         [("Emma Rother", ["Detective Sergeant"])]),
        ("Chief Constable Mike Cumberland said the figures were worrying.",
         [("Mike Cumberland", ["Chief Constable"])]),
        ("Inspector John Mendip said the figures were worrying.",
         [("John Mendip", ["Inspector"])]),
        ("Supt Nick Waveney said 40 cars were stolen in Suffolk.",
         [("Nick Waveney", ["Superintendent"])]),
        ("Professor Jane Sedgefield said the figures were worrying.",
         [("Jane Sedgefield", ["Professor"])]),
        ("Emma Rother said the figures were worrying.", [("Emma Rother", [])]),
        # left out of the gazetteer: districts named as people are (given names, a pub)
        ("Inspector Sarah Hart said the figures were worrying.",
         [("Sarah Hart", ["Inspector"])]),
        ("Mr Hart said the figures were worrying.", [("Hart", [])]),
        ("Eden Hughes said the figures were worrying.", [("Eden Hughes", [])]),
        ("Arun Sharma said the figures were worrying.", [("Arun Sharma", [])]),
        ("Carrick Jones said the figures were worrying.", [("Carrick Jones", [])]),
    ],
)  # fmt: skip
def test_a_surname_that_names_a_district_stays_a_persons(
    nlp: Language, text: str, people: list[tuple[str, list[str]]]
) -> None:
    doc = nlp(text)
    found = sorted(
        (i.name, list(i.titles)) for i in doc._.entity_info.values() if i.type == "PERSON"
    )
    assert found == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pub named after a hart is no district (Hart is left out of the gazetteer)
        ("Police said 3 men were arrested after a fight outside the White Hart pub.",
         [(3, None)]),
        ("Surrey Police said the craven attack left 3 people injured in 2023.",
         [(3, "Surrey")]),
    ],
)  # fmt: skip
def test_a_word_like_a_district_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
