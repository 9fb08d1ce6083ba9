"""One row per named rule of the people finder, title cleaning and roles (ids = rule names).

Every sentence here is invented for the test: other names, forces, ranks and outlets
than any release the rules were studied on.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.people import PERSON_RULES
from pressfacts.entities.titles import TITLE_CLEANING
from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.findings import RoleFinding


def found(nlp: Language, text: str) -> dict[str, list[str]]:
    """Person name -> titles, for every person the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"}


def roles(nlp: Language, text: str) -> dict[str, list[RoleFinding]]:
    doc = nlp(text)
    return {info.name: info.roles for info in doc._.entity_info.values() if info.type == "PERSON"}


PERSON_ROWS = {
    "title_phrase_then_name": (
        "Director of the Lucy Faithfull Foundation, Owen Pryce, said the calls rose.",
        {"Owen Pryce": ["Director"]},
    ),
    "title_comma_name": (
        "The Policing Minister, Amir Khan, has promised more funding.",
        {"Amir Khan": ["Policing Minister"]},
    ),
    "title_place_then_name": (
        "Police, Fire and Crime Commissioner for Essex Leona Varga said it had worked.",
        {"Leona Varga": ["Police, Fire and Crime Commissioner"]},
    ),
    "rank_before_name": (
        "Ch Insp Leona Varga led the patrols.",
        {"Leona Varga": ["Chief Inspector"]},
    ),
    "attribution_line": (
        "“We are proud of this work.”\n– Harriet Cole, Chief Executive\n",
        {"Harriet Cole": ["Chief Executive"]},
    ),
    "byline": (
        "By Tomasz Nowak\nCrime Reporter\n\nA man was charged.",
        {"Tomasz Nowak": ["Crime Reporter"]},
    ),
    "byline_line": (  # a byline on a line of its own: a given name the list lacks
        "By Lowenna Pascoe\n\nA boat was stolen from the harbour.",
        {"Lowenna Pascoe": []},
    ),
    "name_appositive_verb": (
        "Gemma Stroud, head of policy at the NSPCC, said families need help.",
        {"Gemma Stroud": ["Head of Policy"]},
    ),
    "name_then_verb": ("Martin Ellery said the road was closed.", {"Martin Ellery": []}),
    "verb_then_name": (
        "“It was frightening,” said Paula Irving.",
        {"Paula Irving": []},
    ),
    "verb_owner_title_name": (
        "“Call us any time,” said the NSPCC's head of helpline services Ffion Rowlands.",
        {"Ffion Rowlands": ["Head of Helpline Services"]},
    ),
    "name_age_address": (
        "Connor Blake, 34, of Mill Lane, was charged.",
        {"Connor Blake": []},
    ),
    "given_name_age": ("Amelia, 15, said: “I told my mum.”", {"Amelia": []}),
    "name_colon_quote": (
        "Charity chief Fiona Gallo: “Every child deserves to be safe.”",
        {"Fiona Gallo": []},
    ),
    "post_nominal": (
        "Rachel Hume MP welcomed the arrests.",
        {"Rachel Hume": ["Member of Parliament"]},
    ),
    "name_who": (
        "Derek Hale, who organised the protest, spoke. Hale said it mattered.",
        {"Derek Hale": []},
    ),
    "according_to": (
        "The shop was busy, according to Leah Fox, who works there.",
        {"Leah Fox": []},
    ),
    "agent_titled_appositive": (
        "The new radios were handed over by Alys Morgan, the Deputy Chief Constable, on Friday.",
        {"Alys Morgan": ["Deputy Chief Constable"]},
    ),
    "name_who_then_speaks": (
        "Tunde Bakare, who has run the youth club since 2011, said the grant would help.",
        {"Tunde Bakare": []},
    ),
    "passive_agent": (
        "The inquiry into the crash was chaired by Imogen Fairley, and Dan Ruiz succeeds Ewan"
        " Pryce as head of the unit.",
        {"Imogen Fairley": [], "Ewan Pryce": []},
    ),
    "age_before_name": (
        "Detectives in Hull arrested 34-year-old Nadia Bloom on Friday.",
        {"Nadia Bloom": []},
    ),
    "name_event": ("Callum Reeve was jailed for four years.", {"Callum Reeve": []}),
    "sought_person": (
        "Officers in Carlisle want to trace missing schoolgirl Ruby Akers.",
        {"Ruby Akers": []},
    ),
    "name_pictured": (
        "Imogen Hart (pictured) opened the new centre.",
        {"Imogen Hart": []},
    ),
    "rank_surname": ("Sergeant Pardoe thanked residents.", {"Pardoe": ["Sergeant"]}),
    "verb_then_described_given": (
        '"We felt safe again," said Orla, a pensioner from Ripon.',
        {"Orla": []},
    ),
    "given_described_then_says": (
        "Dilys, a widow from Penarth, said the caller had known her address.",
        {"Dilys": []},
    ),
    "given_who_then_speaks": (
        "Ines, who was brought to Margate at 17, told the panel she had been threatened.",
        {"Ines": []},
    ),
    "described_given_name": (
        "One resident, Marnie, who lives by the harbour, called the police.",
        {"Marnie": []},
    ),
    "named_only_as": (
        "A witness, who asked to be named only as Corinne, described the attack.",
        {"Corinne": []},
    ),
    "described_called_given": (
        "A shop worker called Bethan was spat at by a customer in Neath.",
        {"Bethan": []},
    ),
    "kin_given_name": (
        "The volunteer, whose niece Tamsin was hurt in the crash, helped at the scene.",
        {"Tamsin": []},
    ),
    "name_age_then_home": (
        "Olusegun Adeyemi, 31, of Peckham, admitted the offence.",
        {"Olusegun Adeyemi": []},
    ),
    "name_age_shared_home": (
        "Ion Rusu, 29, and Sorin Marin, 33, both of Luton, were charged.",
        {"Ion Rusu": [], "Sorin Marin": []},
    ),
}


