"""Stage 2: people, police forces and bodies, charities and other organisations."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


def people(nlp: Language, text: str) -> dict[str, tuple[list[str], list[str]]]:
    doc = nlp(text)
    return {
        info.name: (info.titles, info.affiliations)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }


def organisations(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [
        (span.text, span.label_, span.id_)
        for span in doc.spans[ENTITY_SPAN_GROUP]
        if span.label_ != "PERSON"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rank before the name, expanded from its abbreviation
        ("DCI Priya Nair led the inquiry.", {"Priya Nair": (["Detective Chief Inspector"], [])}),
        (
            "Det Supt Owen Hughes said the work goes on.",
            {"Owen Hughes": (["Detective Superintendent"], [])},
        ),
        (
            "PC Tom Baker and PCSO Amy Lowe were praised.",
            {
                "Tom Baker": (["Police Constable"], []),
                "Amy Lowe": (["Police Community Support Officer"], []),
            },
        ),
        # a force possessive before the rank gives the affiliation
        (
            "Kent Police’s Chief Superintendent Helen Ward said arrests rose.",
            {"Helen Ward": (["Chief Superintendent"], ["force:kent-police"])},
        ),
        # a county before a police rank gives that county's force
        (
            "Cumbria detective sergeant Mark Lee said officers acted fast.",
            {"Mark Lee": (["Detective Sergeant"], ["force:cumbria-constabulary"])},
        ),
        # "Lancashire Police and Crime Commissioner": a PCC, not the force
        (
            "Dorset Police and Crime Commissioner David Sidwick welcomed it.",
            {"David Sidwick": (["Police and Crime Commissioner"], [])},
        ),
        # a title phrase with its organisation, set off by commas before the name
        (
            "Chief Executive of the Marie Collins Foundation, Victoria Green, said: “We help.”",
            {"Victoria Green": (["Chief Executive"], ["charity:marie-collins-foundation"])},
        ),
        # an appositive after the name
        (
            "Peter Wanless, chief executive of the NSPCC, said the figures were stark.",
            {
                "Peter Wanless": (
                    ["Chief Executive"],
                    ["charity:nspcc"],
                )
            },
        ),
        # a portfolio stays whole
        (
            "Commander Sam Price, national lead for child protection, said it works.",
            {"Sam Price": (["Commander", "National Lead for Child Protection"], [])},
        ),
        # name + verb of saying, no title at all
        ("“We are proud,” said Maria Lopez.", {"Maria Lopez": ([], [])}),
        ("Joanne Ellis added that help was available.", {"Joanne Ellis": ([], [])}),
        # honorifics introduce a name but are not titles
        ("Mrs Carol Dunn thanked the officers.", {"Carol Dunn": ([], [])}),
        # a name after the verb, with post-nominals and an appositive closing the sentence
        (
            "“Every image is a crime,” said Nora Quinn OBE, chief executive of the IWF.",
            {"Nora Quinn": (["Chief Executive"], ["charity:internet-watch-foundation"])},
        ),
        # an honorific and a family name is a short form, not a new person "Ms Griffin"
        (
            "Chief Superintendent Lisa Griffin spoke. Ms Griffin said help was there.",
            {"Lisa Griffin": (["Chief Superintendent"], [])},
        ),
        # an organisation's possessive before a title phrase set off by commas
        (
            "The NSPCC's Head of Policy, Anna Reyes, said the case showed it.",
            {"Anna Reyes": (["Head of Policy"], ["charity:nspcc"])},
        ),
        # a street in an appositive is not a person
        ("Daniel Moss, of Bramford Road, admitted the offences.", {"Daniel Moss": ([], [])}),
        # the court-report idiom with an age
        ("Leanne Hart, 34, was jailed at Preston Crown Court.", {"Leanne Hart": ([], [])}),
        # a titled name after the verb with a closing appositive: portfolio and force
        (
            "“We listen,” said Det Supt Ola Bayo, head of safeguarding at Kent Police.",
            {
                "Ola Bayo": (
                    ["Detective Superintendent", "Head of Safeguarding"],
                    ["force:kent-police"],
                )
            },
        ),
        # the region a job covers is not part of the title
        (
            "Mia Ross, Barnardo's deputy director for the North East, said so.",
            {"Mia Ross": (["Deputy Director"], ["charity:barnardos"])},
        ),
        # "the charity's chief executive": a possessive noun before the title goes
        (
            "“Believe children,” said Dr Ian Pryce, the charity's chief executive.",
            {"Ian Pryce": (["Chief Executive"], [])},
        ),
        # "the force lead for …": an owner noun before "lead" with no possessive goes too
        (
            "“Carry nothing,” said Chief Inspector Rob Tait, the force lead for serious violence.",
            {"Rob Tait": (["Chief Inspector", "Lead for Serious Violence"], [])},
        ),
        (
            "Nia Rhodes, the charity lead for safeguarding, said it helped.",
            {"Nia Rhodes": (["Lead for Safeguarding"], [])},
        ),
        # near miss: an owner noun before another word stays ("the force liaison officer")
        (
            "Sergeant Ivo Lang, the force liaison officer, said it helped.",
            {"Ivo Lang": (["Sergeant", "Force Liaison Officer"], [])},
        ),
        # "the city council's": a kind of council before the possessive owner goes too
        (
            "“We act early,” said Priya Lal, the city council's director of public health.",
            {"Priya Lal": (["Director of Public Health"], [])},
        ),
        (
            "Ed Shaw, the borough council's cabinet member for housing, said so.",
            {"Ed Shaw": (["Cabinet Member for Housing"], [])},
        ),
        # near miss: a possessive with a word before it that names no council kind stays
        (
            "Ann Cole, the young people's worker, said so.",
            {"Ann Cole": (["Young People's Worker"], [])},
        ),
        # organisation possessive, title, then the name between commas
        (
            "Refuge's chief executive, Hana Lee, said: “Call us.”",
            {"Hana Lee": (["Chief Executive"], ["charity:refuge"])},
        ),
        # a service before a job title
        (
            "Childline counsellor Ben Hart said calls rose.",
            {"Ben Hart": (["Counsellor"], ["charity:childline"])},
        ),
        # an attribution line under a quote
        (
            "“We will keep going.”\n\n– Jane Okafor, Chief Executive of Victim Support",
            {"Jane Okafor": (["Chief Executive"], ["charity:victim-support"])},
        ),
        # a collar number between the rank and the name
        ("PC 2345 Jodie Marsh was praised.", {"Jodie Marsh": (["Police Constable"], [])}),
        # "from <force>" after the name
        (
            "Detective Constable Ian Moss from Merseyside Police said so.",
            {"Ian Moss": (["Detective Constable"], ["force:merseyside-police"])},
        ),
        # a lower-case portfolio and role word after a possessive, set off by a comma
        (
            "The force's burglary lead, Detective Sergeant Nia Rees, said it was a start.",
            {"Nia Rees": (["Detective Sergeant", "Burglary Lead"], [])},
        ),
        (
            "The charity's fundraising director, Paul Dunne, said donations had risen.",
            {"Paul Dunne": (["Fundraising Director"], [])},
        ),
        # a portfolio with one linking word inside it
        (
            "Kent Police's citizens in policing lead, Inspector Rob Hale, said it helped.",
            {"Rob Hale": (["Inspector", "Citizens in Policing Lead"], ["force:kent-police"])},
        ),
        (
            "The force's volunteers in schools manager, Sergeant Amy Dale, said so.",
            {"Amy Dale": (["Sergeant", "Volunteers in Schools Manager"], [])},
        ),
        # near miss: an adjective of time stays out before the linking word too
        (
            "The force's new in post lead, Inspector Ben Shaw, said it was good news.",
            {"Ben Shaw": (["Inspector"], [])},
        ),
        # near miss: an adjective of time is no portfolio
        (
            "The force's new lead, Inspector Ben Shaw, said it was good news.",
            {"Ben Shaw": (["Inspector"], [])},
        ),
    ],
)
def test_people(nlp: Language, text: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police made 40 arrests in March across Greater Manchester.",
        "The Chief Constable said nothing.",
        "Chief Constable Lancashire was not a name.",
        "On Monday the Home Office published figures.",
        "Officers from North Wales Police attended.",
        "It was revealed in the North West on Friday.",
    ],
)
def test_no_person_where_there_is_none(nlp: Language, text: str) -> None:
    assert people(nlp, text) == {}


def test_short_forms_resolve_to_the_person_introduced(nlp: Language) -> None:
    doc = nlp(
        "Detective Inspector Rachel Osei leads the team. DI Osei said: “We act.” "
        "Osei added that help exists. Mr Grant, a neighbour, disagreed."
    )
    osei = [s for s in doc.spans[ENTITY_SPAN_GROUP] if s.id_ == "person:rachel-osei"]
    assert [s.text for s in osei] == ["Rachel Osei", "DI Osei", "Osei"]
    assert doc._.entity_info["person:rachel-osei"].aliases == ["DI Osei", "Osei"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greater Manchester Police and GMP officers",
            [
                ("Greater Manchester Police", "FORCE", "force:greater-manchester-police"),
                ("GMP", "FORCE", "force:greater-manchester-police"),
            ],
        ),
        (
            "the Met and British Transport Police",
            [
                ("Met", "FORCE", "force:metropolitan-police-service"),
                ("British Transport Police", "FORCE", "force:british-transport-police"),
            ],
        ),
        (
            "The NCA’s CEOP command",
            [
                ("NCA", "FORCE", "force:national-crime-agency"),
                ("CEOP command", "FORCE", "force:child-exploitation-and-online-protection-command"),
            ],
        ),
        # bare county names in a list of forces are forces
        (
            "police forces in Kent, Essex and Sussex",
            [
                ("Kent", "FORCE", "force:kent-police"),
                ("Essex", "FORCE", "force:essex-police"),
                ("Sussex", "FORCE", "force:sussex-police"),
            ],
        ),
        # a misspelling resolves to the gazetteer entry
        (
            "the Lucy Faithful Foundation",
            [("Lucy Faithful Foundation", "CHARITY", "charity:lucy-faithfull-foundation")],
        ),
        (
            "Stop it Now! and the Internet Watch Foundation",
            [
                ("Stop it Now!", "CHARITY", "charity:stop-it-now"),
                ("Internet Watch Foundation", "CHARITY", "charity:internet-watch-foundation"),
            ],
        ),
        (
            "a grant from the Youth Endowment Fund (YEF)",
            [
                ("Youth Endowment Fund", "CHARITY", "charity:youth-endowment-fund"),
                ("YEF", "CHARITY", "charity:youth-endowment-fund"),
            ],
        ),
        # unknown names by pattern
        (
            "the Harbour Light Trust",
            [("Harbour Light Trust", "CHARITY", "charity:harbour-light-trust")],
        ),
        # names that start with their kind
        (
            "researchers at the University of Central Lancashire",
            [("University of Central Lancashire", "ORG", "org:university-of-central-lancashire")],
        ),
        (
            "data from the Office for National Statistics",
            [("Office for National Statistics", "ORG", "org:office-for-national-statistics")],
        ),
        # a name never runs over a paragraph break
        (
            "on Monday.\n\nKirklees Council said",
            [("Kirklees Council", "ORG", "org:kirklees-council")],
        ),
        (
            "Lancashire County Council and the Home Office",
            [
                ("Lancashire County Council", "ORG", "org:lancashire-county-council"),
                ("Home Office", "ORG", "org:home-office"),
            ],
        ),
        (
            "the charity Safe Steps Together said",
            [("Safe Steps Together", "CHARITY", "charity:safe-steps-together")],
        ),
        # a bare county outside a list of forces is a place, not a force
        ("Arrests in Kent rose.", []),
        # lower-case "met" is a verb
        ("Officers met the family.", []),
    ],
)
def test_organisations(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert organisations(nlp, text) == expected


def test_every_config_key_is_used() -> None:
    from pressfacts.models.resources import OrganisationEntry, TitleEntry

    nlp = spacy.blank("en")
    nlp.add_pipe(
        "pressfacts_entities",
        config={
            "gazetteer": [
                OrganisationEntry(
                    id="force:zed-police",
                    type="FORCE",
                    name="Zed Police",
                    abbreviations=["ZP"],
                    areas=["Zed"],
                ).model_dump()
            ],
            "titles": [
                TitleEntry(
                    id="warden", title="Warden", kind="police_rank", forms=["warden"]
                ).model_dump()
            ],
            "speech_verbs": ["quipped"],
            "places": ["Zedland"],
            "non_name_words": ["Nobody"],
        },
    )
    doc = nlp("Warden Ada Quill of ZP quipped. Bo Rix quipped. Warden Zedland. Warden Nobody.")
    info = doc._.entity_info
    assert info["person:ada-quill"].titles == ["Warden"]
    assert "person:bo-rix" in info
    assert "force:zed-police" in info
    assert not any(name in info for name in ("person:zedland", "person:nobody"))


def test_seed_002_finds_the_six_north_west_forces_and_nw_rocu(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    doc = nlp(seed_texts["002"])
    forces = {span.id_ for span in doc.spans[ENTITY_SPAN_GROUP] if span.label_ == "FORCE"}
    assert forces >= {
        "force:lancashire-constabulary",
        "force:merseyside-police",
        "force:greater-manchester-police",
        "force:cheshire-constabulary",
        "force:cumbria-constabulary",
        "force:north-wales-police",
        "force:north-west-regional-organised-crime-unit",
    }


def test_seed_000_di_ashcroft_is_rachael_ashcroft(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    doc = nlp(seed_texts["000"])
    spans = {span.text: span.id_ for span in doc.spans[ENTITY_SPAN_GROUP]}
    assert spans["DI Ashcroft"] == "person:rachael-ashcroft"
    assert doc._.entity_info["person:rachael-ashcroft"].titles == ["Detective Inspector"]


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_no_rank_month_or_place_is_a_person(
    nlp: Language, seed_texts: dict[str, str], seed: str
) -> None:
    from pressfacts.resources import load_word_list

    places = {p.lower() for p in load_word_list("places")}
    stop = {w.lower() for w in load_word_list("non_name_words")}
    doc = nlp(seed_texts[seed])
    for info in doc._.entity_info.values():
        if info.type == "PERSON":
            words = {w.lower() for w in info.name.split()}
            assert info.name.lower() not in places
            assert not words & stop, info.name
            assert len(info.name.split()) >= 2, info.name
