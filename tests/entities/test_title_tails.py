"""Title tails and heads that name a place or an organisation, not the role: a
multi-word place after "for" ("for Greater Dunmore", "for North Ayrshire"), a
description of the organisation before its name ("at the road safety charity X"), and
a title written between an organisation's name and the person's ("X Trust outreach
manager Jo Bell", "NSPCC head of policy Jo Bell").

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.title_tails import place_with_run_before, unknown_place_tail


def found(nlp: Language, text: str) -> dict[str, list[str]]:
    """Person name -> titles, for every person the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"}


TAILS = {
    "portfolio_after_its": (
        "The trust backed the scheme. Its fundraising director, Gareth Pell, said it worked.",
        {"Gareth Pell": ["Fundraising Director"]},
    ),
    "portfolio_after_our": (
        "Our policy manager, Gareth Pell, said it worked.",
        {"Gareth Pell": ["Policy Manager"]},
    ),
    "no_portfolio_after_its_new": (
        "Its new director, Gareth Pell, said it worked.",
        {"Gareth Pell": ["Director"]},
    ),
    "compass_adjective_before_place": (
        "Gareth Pell, the NSPCC's campaigns manager for south-western Scotland, said it was hard.",
        {"Gareth Pell": ["Campaigns Manager"]},
    ),
    "compass_adjective_before_nation": (
        "Rhona Tait, investigations officer for northern England at the RSPB, said it worked.",
        {"Rhona Tait": ["Investigations Officer"]},
    ),
    "combined_authority_deputy_mayor": (
        "The Deputy Mayor for Policing, Fire and Crime at the York and North Yorkshire "
        "Combined Authority, Rhona Tait, said it worked.",
        {"Rhona Tait": ["Deputy Mayor for Policing, Fire and Crime"]},
    ),
    "title_at_a_charity_of_one_word": (
        "Gareth Pell, regional coordinator at StreetDoctors, said it was hard.",
        {"Gareth Pell": ["Regional Coordinator"]},
    ),
    "place_list_with_the_after_for": (
        "Rhona Tait, the Police and Crime Commissioner for Hampshire and the Isle of Wight, "
        "said the plan worked.",
        {"Rhona Tait": ["Police and Crime Commissioner"]},
    ),
    "modifier_before_known_place": (
        "Chief Superintendent Rhona Tait, divisional commander for Greater Glasgow, said "
        "the plan worked.",
        {"Rhona Tait": ["Chief Superintendent", "Divisional Commander"]},
    ),
    "modifier_before_unknown_place": (
        "Superintendent Rhona Tait, area commander for North Ayrshire, said the plan worked.",
        {"Rhona Tait": ["Superintendent", "Area Commander"]},
    ),
    "place_after_in_unknown": (
        "Rhona Tait, head of investigations in Dunmore, said the plan worked.",
        {"Rhona Tait": ["Head of Investigations"]},
    ),
    "portfolio_with_capitals_stays": (
        "Rhona Tait, lead for Serious Violence, said the plan worked.",
        {"Rhona Tait": ["Lead for Serious Violence"]},
    ),
    "description_of_the_charity": (
        "Gareth Pell, policy officer at the road safety charity Brake, said it was risky.",
        {"Gareth Pell": ["Policy Officer"]},
    ),
    "description_of_the_group": (
        "Gareth Pell, senior adviser with the national support service Victim Support, said "
        "it was hard.",
        {"Gareth Pell": ["Senior Adviser"]},
    ),
    "description_with_a_possessive": (
        "Gareth Pell, senior adviser at the children's charity NSPCC, said it was hard.",
        {"Gareth Pell": ["Senior Adviser"]},
    ),
    "description_without_an_article": (
        "Gareth Pell, chief executive of local charity Safe Steps Trust, said it was hard.",
        {"Gareth Pell": ["Chief Executive"]},
    ),
    "description_without_an_article_at": (
        "Gareth Pell, outreach worker at domestic abuse charity Refuge, said it was hard.",
        {"Gareth Pell": ["Outreach Worker"]},
    ),
    "portfolio_before_an_organisation_stays": (
        "Gareth Pell, head of service at Kent County Council, said it was hard.",
        {"Gareth Pell": ["Head of Service"]},
    ),
    "place_and_description": (
        "Gareth Pell, Northern Ireland policy officer at the road safety charity Brake, said "
        "it was risky.",
        {"Gareth Pell": ["Policy Officer"]},
    ),
    "portfolio_after_charity_name": (
        "Anthony Nolan Trust outreach manager Gareth Pell said the drive had worked.",
        {"Gareth Pell": ["Outreach Manager"]},
    ),
    "head_of_after_charity_acronym": (
        "NSPCC head of policy Gareth Pell said the figures were stark.",
        {"Gareth Pell": ["Head of Policy"]},
    ),
    "long_portfolio_after_charity_acronym": (
        "NSPCC head of major crime and public protection Gareth Pell said it was hard.",
        {"Gareth Pell": ["Head of Major Crime and Public Protection"]},
    ),
    "rank_after_portfolio_kept": (
        "NSPCC head of policy Det Sgt Gareth Pell said it was hard.",
        {"Gareth Pell": ["Detective Sergeant", "Head of Policy"]},
    ),
    "linking_words_are_not_title": (
        "The NSPCC and its chief executive Gareth Pell said it was hard.",
        {"Gareth Pell": ["Chief Executive"]},
    ),
    # rule organisation_portfolio_comma: the portfolio set off by a comma before rank and name
    "portfolio_comma_after_council": (
        "The National Police Chiefs' Council lead for roads policing, Chief Constable Gareth "
        "Pell, said it was right.",
        {"Gareth Pell": ["Chief Constable", "Lead for Roads Policing"]},
    ),
    "portfolio_comma_after_charity": (
        "The Victim Support lead for restorative justice, Nell Carver, said it was hard.",
        {"Nell Carver": ["Lead for Restorative Justice"]},
    ),
    "portfolio_comma_near_miss_no_portfolio": (
        "Kent Police and its volunteers, PC Gareth Pell said, were busy.",
        {"Gareth Pell": ["Police Constable"]},
    ),
    "rank_after_force_name_unchanged": (
        "Police Scotland chief constable Jo Farrell said the figures were stark.",
        {"Jo Farrell": ["Chief Constable"]},
    ),
    # a title after the name never runs over the end of its sentence
    "title_stops_at_sentence_end": (
        '"We will keep going," said Insp Nell Carver, area commander for Dunmore. She said '
        "patrols would double.",
        {"Nell Carver": ["Inspector", "Area Commander"]},
    ),
    "abbreviation_stop_is_no_sentence_end": (
        "Nell Carver, head of the St. Dunmore team, said patrols would double.",
        {"Nell Carver": ["Head of the St. Dunmore Team"]},
    ),
    # a list of places after "for" goes whole, known places or not
    "list_of_known_places": (
        "Victim Support's regional manager for Devon and Cornwall, Nell Carver, said it was busy.",
        {"Nell Carver": ["Regional Manager"]},
    ),
    "list_with_an_unknown_place": (
        'Supt Nell Carver, district commander for Dover and Shepway Vale, added: "Call us."',
        {"Nell Carver": ["Superintendent", "District Commander"]},
    ),
    "charity_of_a_manager": (
        "Nell Carver, manager of Greystone Refuge in Dover, said beds were full.",
        {"Nell Carver": ["Manager"]},
    ),
    "possessive_of_a_local_charity": (
        "Barnsley Women's Centre's director, Nell Carver, said beds were full.",
        {"Nell Carver": ["Director"]},
    ),
    # "for the division" points back to the body's territory: not part of the title
    "anaphoric_division": (
        'Det Supt Nell Carver, head of major crime for the division, said: "Call us."',
        {"Nell Carver": ["Detective Superintendent", "Head of Major Crime"]},
    ),
    "anaphoric_district": (
        "Nell Carver, safeguarding lead for the district, said beds were full.",
        {"Nell Carver": ["Safeguarding Lead"]},
    ),
    "anaphoric_county_council": (
        "Nell Carver, cabinet member for housing at the county council, said beds were full.",
        {"Nell Carver": ["Cabinet Member for Housing"]},
    ),
    # a closing appositive after "according to" is the person's title
    "according_to_then_title": (
        '"Beds are full," according to Nell Carver, head of services at Greystone Refuge.',
        {"Nell Carver": ["Head of Services"]},
    ),
    "verb_between_is_no_title": (
        "Kent Police said Chief Inspector Jo Bell led the raid.",
        {"Jo Bell": ["Chief Inspector"]},
    ),
    "on_before_a_known_place": (
        "Gareth Pell, coordinator of Victim Support on Humberside, said it worked.",
        {"Gareth Pell": ["Coordinator"]},
    ),
    "on_before_a_place_after_an_unknown_service": (
        "Rhona Tait, manager of the Harbour Advice Service on Merseyside, said it worked.",
        {"Rhona Tait": ["Manager"]},
    ),
    "lead_on_a_subject_keeps_it": (
        "Rhona Tait, the council's lead on youth services, said it worked.",
        {"Rhona Tait": ["Lead on Youth Services"]},
    ),
}


