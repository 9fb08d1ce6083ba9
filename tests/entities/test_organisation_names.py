"""Organisation names the lists and rules must keep whole: a name starting with the
possessive of an office ("the Governor's Office for X"), an acronym the text defines for
a name found by pattern (an alias, and a mention wherever it is used after), Irish and
UK child-protection charities by their short forms, and a named advice line a charity
runs (a CHARITY of its own).

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.organisation_acronyms import spells


def names(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    """Organisation name -> (type, aliases) for every non-person entity in ``text``."""
    doc = nlp(text)
    return {
        info.name: (info.type, sorted(set(info.aliases) - {info.name}))
        for info in doc._.entity_info.values()
        if info.type != "PERSON"
    }


CASES = {
    "consumer_charity_with_question_mark": (
        "Rhys Dale, a Which? researcher, said most of the calls were scams.",
        {"Which?": ("CHARITY", [])},
    ),
    "question_named_charity_mid_sentence": (
        "Staff from Why me? met the victims in Dunmore.",
        {"Why me?": ("CHARITY", [])},
    ),
    "question_named_charity_before_its_officer": (
        "Why me? director Rhys Dale said the conferences had helped.",
        {"Why me?": ("CHARITY", [])},
    ),
    "question_in_quote_marks_is_no_name": (
        'The woman kept asking "Why me?" as the trial went on.',
        {},
    ),
    "question_ending_its_sentence_is_no_name": (
        'She told the court: "Why me? I had never met him."',
        {},
    ),
    "which_as_a_question_is_no_name": (
        "Which bank had called them? Officers would not say.",
        {},
    ),
    "office_possessive_kept": (
        "Bike thefts doubled, according to the Mayor's Office for Policing and Crime.",
        {"Mayor's Office for Policing and Crime": ("ORG", [])},
    ),
    "office_possessive_with_acronym": (
        "Figures from the Mayor's Office for Policing and Crime (MOPAC) showed a rise. "
        "MOPAC said it would fund more patrols.",
        {"Mayor's Office for Policing and Crime": ("ORG", ["MOPAC"])},
    ),
    "acronym_of_a_pattern_name": (
        "The Dunmore Housing Association (DHA) reported 40 break-ins. The DHA said locks "
        "would be changed.",
        {"Dunmore Housing Association": ("ORG", ["DHA"])},
    ),
    "place_possessive_still_dropped": (
        "Suffolk's Police and Crime Panel met on Monday.",
        {"Suffolk Police and Crime Panel": ("ORG", ["Suffolk's Police and Crime Panel"])},
    ),
    "ispcc_as_speaker": (
        "The ISPCC said calls from teenagers had risen sharply.",
        {"ISPCC": ("CHARITY", [])},
    ),
    "irish_charity_long_form": (
        "The Irish Society for the Prevention of Cruelty to Children runs a helpline.",
        {"ISPCC": ("CHARITY", ["Irish Society for the Prevention of Cruelty to Children"])},
    ),
    "irish_rape_crisis_network": (
        "Rape Crisis Network Ireland said reports had risen.",
        {"Rape Crisis Network Ireland": ("CHARITY", [])},
    ),
    "child_and_family_agency": (
        "Tusla said referrals had risen by a fifth.",
        {"Tusla": ("ORG", [])},
    ),
    "named_advice_line": (
        "Older callers can ring the Age UK Advice Line free of charge.",
        {"Age UK Advice Line": ("CHARITY", [])},
    ),
    "acronym_of_the_tail_after_a_place": (
        "The Merseyside Violence Reduction Unit (VRU) opened a hub. A worker at the "
        "Merseyside VRU said the VRU would stay open late.",
        {"Merseyside Violence Reduction Unit": ("ORG", ["Merseyside VRU", "VRU"])},
    ),
    "shortened_name_undefined_after_a_place": (
        "The Cleveland Violence Reduction Unit funds youth workers. Ann Hale, Director of "
        "the Cleveland VRU, said so.",
        {"Cleveland Violence Reduction Unit": ("ORG", ["Cleveland VRU"])},
    ),
    # near miss: another lead is another organisation
    "shortened_name_of_another_place": (
        "The Cleveland Violence Reduction Unit met staff of the Durham VRU.",
        {"Cleveland Violence Reduction Unit": ("ORG", []), "Durham VRU": ("ORG", [])},
    ),
    "acronym_is_no_misspelling_of_another": (
        "Volunteers trained by the West Midlands VRU ran the Saturday sessions.",
        {"West Midlands VRU": ("ORG", [])},
    ),
    "transport_body_with_acronym": (
        "Transport for West Midlands said TfWM would add more staff at night.",
        {"Transport for West Midlands": ("ORG", ["TfWM"])},
    ),
    "underground_line_is_no_charity": (
        "The Jubilee Line was closed after the alarm.",
        {},
    ),
    # the gazetteer's national charities of victims, youth, drugs and exploitation work,
    # by their names, old names and abbreviations
    # a charity's descriptive name in apposition is an alias of it, not an organisation
    "stalking_advocacy_charity_by_its_description": (
        "Cheshire's commissioner funds an advocate through Paladin, the National Stalking "
        "Advocacy Service, in Crewe.",
        {"Paladin": ("CHARITY", ["National Stalking Advocacy Service"])},
    ),
    "treatment_charities": (
        "The county's drug services are run by Change Grow Live, with Humankind in the east.",
        {"Change Grow Live": ("CHARITY", []), "Humankind": ("CHARITY", [])},
    ),
    "youth_charity_by_its_old_name": (
        "Mentors from the Prince's Trust and the Ben Kinsella Trust joined the session.",
        {
            "The King's Trust": ("CHARITY", ["Prince's Trust"]),
            "Ben Kinsella Trust": ("CHARITY", []),
        },
    ),
    "animal_charity_abbreviation": (
        "RSPCA inspectors found 14 dogs at the farm.",
        {"Royal Society for the Prevention of Cruelty to Animals": ("CHARITY", ["RSPCA"])},
    ),
    "national_bodies_by_abbreviation": (
        "The NCSC and the DVLA warned drivers about the texts.",
        {
            "National Cyber Security Centre": ("ORG", ["NCSC"]),
            "Driver and Vehicle Licensing Agency": ("ORG", ["DVLA"]),
        },
    ),
    "wildlife_crime_unit_by_abbreviation": (
        "The NWCU said reports of poisoned buzzards had risen.",
        {"National Wildlife Crime Unit": ("FORCE", ["NWCU"])},
    ),
    "a_name_of_everyday_words_in_capitals": (
        "Staff from Kick It Out and Hope for Justice spoke to the players.",
        {"Kick It Out": ("CHARITY", []), "Hope for Justice": ("CHARITY", [])},
    ),
    "litter_charities_and_environment_regulators": (
        "Keep Wales Tidy volunteers cleared the verge, and Natural Resources Wales fined the firm.",
        {"Keep Wales Tidy": ("CHARITY", []), "Natural Resources Wales": ("ORG", [])},
    ),
    "scottish_litter_charity_and_regulator": (
        "Keep Scotland Beautiful backed the Scottish Environment Protection Agency case.",
        {
            "Keep Scotland Beautiful": ("CHARITY", []),
            "Scottish Environment Protection Agency": ("ORG", []),
        },
    ),
    "nature_conservation_bodies": (
        "Officers worked with NatureScot and Natural England after the eagle was found.",
        {"NatureScot": ("ORG", []), "Natural England": ("ORG", [])},
    ),
    "nature_body_by_its_former_name": (
        "A licence from Scottish Natural Heritage allowed the cull.",
        {"NatureScot": ("ORG", ["Scottish Natural Heritage"])},
    ),
    # near miss: the words in lower case are no name
    "natural_england_in_lower_case_is_no_body": (
        "Walkers said the moor looked like natural england at its best.",
        {},
    ),
    "tidy_charity_named_in_a_report": (
        "A survey by Keep Britain Tidy found most dumped sofas came from house clearances.",
        {"Keep Britain Tidy": ("CHARITY", [])},
    ),
    # near miss: the words of a litter charity all in lower case are no name
    "keep_it_tidy_in_lower_case_is_no_charity": (
        "The slogan on the bins read: please keep scotland beautiful and keep wales tidy.",
        {},
    ),
    # near misses: the same words as an everyday phrase, in lower case or opening a sentence
    "everyday_phrase_is_no_charity": (
        "Kick it out of your life, the coach said. Their hope for justice never faded.",
        {},
    ),
    # near miss: the words of a name in lower case are no name
    "lower_case_words_are_no_charity": (
        "Officers want young people to change, grow and live well, and to kick it out.",
        {},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_organisation_names(
    nlp: Language, text: str, expected: dict[str, tuple[str, list[str]]]
) -> None:
    assert names(nlp, text) == expected


SPELLS = {
    "small_word_gives_a_letter": ("MOPAC", "Mayor's Office for Policing and Crime", True),
    "capitals_only": ("DHA", "Dunmore Housing Association", True),
    "capital_word_skipped": ("DA", "Dunmore Housing Association", False),
    "too_many_letters": ("DHAX", "Dunmore Housing Association", False),
    "one_letter": ("D", "Dunmore", False),
}


@pytest.mark.parametrize("short, name, expected", SPELLS.values(), ids=SPELLS.keys())
def test_spells(short: str, name: str, expected: bool) -> None:
    assert spells(short, name) is expected