def test_every_person_rule_has_a_row() -> None:
    assert {rule.name for rule in PERSON_RULES} == set(PERSON_ROWS)


@pytest.mark.parametrize(("text", "expected"), PERSON_ROWS.values(), ids=list(PERSON_ROWS))
def test_person_rule(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected


NOT_PEOPLE = {
    "spaced_comma_after_a_place": "Dunmore Park , a green space in Kent, opened in May.",
    "age_before_a_place": "A 23-year-old man from Leeds was arrested in Hull.",
    "age_before_a_thing": "The 12-year-old Ford Fiesta was found burnt out.",
    "place_appositive_then_activity": "Kendal, a town of 29,000 people, opened a new hub.",
    "unit_with_verb": "The Public Protection Branch said it would review the case.",
    "team_name_with_verb": "Protecting Vulnerable People said referrals were up.",
    "operation": "Operation Harrow said nothing; Operation Harrow ran for weeks.",
    "role_words": "Deputy Director General said the plan was agreed.",
    "form_labels": "Email: press@example.org\nTel: 0100 000 000",
    "no_given_name": "Northern Valleys said the talks went well.",
    "lower_case_by": "The car was seized by police.",
    "place_that_is_a_given_name": "Chester Zoo said the fence was repaired.",
    "organisation_described": "Harbour Trust, a local charity, said it would help.",
    "according_to_an_organisation": "Crime fell, according to Kent Police.",
    "organisation_event": "Northern Rail was charged after the crash.",
    "place_event": "Chester was named the safest city.",
    "opening_preposition_with_appositive": (
        "Throughout Mid Ulster, the PSNI responded to 310 calls last year."
    ),
    "opening_place_phrase_with_appositive": "Across Greater Dunmore, the trust responded quickly.",
    "verb_owner_no_title": "Officers said Kent Police patrols found Chester Road closed.",
    "organisation_fined": "Kent Police was fined £10,000 after the inquiry.",
    "described_speaker_without_name": "“It was awful,” said a resident of Mill Lane.",
    "organisation_whose": "Kent Police, whose officers attended, said it was investigating.",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case description between the verb of saying and the name
        ("“It was a shock,” said resident Margaret Ellis, 71.", {"Margaret Ellis": []}),
        ("“We were scared,” added grandmother Joan Pike.", {"Joan Pike": []}),
        # the body a name is of, right after it, before the verb or after a title's comma
        ("Martin Ellery of Wyre Forest District Council said it worked.", {"Martin Ellery": []}),
        ("Paula Irving from the Lanterns Trust said calls rose.", {"Paula Irving": []}),
        (
            "The unit's manager, Martin Ellery of Hull City Council, said calls rose.",
            {"Martin Ellery": ["Manager"]},
        ),
        # "whose" opens the relative clause as "who" does, after a description ("Farmer")
        (
            'Farmer Gwen Pryce, whose tractor was stolen in May, said: "It was a shock."',
            {"Gwen Pryce": []},
        ),
        ("Derek Hale, whose son was killed, has campaigned for years.", {"Derek Hale": []}),
        # an age and who the person is before the name
        (
            "The victim has been named as 19-year-old student Ellie Marsh.",
            {"Ellie Marsh": []},
        ),
        # a titled appositive, then a verb of the person's own work (ACTIVITY_VERBS)
        (
            "Rhys Vaughan, head of safeguarding at Barnardo's, spoke at the launch.",
            {"Rhys Vaughan": ["Head of Safeguarding"]},
        ),
        (
            "Jo Pryce, the council's community safety manager, opened the hub.",
            {"Jo Pryce": ["Community Safety Manager"]},
        ),
        ("Ann Lowe, chair of the panel, welcomed the report.", {"Ann Lowe": ["Chair"]}),
        # an appointing verb after the name: a person (appointed_titles gives the title)
        (
            "Amy Rowe has been sworn in as the new Chief Constable.",
            {"Amy Rowe": ["Chief Constable"]},
        ),
    ],
)
def test_more_person_contexts(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_PEOPLE.values(), ids=list(NOT_PEOPLE))
def test_not_a_person(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


CLEANING_ROWS = {
    "article": ("Dana Moor, the director of Barnardo's, said it helped.", ["Director"]),
    "relative_clause": ("Dana Moor, who is the director of Barnardo's, said so.", ["Director"]),
    "committee_tail": ("Dana Moor, chair of the licensing committee, said it helped.", ["Chair"]),
    "body_after_leader": (
        "Dana Moor, chief executive of Brighter Futures, said it helped.",
        ["Chief Executive"],
    ),
    "acronym": (
        "Dana Moor, lead for Online Child Safety (OCS), said it helped.",
        ["Lead for Online Child Safety"],
    ),
    "anaphoric_tail": ("Dana Moor, manager for the area, said it helped.", ["Manager"]),
    "anaphoric_owner": (
        "Dana Moor, head of the force's dog unit, said it helped.",
        ["Head of Dog Unit"],
    ),
    "unit_place": (
        "Dana Moor, head of the Kent and Essex Dog Unit, said it helped.",
        ["Head of Dog Unit"],
    ),
    "compass_tail": (
        "Dana Moor, the trust's services manager in the north, said so.",
        ["Services Manager"],
    ),
    "organisation_tail": (
        "Dana Moor, chairman of the Riverside Residents Association, said it helped.",
        ["Chairman"],
    ),
    "organisation_head": (
        "Dana Moor, Riverside Residents Association chairman, said it helped.",
        ["Chairman"],
    ),
    "place_tail": ("Dana Moor, National Manager Wales, said it helped.", ["National Manager"]),
    "place_head": (
        "Cumbria Police and Crime Commissioner Dana Moor said it helped.",
        ["Police and Crime Commissioner"],
    ),
    "verb_phrase": (
        "Gwent Police said its head of crime, Det Supt Dana Moor, would lead the inquiry.",
        ["Detective Superintendent", "Head of Crime"],
    ),
    "constituency": (
        "The MP for Stroud Valley, Dana Moor, said it helped.",
        ["Member of Parliament"],
    ),
}


CLEANING_ROWS["proper_owner"] = (
    "\u201cIt helped,\u201d added Dana Moor, Kidscall's helpline manager, who said 40 "
    "calls came in.",
    ["Helpline Manager"],
)


# a possessive determiner pointing back to the body named before is no part of the title
POSSESSIVE_DETERMINER_ROWS = [
    (
        "Figures came from Safe Harbour Trust. Its chief executive, Dr Dana Moor, said so.",
        ["Chief Executive"],
    ),
    ("Calls rose, says the Keel Foundation. Their director, Ms Dana Moor, said so.", ["Director"]),
    (
        "Figures came from Safe Harbour Trust. Its chief executive, Dana Moor, said so.",
        ["Chief Executive"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), POSSESSIVE_DETERMINER_ROWS)
def test_a_possessive_determiner_is_no_part_of_a_title(
    nlp: Language, text: str, titles: list[str]
) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


CLEANING_ROWS["unit_article"] = (
    "Dana Moor, head of the rural crime team, said it helped.",
    ["Head of Rural Crime Team"],
)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a prison's governor, before or after the name
        ("The governor of HMP Altcourse, Dana Moor, said it helped.", ["Governor"]),
        ("Dana Moor, governor of HMP Altcourse, said it helped.", ["Governor"]),
        # the article before a unit goes, not before a body of its own
        ("Dana Moor, lead for the economic crime unit at Kent Police, said it helped.",
         ["Lead for Economic Crime Unit"]),
        ("Dana Moor, chair of the board of trustees, said it helped.",
         ["Chair of the Board of Trustees"]),
        # a possessive before the unit or service goes too, and the article before a service
        ("Dana Moor, head of its youth justice service, said it helped.",
         ["Head of Youth Justice Service"]),
        ("Dana Moor, manager of their fraud team, said it helped.",
         ["Manager of Fraud Team"]),
        ("Dana Moor, head of the victim care service, said it helped.",
         ["Head of Victim Care Service"]),
    ],
)  # fmt: skip
def test_governors_and_units(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


CLEANING_ROWS["tenure"] = (
    "Dana Moor, the outgoing chief executive of Barnardo's, said it helped.",
    ["Chief Executive"],
)


# a word of tenure is no part of the title, lower-case or capitalised before a rank;
# "former", "interim" and "acting" are
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Dana Moor, the newly appointed head of policy at Barnardo's, said it helped.",
         ["Head of Policy"]),
        ("Dana Moor, the retiring Chief Constable of Kent Police, said it helped.",
         ["Chief Constable"]),
        ("Outgoing Chief Constable Dana Moor said it helped.", ["Chief Constable"]),
        ("Dana Moor, interim chief executive of Barnardo's, said it helped.",
         ["Interim Chief Executive"]),
        ("Dana Moor, former chief executive of Barnardo's, said it helped.",
         ["Former Chief Executive"]),
    ],
)  # fmt: skip
def test_a_tenure_word_is_no_part_of_the_title(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


CLEANING_ROWS["region_tail"] = (
    "Dana Moor, security director for Network Rail's Wales & Western region, said it helped.",
    ["Security Director"],
)
CLEANING_ROWS["relative_tail"] = (
    "Dana Moor, a family support worker who runs the group, said it helped.",
    ["Family Support Worker"],
)
CLEANING_ROWS["located_participle"] = (
    "Dana Moor, a Samaritans volunteer based in Leeds, said it helped.",
    ["Volunteer"],
)
CLEANING_ROWS["one_of"] = (
    "Dana Moor, one of the trust's outreach workers, said it helped.",
    ["Outreach Worker"],
)

CLEANING_ROWS["kin_head"] = (
    "Dana Moor, Leo's mother and the trust's founder, said it helped.",
    ["Founder"],
)


# a relative named before "and" is who the person is to someone, not part of the title
# (step kin_head); "partner and" is a firm's post, and a relation alone is no title
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Dana Moor, her sister and the charity's chief executive, said it helped.",
         ["Chief Executive"]),
        ("Dana Moor, Amy's father and the group's chairman, said it helped.", ["Chairman"]),
        ("Dana Moor, Leo's mother, said it helped.", []),
    ],
)  # fmt: skip
def test_a_relative_before_a_title_is_no_part_of_it(
    nlp: Language, text: str, titles: list[str]
) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