@pytest.mark.parametrize("text, expected", TAILS.values(), ids=TAILS.keys())
def test_title_tails(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected


RUNS = {
    "greater": (("commander for Greater", "Glasgow"), ("commander for", "Greater Glasgow")),
    "two_words": (("lead across North East", "Fife"), ("lead across", "North East Fife")),
    "of_is_a_portfolio": (("Head of North", "Fife"), ("Head of North", "Fife")),
    "no_run": (("commander for", "Fife"), ("commander for", "Fife")),
    "list_before": (("manager for Devon and", "Cornwall"), ("manager for", "Devon and Cornwall")),
    "list_before_the": (
        ("Commissioner for Dorset and the", "Isle of Purbeck"),
        ("Commissioner for", "Dorset and the Isle of Purbeck"),
    ),
    "the_without_a_list": (("lead for the", "Wirral"), ("lead for the", "Wirral")),
}


@pytest.mark.parametrize("given, expected", RUNS.values(), ids=RUNS.keys())
def test_place_with_run_before(given: tuple[str, str], expected: tuple[str, str]) -> None:
    assert place_with_run_before(*given) == expected


UNKNOWN = {
    "in_place": ("head of crime in Dunmore", ("head of crime", "Dunmore")),
    "for_modifier": ("commander for South Dunmore", ("commander", "South Dunmore")),
    "for_the_modifier": ("manager for the Mid Dunmore", ("manager", "Mid Dunmore")),
    "for_portfolio": ("lead for Serious Violence", None),
    "for_place_list": ("manager for Dunmore and Kent", ("manager", "Dunmore and Kent")),
    "for_name_list_no_place": ("lead for Drugs and Weapons", None),
    "commander_patch": ("area commander for Dunmore", ("area commander", "Dunmore")),
    "plain_commander_portfolio": ("commander for Specialist Operations", None),
    "territory_kind": (
        "route director for the Dunmore North route",
        ("route director", "Dunmore North"),
    ),
    "territory_region": (
        "operations manager for the Anglia region",
        ("operations manager", "Anglia"),
    ),
    "territory_unnamed": ("lead for the area", None),
    "territory_capital_unit": ("head of the Cyber Crime Unit", None),
    "place_part_ward": ("ward officer for Dover Central", ("ward officer", "Dover Central")),
    "place_part_the": ("beat manager for the Kent West", ("beat manager", "Kent West")),
    "place_part_covering": ("sergeant covering Dover North", ("sergeant", "Dover North")),
    "place_part_unknown_place": ("lead for Crime North", None),
    "place_part_of_is_a_portfolio": ("head of Dover Central", None),
}


@pytest.mark.parametrize("text, expected", UNKNOWN.values(), ids=UNKNOWN.keys())
def test_unknown_place_tail(text: str, expected: tuple[str, str] | None) -> None:
    assert unknown_place_tail(text, lambda name: name in {"Kent", "Dover"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body leader's title and the name of a body the gazetteer need not know
        ("Dana Moor, chief executive of Brighter Futures, said it helped.", ["Chief Executive"]),
        ("Dana Moor, founder of the Oakwood Project, said it helped.", ["Founder"]),
        ("Dana Moor, interim chair of Safer Streets North, said it helped.", ["Interim Chair"]),
        ("Dana Moor, managing director at Hartley and Sons, said it helped.",
         ["Managing Director"]),
        # rule named_body_at: any title, then "at" and the body it is held at
        ("Dana Moor, service manager at Base 51, said it helped.", ["Service Manager"]),
        ("Dana Moor, project lead at Safer Streets Hull, said it helped.", ["Project Lead"]),
        ("Dana Moor, head of policy at Brightwell, said it helped.", ["Head of Policy"]),
        # near misses: a portfolio after "director of" or "head of" stays
        ("Dana Moor, director of Public Health, said it helped.", ["Director of Public Health"]),
        ("Dana Moor, head of Operations, said it helped.", ["Head of Operations"]),
        ("Dana Moor, head of Operations at Leeds, said it helped.", ["Head of Operations"]),
        ("Dana Moor, executive director of Adult Services, said it helped.",
         ["Executive Director of Adult Services"]),
    ],
)  # fmt: skip
def test_a_body_after_a_leaders_title(nlp: Language, text: str, expected: list[str]) -> None:
    assert found(nlp, text)["Dana Moor"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article again between the description and the name ("the youth charity the X")
        ("Dana Moor, chief executive of the youth charity the Harbour Trust, said it helped.",
         ["Chief Executive"]),
        ("Dana Moor, founder of the knife crime charity the Oakwood Project, said it helped.",
         ["Founder"]),
        ("Dana Moor, policy officer at the road safety group the Lantern Trust, said it helped.",
         ["Policy Officer"]),
        # near misses: no description before the name, or a team that is no descriptor
        ("Dana Moor, chief executive of the Harbour Trust, said it helped.", ["Chief Executive"]),
        # (the body after "at" goes by rule named_body_at; the team stays the portfolio)
        ("Dana Moor, director of the youth work team at the Oakwood Project, said it helped.",
         ["Director of Youth Work Team"]),
    ],
)  # fmt: skip
def test_an_article_between_a_description_and_the_name(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert found(nlp, text)["Dana Moor"] == expected
