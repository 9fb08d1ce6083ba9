"""Titles of offices the title table names whole: a judge by the court's abbreviation
("HHJ"), the commissioners of forces whose office carries victims in its name ("Police,
Crime and Victims' Commissioner"), and an organisation named inside such a title, which is
the title's words, not an entity of its own.

Every sentence is invented for the test (other names, forces and places than any release
the rules were studied on).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    """Entity name -> (type, titles), for every entity the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: (info.type, info.titles) for info in doc._.entity_info.values()}


OFFICE_TITLES = {
    "judge_by_abbreviation": (
        "Passing sentence, HHJ Miriam Castell told him the offences were grave.",
        {"Miriam Castell": ("PERSON", ["Judge"])},
    ),
    "judge_written_out": (
        "Her Honour Judge Ines Mabry adjourned the case until June.",
        {"Ines Mabry": ("PERSON", ["Judge"])},
    ),
    "victims_commissioner_of_a_force_area_after_possessive": (
        "Nottinghamshire's Police, Crime and Victims' Commissioner, Aled Pugh, opened the hub.",
        {"Aled Pugh": ("PERSON", ["Police, Crime and Victims' Commissioner"])},
    ),
    "victims_commissioner_before_name_without_commas": (
        "Police Crime and Victims Commissioner Rhian Doyle visited the centre in Wrexham.",
        {"Rhian Doyle": ("PERSON", ["Police, Crime and Victims' Commissioner"])},
    ),
    "inspector_of_constabulary_before_name": (
        "His Majesty's Inspector of Constabulary Dafydd Rees said the force had improved.",
        {"Dafydd Rees": ("PERSON", ["His Majesty's Inspector of Constabulary"])},
    ),
    "inspector_of_constabulary_abbreviated": (
        "HM Inspector of Constabulary Joanna Kirk praised the work of the control room.",
        {"Joanna Kirk": ("PERSON", ["His Majesty's Inspector of Constabulary"])},
    ),
    "a_lecturer_after_name": (
        "Owen Pryce, a lecturer at Bangor University, said the rise was small.",
        {"Owen Pryce": ("PERSON", ["Lecturer"]), "Bangor University": ("ORG", [])},
    ),
    # Scotland's prosecutors: a title before the name, the service's name no title
    "procurator_fiscal_before_name": (
        "Procurator Fiscal Morven Baird said the sentence reflected the harm caused.",
        {"Morven Baird": ("PERSON", ["Procurator Fiscal"])},
    ),
    "fiscal_depute_before_name": (
        "Procurator Fiscal Depute Ewan Lyle told the court the attack was planned.",
        {"Ewan Lyle": ("PERSON", ["Procurator Fiscal Depute"])},
    ),
    # law officers and an inspector of all the forces, before the name
    "solicitor_general_before_name": (
        "Solicitor General Ruth Farrant said the referral had been made.",
        {"Ruth Farrant": ("PERSON", ["Solicitor General"])},
    ),
    "director_of_public_prosecutions_before_name": (
        "Director of Public Prosecutions Alan Moyes said charging had improved.",
        {"Alan Moyes": ("PERSON", ["Director of Public Prosecutions"])},
    ),
    "chief_inspector_of_constabulary_before_a_knight": (
        "Chief Inspector of Constabulary Sir Owen Pike said forces must improve.",
        {"Owen Pike": ("PERSON", ["His Majesty's Chief Inspector of Constabulary"])},
    ),
    "headteacher_before_name": (
        "Head teacher Maria Quist said pupils had learned a lot.",
        {"Maria Quist": ("PERSON", ["Headteacher"])},
    ),
    "coroner_after_the_article_and_a_comma": (
        '"It could have been avoided," the coroner, Dr Nia Hale, concluded.',
        {"Nia Hale": ("PERSON", ["Coroner"])},
    ),
    "senior_coroner_before_name": (
        "Senior Coroner Idris Lowe recorded a conclusion of unlawful killing.",
        {"Idris Lowe": ("PERSON", ["Senior Coroner"])},
    ),
    "high_sheriff_of_a_county": (
        "The High Sheriff of Dorset, Ines Varley, presented the awards.",
        {"Ines Varley": ("PERSON", ["High Sheriff"])},
    ),
    "lord_lieutenant_before_name": (
        "Lord-Lieutenant Aled Roper opened the new centre.",
        {"Aled Roper": ("PERSON", ["Lord-Lieutenant"])},
    ),
    "paramedic_before_name": (
        "Paramedic Joel Hurst said the man was lucky to survive.",
        {"Joel Hurst": ("PERSON", ["Paramedic"])},
    ),
    "reverend_is_an_honorific": (
        "The Rt Rev Paul Carden said a prayer for the family.",
        {"Paul Carden": ("PERSON", [])},
    ),
    "a_town_named_bishop_is_no_person": ("The team in Bishop Auckland made 12 arrests.", {}),
    "the_prosecution_service_stays_an_organisation": (
        "The Crown Office and Procurator Fiscal Service said the case was under review.",
        {"Crown Office and Procurator Fiscal Service": ("ORG", [])},
    ),
    # an office the gazetteer knows as an organisation, held by a person named beside it:
    # the person's title, no organisation (pipeline/entities/held_offices.py)
    "office_with_its_place_then_a_dame": (
        "The Children's Commissioner for England, Dame Alys Morgan, said every child counted.",
        {"Alys Morgan": ("PERSON", ["Children's Commissioner"])},
    ),
    "office_then_comma_name": (
        "The Domestic Abuse Commissioner, Ffion Beck, said refuges were full.",
        {"Ffion Beck": ("PERSON", ["Domestic Abuse Commissioner"])},
    ),
    "name_then_the_office": (
        "Ffion Beck, the Domestic Abuse Commissioner, said refuges were full.",
        {"Ffion Beck": ("PERSON", ["Domestic Abuse Commissioner"])},
    ),
    "office_for_two_nations_then_a_name": (
        "The Victims' Commissioner for England and Wales, Ffion Beck, said delays hurt.",
        {"Ffion Beck": ("PERSON", ["Victims Commissioner"])},
    ),
    "name_then_a_places_office": (
        "Orla Grant, Merseyside's Victims' Commissioner, said delays hurt.",
        {"Orla Grant": ("PERSON", ["Victims' Commissioner"])},
    ),
    "office_for_two_nations_alone_stays_an_organisation": (
        "The Victims' Commissioner for England and Wales said delays hurt.",
        {"Victims' Commissioner": ("ORG", [])},
    ),
    "a_place_two_clauses_back_is_no_apposition": (
        "Orla Grant, who lives in Leeds, said the Domestic Abuse Commissioner was right.",
        {"Orla Grant": ("PERSON", []), "Domestic Abuse Commissioner": ("ORG", [])},
    ),
    "the_office_alone_stays_an_organisation": (
        "The Domestic Abuse Commissioner has called for more refuge places.",
        {"Domestic Abuse Commissioner": ("ORG", [])},
    ),
    "the_national_victims_commissioner_alone_stays_an_organisation": (
        "The Victims' Commissioner published a review of the court backlog.",
        {"Victims' Commissioner": ("ORG", [])},
    ),
}


@pytest.mark.parametrize(("text", "expected"), OFFICE_TITLES.values(), ids=OFFICE_TITLES.keys())
def test_office_titles(
    nlp: Language, text: str, expected: dict[str, tuple[str, list[str]]]
) -> None:
    assert found(nlp, text) == expected