def test_every_cleaning_step_has_a_row() -> None:
    assert {step.name for step in TITLE_CLEANING} == set(CLEANING_ROWS)


@pytest.mark.parametrize(("text", "titles"), CLEANING_ROWS.values(), ids=list(CLEANING_ROWS))
def test_title_cleaning(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


TITLE_ROWS = {
    # a reprint's space before an appositive's commas
    "appositive_after_a_spaced_comma": (
        "Aled Pugh , safeguarding manager at the council , said 12 families were helped.",
        ["Safeguarding Manager"],
    ),
    "spaced_comma_then_commissioner_without_a_closing_comma": (
        "Aled Pugh , Police and Crime Commissioner for Kent said patrols would grow.",
        ["Police and Crime Commissioner"],
    ),
    # a possessive title set off before a name with an honorific
    "possessive_title_comma_honorific": (
        "\u201cIt worked,\u201d said the trust's chief executive, Dr Aled Pugh.",
        ["Chief Executive"],
    ),
    # a closing appositive followed by a relative clause about the person
    "appositive_before_who": (
        "\u201cIt worked,\u201d added Aled Pugh, the council's safeguarding manager, who "
        "said 12 families had been helped.",
        ["Safeguarding Manager"],
    ),
    # a possessive whose next word is capitalised is the title's own
    "possessive_inside_title": (
        "Aled Pugh, Children's Services Manager, said it worked.",
        ["Children's Services Manager"],
    ),
    "portfolio_stays_whole": (
        "DCI Aled Pugh, operational drugs lead, said the lines were shut.",
        ["Detective Chief Inspector", "Operational Drugs Lead"],
    ),
    "place_in_portfolio_leaves": (
        "Supt Aled Pugh, Head of Public Protection in Cheshire, said it worked.",
        ["Superintendent", "Head of Public Protection"],
    ),
    # a titled appositive before a verb of the person's own work, not of saying
    "appositive_before_activity_verb": (
        "PC Aled Pugh, Dyfed-Powys Police's Fraud Prevention Officer, gave 31 talks in May.",
        ["Police Constable", "Fraud Prevention Officer"],
    ),
    "appositive_before_carried_out": (
        "DC Aled Pugh, the unit's cyber protect officer, carried out 12 reviews.",
        ["Detective Constable", "Cyber Protect Officer"],
    ),
    "multiword_rank": ("Traffic Sergeant Aled Pugh closed the road.", ["Traffic Sergeant"]),
    "multiword_role": (
        "Police crime prevention officer Aled Pugh gave advice.",
        ["Crime Prevention Officer"],
    ),
    "slash_prefix": ("D/Supt Aled Pugh said it worked.", ["Detective Superintendent"]),
    "acting_prefix": ("A/Sgt Aled Pugh said it worked.", ["Acting Sergeant"]),
    "possessive_commissioner_keeps_its_s": (
        "The Older People's Commissioner for Wales, Aled Pugh, said it worked.",
        ["Older People's Commissioner"],
    ),
    "possessive_commissioner_before_name": (
        "Children and Young People's Commissioner Aled Pugh said it worked.",
        ["Children and Young People's Commissioner"],
    ),
    "title_comma_before_rank": (
        "Swansea District Commander, Chief Superintendent Aled Pugh, said it worked.",
        ["Chief Superintendent", "District Commander"],
    ),
    "title_comma_before_rank_new_line": (
        "Crime fell.\nLocal Policing Commander, Superintendent Aled Pugh, said it worked.",
        ["Superintendent", "Local Policing Commander"],
    ),
    "possessive_lower_portfolio_comma_name_after_quote": (
        "Victim Support published it. “It hurts,” said the charity's head of policy, Aled Pugh.",
        ["Head of Policy"],
    ),
    "lower_portfolio_comma_name_then_who": (
        "“It works,” said the director of adult services, Aled Pugh, who joined in May.",
        ["Director of Adult Services"],
    ),
    "title_for_place_comma_before_rank": (
        "District Commander for Newry, Chief Superintendent Aled Pugh, said it worked.",
        ["Chief Superintendent", "District Commander"],
    ),
    "title_for_two_word_place_comma_before_rank": (
        "Divisional Commander for Mid and East Antrim, Supt Aled Pugh, said it worked.",
        ["Superintendent", "Divisional Commander"],
    ),
    "portfolio_for_place_comma_before_rank": (
        "Head of Crime for Gwent, Det Supt Aled Pugh, said it worked.",
        ["Detective Superintendent", "Head of Crime"],
    ),
    "time_comma_before_rank_is_no_title": (
        "On Tuesday, Detective Sergeant Aled Pugh said it worked.",
        ["Detective Sergeant"],
    ),
    "unit_led_after_of_the_stays": (
        "Det Insp Aled Pugh, head of the Economic Crime Unit, said it worked.",
        ["Detective Inspector", "Head of Economic Crime Unit"],
    ),
    "team_led_after_of_the_stays": (
        "Aled Pugh, manager of the Missing Persons Team, said it worked.",
        ["Manager of Missing Persons Team"],
    ),
    "rank_of_a_unit_is_no_portfolio": (
        "Chief Inspector Aled Pugh, of the Roads Policing Unit, said it worked.",
        ["Chief Inspector"],
    ),
    "leader_of_an_association_drops_it": (
        "Aled Pugh, director of the Valleys Tenants Association, said it worked.",
        ["Director"],
    ),
    "possessive_organisation_keeps_of": (
        "Det Supt Aled Pugh, head of Kent Police's public protection unit, said it worked.",
        ["Detective Superintendent", "Head of Public Protection Unit"],
    ),
    "defined_acronym_expands": (
        "The Online Harms Unit (OHU) grew. Head of the OHU Detective Inspector Aled Pugh said so.",
        ["Detective Inspector", "Head of Online Harms Unit"],
    ),
    "honorific_is_no_title": ("Sir Aled Pugh said it worked.", []),
    "anaphoric_role": (
        "DI Aled Pugh praised staff. The officer, who is safeguarding lead for the force, "
        "said it worked.",
        ["Detective Inspector", "Safeguarding Lead"],
    ),
    "office_served_tail": (
        "Aled Pugh, chief finance officer to the commissioner, said the budget was tight.",
        ["Chief Finance Officer"],
    ),
    "office_served_tail_board": (
        "Aled Pugh, secretary to the board, said it worked.",
        ["Secretary"],
    ),
}


TITLE_ROWS |= {
    "portfolio_word_before_rank": (
        "Depot Commander Aled Pugh said the lorries were searched.",
        ["Depot Commander"],
    ),
    "portfolio_before_minister": (
        "The Prisons and Probation Minister, Aled Pugh, said the law would change.",
        ["Prisons and Probation Minister"],
    ),
    "portfolio_word_not_a_sentence_word": (
        "When Inspector Aled Pugh arrived, the crowd left.",
        ["Inspector"],
    ),
    "acronym_before_rank_is_no_portfolio": (
        "The Rural Crime Team (RCT) grew. RCT Sergeant Aled Pugh said so.",
        ["Sergeant"],
    ),
    "rank_then_portfolio_after_name": (
        "Chief Inspector Aled Pugh, Area Commander for Swansea, said patrols rose.",
        ["Chief Inspector", "Area Commander"],
    ),
    "fuller_title_written_before": (
        "The Police and Crime Commissioner for Dorset has set aside £2m.\n\n"
        "Commissioner Aled Pugh said it would help.",
        ["Police and Crime Commissioner"],
    ),
    "fuller_title_not_for_ranks": (
        "The Chief Inspector of Prisons reported. Inspector Aled Pugh said it was fine.",
        ["Inspector"],
    ),
    "councillor_portfolio_at_council": (
        "Councillor Aled Pugh, Cabinet Member for Housing at Swansea Council, said so.",
        ["Councillor", "Cabinet Member for Housing"],
    ),
    "post_nominal_msp": (
        "Aled Pugh MSP said the scheme should grow.",
        ["Member of the Scottish Parliament"],
    ),
    "post_nominal_ms": ("Aled Pugh MS welcomed the money.", ["Member of the Senedd"]),
    "post_nominal_mla": (
        "Aled Pugh MLA said it was shocking.",
        ["Member of the Legislative Assembly"],
    ),
    "post_nominal_after_title_comma": (
        "The Victims Minister, Aled Pugh MP, said: “We will act.”",
        ["Victims Minister", "Member of Parliament"],
    ),
    "honours_are_no_title": ("Aled Pugh OBE said the charity would grow.", []),
    "honours_then_seat": ("Aled Pugh OBE MP said the law would change.", ["Member of Parliament"]),
    "weekday_before_rank": ("On Friday Superintendent Aled Pugh said so.", ["Superintendent"]),
    "deputy_title_is_another_office": (
        "The Deputy Police and Crime Commissioner for Gwent set out a plan.\n\n"
        "Commissioner Aled Pugh said it would help.",
        ["Commissioner"],
    ),
    "det_sgt": ("Det Sgt Aled Pugh said the man was arrested.", ["Detective Sergeant"]),
    "temporary_inspector": ("T/Insp Aled Pugh said the man was arrested.", ["Temporary Inspector"]),
    "acting_dci": (
        "A/DCI Aled Pugh said the man was arrested.",
        ["Acting Detective Chief Inspector"],
    ),
    "ch_supt": ("Ch Supt Aled Pugh said the man was arrested.", ["Chief Superintendent"]),
    # a title with a comma in it, then the name ending its sentence
    "title_with_comma_name_ends_sentence": (
        "The scheme was launched by Dorset's Police, Fire and Crime Commissioner, Aled Pugh.",
        ["Police, Fire and Crime Commissioner"],
    ),
    "title_comma_name_ends_sentence": (
        "The hub was opened by the Policing Minister, Aled Pugh. It opens daily.",
        ["Policing Minister"],
    ),
    # an appositive that ends on a relative clause before the verb of saying
    "appositive_then_which_clause": (
        "Aled Pugh, director of the Harbour Trust, which runs two refuges in Leeds, said: "
        "“We are full.”",
        ["Director"],
    ),
    "appositive_then_who_clause": (
        "Aled Pugh, chief executive of Victim Support, who joined the charity in 2009, said so.",
        ["Chief Executive"],
    ),
    # a figure with a thousands comma inside the relative clause
    "which_clause_with_a_figure": (
        "Aled Pugh, manager of the Harbour Trust, which helps around 2,400 families a year, "
        "welcomed the grant.",
        ["Manager"],
    ),
}


@pytest.mark.parametrize(("text", "titles"), TITLE_ROWS.values(), ids=list(TITLE_ROWS))
def test_titles(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Aled Pugh": titles}


ROLE_ROWS = {
    "force_possessive": (
        "Cheshire Constabulary's Assistant Chief Constable Nia Brooks said it worked.",
        [RoleFinding("Assistant Chief Constable", "force:cheshire-constabulary")],
    ),
    "area_before_pcc": (
        "Cheshire Police and Crime Commissioner Nia Brooks said it worked.",
        [RoleFinding("Police and Crime Commissioner", None, "Cheshire")],
    ),
    "hyphenated_area_before_pcc": (
        "Avon and Somerset Police and Crime Commissioner Nia Brooks said it worked.",
        [RoleFinding("Police and Crime Commissioner", None, "Avon and Somerset")],
    ),
    "force_after_name": (
        "Inspector Nia Brooks of Cheshire Constabulary said it worked.",
        [RoleFinding("Inspector", "force:cheshire-constabulary")],
    ),
    "unlisted_place_after_in": (
        "Nia Brooks, head of investigations in Glenmoray, said it worked.",
        [RoleFinding("Head of Investigations", None, "Glenmoray")],
    ),
    "charity_before_title": (
        "NSPCC chief executive Nia Brooks said it worked.",
        [RoleFinding("Chief Executive", "charity:nspcc")],
    ),
    "possessive_area": (
        "Cheshire’s Police and Crime Commissioner, Nia Brooks, said it worked.",
        [RoleFinding("Police and Crime Commissioner", None, "Cheshire")],
    ),
}


ROLE_ROWS |= {
    "constituency_before_mp": (
        "Ipswich Central MP Nia Brooks said the funding was overdue.",
        [RoleFinding("Member of Parliament", None, "Ipswich Central")],
    ),
    "constituency_after_mp_for": (
        "The MP for Swansea East, Nia Brooks, said the centre would help.",
        [RoleFinding("Member of Parliament", None, "Swansea East")],
    ),
    "fuller_title_keeps_its_area": (
        "The Police and Crime Commissioner for North Wales has set aside £2m.\n\n"
        "Commissioner Nia Brooks said it would help.",
        [RoleFinding("Police and Crime Commissioner", None, "North Wales")],
    ),
    "title_from_news_lede": (
        "Burglaries in market towns have fallen, Wiltshire's police and crime commissioner "
        "has said.\n\nNia Brooks said the county was safer.",
        [RoleFinding("Police and Crime Commissioner", None, "Wiltshire")],
    ),
    "title_from_a_lede_subject": (
        "Dorset's Police and Crime Commissioner has promised 80 more officers by 2028.\n\n"
        "Nia Brooks told councillors the money was in place.",
        [RoleFinding("Police and Crime Commissioner", None, "Dorset")],
    ),
    "no_title_from_a_lede_subject_of_no_title": (
        "The officer was later charged.\n\nNia Brooks said she was relieved.",
        [],
    ),
    "no_title_from_a_sentence_that_goes_on": (
        "The Home Secretary said the law would change.\n\nNia Brooks said she was pleased.",
        [],
    ),
    "party_and_constituency_after_name": (
        "Nia Brooks, the Labour MP for Kettering Vale, said the cuts hurt.",
        [RoleFinding("Member of Parliament", None, "Kettering Vale")],
    ),
    "constituency_before_mp_after_name": (
        "Nia Brooks, Kettering Vale MP, said the cuts hurt.",
        [RoleFinding("Member of Parliament", None, "Kettering Vale")],
    ),
    "party_is_no_constituency": (
        "Labour MP Nia Brooks said the cuts hurt.",
        [RoleFinding("Member of Parliament")],
    ),
    "bare_possessive_and_place_before_portfolio": (
        "Nia Brooks, Samaritans' South West Regional Manager, said calls rose.",
        [RoleFinding("Regional Manager", "charity:samaritans", "South West")],
    ),
    "place_stays_in_portfolio_with_subject": (
        "Nia Brooks, South West Regional Lead for Youth Justice, said calls rose.",
        [RoleFinding("South West Regional Lead for Youth Justice")],
    ),
    "title_at_charity_after_name": (
        "Nia Brooks, head of safeguarding at Barnardo's, said the hub worked.",
        [RoleFinding("Head of Safeguarding", "charity:barnardos")],
    ),
    "chief_constable_of_force": (
        "Chief Constable Nia Brooks of Gwent Police said the force was ready.",
        [RoleFinding("Chief Constable", "force:gwent-police")],
    ),
    # the force after the name closing the sentence, after the speech verb
    "rank_name_of_force_closing": (
        "\u201cWe are ready,\u201d said Inspector Nia Brooks of Gwent Police.",
        [RoleFinding("Inspector", "force:gwent-police")],
    ),
    "rank_name_from_force_closing": (
        "\u201cWe are ready,\u201d said Sergeant Nia Brooks from Gwent Police.",
        [RoleFinding("Sergeant", "force:gwent-police")],
    ),
    "force_possessive_chief_constable": (
        "Gwent Police's Chief Constable Nia Brooks said the force was ready.",
        [RoleFinding("Chief Constable", "force:gwent-police")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROLE_ROWS.values(), ids=list(ROLE_ROWS))
def test_roles(nlp: Language, text: str, expected: list[RoleFinding]) -> None:
    assert roles(nlp, text) == {"Nia Brooks": expected}


NAME_ROWS = {
    "weekday_after_name": (
        "Inspector Jo Quill Monday said the road reopened.",
        {"Jo Quill": ["Inspector"]},
    ),
    "title_after_name": (
        "By Jo Quill Chief Reporter\nThe road reopened.",
        {"Jo Quill": ["Chief Reporter"]},
    ),
    "described_by_appositive": (
        "Jo Quill, a mother of three from the estate, said the lights were out.",
        {"Jo Quill": []},
    ),
    "press_contact": ("Media contact: Jo Quill, 01632 960000", {"Jo Quill": []}),
    "picture_credit": ("Picture: Jo Quill\nThe road reopened.", {"Jo Quill": []}),
    "councillor": ("Cllr Jo Quill welcomed the plan.", {"Jo Quill": ["Councillor"]}),
    "minister_before_name": (
        "Home Secretary Jo Quill announced the funding.",
        {"Jo Quill": ["Home Secretary"]},
    ),
    "rank_and_name_on_one_line": (
        "By Jo Quill\nCrime Reporter\n\nResidents met on Monday.",
        {"Jo Quill": ["Crime Reporter"]},
    ),
    "description_is_no_title": (
        "Jo Quill, who runs the corner shop, said the lights were out.",
        {"Jo Quill": []},
    ),
    "name_on_one_line": (
        "Report by Jo Quill\nSam Pike\n",
        {"Jo Quill": []},
    ),
}


@pytest.mark.parametrize(("text", "expected"), NAME_ROWS.values(), ids=list(NAME_ROWS))
def test_names_are_whole_and_nothing_more(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("honorific", ["Sir", "Dame", "Dr", "Mrs"])
def test_honorific_makes_an_alias_not_a_title(nlp: Language, honorific: str) -> None:
    doc = nlp(f"{honorific} Alex Mercer said the charity would grow.")
    (info,) = doc._.entity_info.values()
    assert (info.name, info.titles, info.aliases) == (
        "Alex Mercer",
        [],
        [f"{honorific} Alex Mercer"],
    )


SHORT_FORM_ROWS = {
    "rank_and_surname": "Det Supt Rhys Garner spoke. Det Supt Garner added more.",
    "honorific_and_surname": "Rhys Garner said it was hard. Mr Garner added more.",
    "surname_alone": "Rhys Garner, who runs the club, spoke first. Garner said it was hard.",
    "full_name_again": "Rhys Garner said it was hard.\n\nRhys Garner\n",
}


@pytest.mark.parametrize("text", SHORT_FORM_ROWS.values(), ids=list(SHORT_FORM_ROWS))
def test_short_forms_are_one_person(nlp: Language, text: str) -> None:
    doc = nlp(text)
    people = [span for span in doc.spans[ENTITY_SPAN_GROUP] if span.label_ == "PERSON"]
    assert len(people) >= 2
    assert {span.id_ for span in people} == {"person:rhys-garner"}


# a workplace at the end of a title phrase is where the person works, not the role; the
# civilian job titles of the table (supervisor, team leader, volunteer, trustee)
WORKPLACE_ROWS = [
    pytest.param(
        '"It works," said Dana Moor, a supervisor at the NSPCC\'s Cardiff base.',
        ["Supervisor"],
        id="supervisor-at-base",
    ),
    pytest.param(
        "Dana Moor, a team leader at the charity's Leeds office, said it helped.",
        ["Team Leader"],
        id="team-leader-at-office",
    ),
    pytest.param(
        "Dana Moor, a manager at the Samaritans Hull branch, said it helped.",
        ["Manager"],
        id="organisation-then-branch",
    ),
    pytest.param(
        "Dana Moor, a volunteer at Victim Support, said it helped.",
        ["Volunteer"],
        id="volunteer",
    ),
    pytest.param(
        "Dana Moor, a trustee of the Harbour Trust, said it helped.", ["Trustee"], id="trustee"
    ),
    pytest.param(
        "Dana Moor, a consultant in emergency medicine at a Leeds hospital, said it helped.",
        ["Consultant in Emergency Medicine"],
        id="consultant-at-a-hospital",
    ),
    pytest.param(
        "Dana Moor, a consultant surgeon at the town's hospital, said it helped.",
        ["Consultant Surgeon"],
        id="consultant-at-the-hospital",
    ),
    # rule workplace_one_of_before_place: one of several workplaces; a place after it
    pytest.param(
        "Dana Moor, a support worker at one of the charity's refuges in Swansea, said it helped.",
        ["Support Worker"],
        id="one-of-refuges-before-place",
    ),
    pytest.param(
        "Dana Moor, a caseworker at the trust's hub in Bradford, said it helped.",
        ["Caseworker"],
        id="hub-before-place",
    ),
    pytest.param(
        "Dana Moor, a nurse practitioner at one of its clinics, said it helped.",
        ["Nurse Practitioner"],
        id="one-of-clinics",
    ),
    pytest.param(
        "Dana Moor, a project worker at a safe house in North Wales, said it helped.",
        ["Project Worker"],
        id="safe-house-before-place",
    ),
    # near miss: a portfolio whose words name a base is kept whole
    pytest.param(
        "Dana Moor, Head of Base Security, said it helped.",
        ["Head of Base Security"],
        id="portfolio-kept",
    ),
    pytest.param(
        "Dana Moor, Head of Hospital Services, said it helped.",
        ["Head of Hospital Services"],
        id="hospital-portfolio-kept",
    ),
    pytest.param(
        "Dana Moor, a refuge worker in Swansea, said it helped.",
        ["Refuge Worker"],
        id="refuge-worker-before-place-kept",
    ),
]


@pytest.mark.parametrize(("text", "titles"), WORKPLACE_ROWS)
def test_workplace_tail(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


# a district of the gazetteer after "for" is the role's place, not part of the title
@pytest.mark.parametrize(
    "district", ["Swale", "Tendring", "Mole Valley", "Tonbridge and Malling", "Fylde"]
)
def test_a_district_is_no_part_of_a_title(nlp: Language, district: str) -> None:
    text = f'Dana Moor, the neighbourhood policing lead for {district}, said: "We listened."'
    assert found(nlp, text) == {"Dana Moor": ["Neighbourhood Policing Lead"]}


# a street word that is also a surname closes a two-word name after a given name; an
# address stays an address
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kate Lane said the scheme had worked.", {"Kate Lane": []}),
        ("Det Insp Kate Lane said it worked.", {"Kate Lane": ["Detective Inspector"]}),
        ("Amy Grove, head of policy, said it worked.", {"Amy Grove": ["Head of Policy"]}),
        ("Officers were called to Penny Lane in Liverpool.", {}),
        ("Residents of Chester Street said they were scared.", {}),
    ],
)
def test_street_surnames(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected


# surnames with lower-case particles, or hyphenated after a "Mc"/"Mac"/"O'" part
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rhian de Silva said the scheme had worked.", {"Rhian de Silva": []}),
        ("Det Insp Pieter van der Linde said it worked.",
         {"Pieter van der Linde": ["Detective Inspector"]}),
        ("Chief Superintendent Gina di Rocco said it worked.",
         {"Gina di Rocco": ["Chief Superintendent"]}),
        ("Ellen MacLeod-Hart said the scheme had worked.", {"Ellen MacLeod-Hart": []}),
        ("PC Ross O'Hare-Smith said it worked.", {"Ross O'Hare-Smith": ["Police Constable"]}),
    ],
)  # fmt: skip
def test_particles_and_joined_surnames(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


# lower-case portfolio words between an owner's possessive and a title, before the name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity's senior policy officer, Dana Moor, said it worked.",
         {"Dana Moor": ["Senior Policy Officer"]}),
        ("Essex Police's chief digital officer, Dana Moor, said it worked.",
         {"Dana Moor": ["Chief Digital Officer"]}),
        # a small word stays lower case
        ("The firm's health and safety director, Dana Moor, said it worked.",
         {"Dana Moor": ["Health and Safety Director"]}),
        # near miss: a word that is no portfolio ("new")
        ("The charity's new officer, Dana Moor, said it worked.", {"Dana Moor": ["Officer"]}),
    ],
)  # fmt: skip
def test_lower_case_portfolio_before_a_title(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


# a rank's acronym in brackets between the rank and the name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Community Support Officer (PCSO) Dana Moor said it worked.",
         {"Dana Moor": ["Police Community Support Officer"]}),
        ("Police and Crime Commissioner (PCC) Dana Moor said it worked.",
         {"Dana Moor": ["Police and Crime Commissioner"]}),
    ],
)  # fmt: skip
def test_a_rank_acronym_before_the_name(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviated rank's stop stands between the rank and the name
        ("Det. Supt. Rowan Tait led the inquiry.", {"Rowan Tait": ["Detective Superintendent"]}),
        ("Insp. Gwen Ashdown spoke to residents.", {"Gwen Ashdown": ["Inspector"]}),
        # near misses: a title word ending its sentence is no rank of the next word
        ("She thanked the commissioner. Funding was agreed in May.", {}),
        ("We wrote to the inspector. Officers replied within a week.", {}),
        ('"We are grateful to the commissioner. Demand keeps rising," she said.', {}),
    ],
)
def test_a_sentence_stop_after_a_title(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses of a titled appositive before an activity verb: no person's name
        "Leeds City Council, the local authority, ran 40 sessions.",
        "Operation Falcon, the force's fraud crackdown, led to 40 arrests.",
        "Amber Valley, the borough's biggest ward, held three events.",
    ],
)
def test_an_appositive_before_an_activity_verb_needs_a_name(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


# "lead" is a title's head word after a possessive and its portfolio; not the metal, nor
# the verb
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Barnardo's northern casework lead, Dana Moor, said it helped.",
         ["Northern Casework Lead"]),
        ("The charity's casework lead, Dana Moor, said it helped.", ["Casework Lead"]),
        ("Thieves stole lead from the roof, Dana Moor said.", []),
        ("The plan will lead to cuts, Dana Moor said.", []),
    ],
)  # fmt: skip
def test_lead_is_a_title_head(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


# a place the post covers may stand between the owner's possessive and the portfolio
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Shelter works in every county. Its Devon partnerships officer, Dana Moor, said so.",
         ["Partnerships Officer"]),
        ("Barnardo's Cymru policy manager, Dana Moor, said it helped.", ["Policy Manager"]),
        ("The charity's senior policy officer, Dana Moor, said it helped.",
         ["Senior Policy Officer"]),
    ],
)  # fmt: skip
def test_a_place_before_a_lower_case_portfolio(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


# a workplace pointed back to with "the" is no part of the title
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Dana Moor, a consultant at the hospital, said it helped.", ["Consultant"]),
        ("Dana Moor, manager of the helpline, said it helped.", ["Manager"]),
        ("Dana Moor, director of the project, said it helped.", ["Director"]),
    ],
)  # fmt: skip
def test_a_workplace_pointed_back_to(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == {"Dana Moor": titles}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chief Inspector Dana R Moor said it helped.", {"Dana R Moor": ["Chief Inspector"]}),
        ("Chief Inspector Dana R. Moor said it helped.", {"Dana R. Moor": ["Chief Inspector"]}),
        # near miss: "A" or "I" after a name is a word, no initial
        ("Sergeant Dana Moor said I was right.", {"Dana Moor": ["Sergeant"]}),
    ],
)  # fmt: skip
def test_a_middle_initial(nlp: Language, text: str, names: dict[str, list[str]]) -> None:
    assert found(nlp, text) == names
