"""Title forms beyond one title word: two titles joined by "and", lower-case qualifier
words ("regional manager"), places at the end of a title, cabinet portfolios after a
possessive, descriptive roles ("a youth worker", "one of the team's … officers"), and a
speaker named after a quote whose title vouches for an unlisted given name.

Every sentence is invented for the test (other names, forces and organisations than
any release the rules were studied on).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> dict[str, list[str]]:
    """Person name -> titles, for every person the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"}


TITLE_FORMS = {
    # an owner noun before "lead" stands for the possessive ("the force's lead for …")
    "owner_noun_before_lead": (
        "Inspector Priya Oakes, the force lead for rural crime, said the patrols would go on.",
        {"Priya Oakes": ["Inspector", "Lead for Rural Crime"]},
    ),
    "owner_noun_before_lead_charity": (
        "Ellis Varney, the charity lead for safeguarding at Mossgate Trust, said it helped.",
        {"Ellis Varney": ["Lead for Safeguarding"]},
    ),
    # near miss: "lead" is not after an owner noun; "Force Control Room Manager" keeps it
    "owner_noun_not_before_lead": (
        "Ellis Varney, the force control room manager, said calls rose.",
        {"Ellis Varney": ["Force Control Room Manager"]},
    ),
    # a body's head word alone opening the run names the body spoken of, not a portfolio
    "trust_head_word_before_title": (
        "The Lanterns Trust runs the line. Trust chief executive Ellis Varney said it worked.",
        {"Ellis Varney": ["Chief Executive"]},
    ),
    "foundation_head_word_before_title": (
        "Foundation director Priya Oakes said the grants had helped.",
        {"Priya Oakes": ["Director"]},
    ),
    # a title with its place or body after "for"/"of", then the name with no comma
    "title_for_place_before_name": (
        "Police and Crime Commissioner for Wyre Ellis Varney said the plan would work.",
        {"Ellis Varney": ["Police and Crime Commissioner"]},
    ),
    "title_of_body_before_name": (
        "Chief Constable of Gwent Police Ellis Varney said the plan would work.",
        {"Ellis Varney": ["Chief Constable"]},
    ),
    "seat_for_place_before_name": (
        "Speaking in the Commons, MP for Penrith Ellis Varney said more officers were needed.",
        {"Ellis Varney": ["Member of Parliament"]},
    ),
    "title_for_place_without_a_verb_is_no_name": (
        "The Police and Crime Commissioner for Wyre Forest Council Tax was set in March.",
        {},
    ),
    # a council's leader, before the name or after it with the council
    "council_leader_before_name": (
        "Council leader Ellis Varney said the wardens would stay.",
        {"Ellis Varney": ["Leader"]},
    ),
    "leader_of_a_council_after_name": (
        "Cllr Ellis Varney, Leader of Wyre Forest District Council, said it worked.",
        {"Ellis Varney": ["Councillor", "Leader"]},
    ),
    "team_leader_stays_one": (
        "Team leader Ellis Varney said the wardens would stay.",
        {"Ellis Varney": ["Team Leader"]},
    ),
    "two_titles_joined_by_and": (
        "Ellis Varney, Inspector and rural crime lead for Dyfed-Powys Police, said it worked.",
        {"Ellis Varney": ["Inspector", "Rural Crime Lead"]},
    ),
    "rank_and_portfolio_before_name": (
        "Inspector and wildlife crime lead Ellis Varney said the team was ready.",
        {"Ellis Varney": ["Inspector", "Wildlife Crime Lead"]},
    ),
    "rank_and_description_before_name_is_no_title": (
        "Inspector and colleague Ellis Varney said the team was ready.",
        {"Ellis Varney": []},
    ),
    "two_job_titles_joined_by_and": (
        "Ellis Varney, chief executive and founder of the Lanterns Trust, said it worked.",
        {"Ellis Varney": ["Chief Executive", "Founder"]},
    ),
    "portfolio_with_and_stays_one": (
        "Ellis Varney, head of major crime and public protection, said it worked.",
        {"Ellis Varney": ["Head of Major Crime and Public Protection"]},
    ),
    "police_and_crime_commissioner_stays_one": (
        "Ellis Varney, the Police and Crime Commissioner, said it worked.",
        {"Ellis Varney": ["Police and Crime Commissioner"]},
    ),
    "lower_case_qualifier_after_place": (
        "Victim Support's North West regional manager, Ellis Varney, said calls rose.",
        {"Ellis Varney": ["Regional Manager"]},
    ),
    "lower_case_qualifier_after_possessive": (
        "The charity's national manager, Ellis Varney, said calls rose.",
        {"Ellis Varney": ["National Manager"]},
    ),
    "region_of_several_words_leaves": (
        "Ellis Varney, the charity's deputy director for the East Midlands, said it worked.",
        {"Ellis Varney": ["Deputy Director"]},
    ),
    "region_with_of_leaves": (
        "Ellis Varney, Mind's head of services for the East of England, said it worked.",
        {"Ellis Varney": ["Head of Services"]},
    ),
    "cabinet_portfolio_after_possessive": (
        "Salford Council's cabinet member for public health, Cllr Ellis Varney, welcomed it.",
        {"Ellis Varney": ["Cabinet Member for Public Health", "Councillor"]},
    ),
    "portfolio_holder_after_possessive": (
        "The borough's portfolio holder for housing, Councillor Ellis Varney, said it helped.",
        {"Ellis Varney": ["Portfolio Holder for Housing", "Councillor"]},
    ),
    "descriptive_worker_role": (
        "Ellis Varney, a support worker with Barnardo's in Leeds, said it was hard.",
        {"Ellis Varney": ["Support Worker"]},
    ),
    "one_of_several_officers": (
        "PC Ellis Varney, one of the force's rural officers, said it was hard.",
        {"Ellis Varney": ["Police Constable", "Rural Officer"]},
    ),
    # rule one_of_place_tail: a place after the plural title is dropped, the title kept
    "one_of_several_officers_in_a_place": (
        "PC Ellis Varney, one of the force's rural crime officers in Hexham, said it was hard.",
        {"Ellis Varney": ["Police Constable", "Rural Crime Officer"]},
    ),
    "one_of_several_advisers_at_a_place": (
        "Ellis Varney, one of the charity's benefits advisers at Salford, said it was hard.",
        {"Ellis Varney": ["Benefits Adviser"]},
    ),
    "one_of_the_victims_in_a_place_is_no_title": (
        "Ellis Varney, one of the victims in Hexham, said it was hard.",
        {"Ellis Varney": []},
    ),
    "one_of_the_victims_is_no_title": (
        "Ellis Varney, one of the victims, said it was hard.",
        {"Ellis Varney": []},
    ),
}


@pytest.mark.parametrize(("text", "expected"), TITLE_FORMS.values(), ids=list(TITLE_FORMS))
def test_title_forms(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected


SPEAKER_AFTER_QUOTE = {
    # "Kofo" and "Anna-Lise" are not in the given-name list: the title after vouches
    "unlisted_given_name_with_title": (
        '"We will keep going," said Kofo Brennan, project manager for Leeds at Victim Support.',
        "Kofo Brennan",
    ),
    "hyphenated_given_name": (
        '"Nobody is safe," said Anna-Lise Brennan, head of services at Victim Support.',
        "Anna-Lise Brennan",
    ),
    "listed_given_name": (
        "“Nobody is safe,” said Tomas Brennan, head of policy at Refuge.",
        "Tomas Brennan",
    ),
}


@pytest.mark.parametrize(
    ("text", "speaker"), SPEAKER_AFTER_QUOTE.values(), ids=list(SPEAKER_AFTER_QUOTE)
)
def test_speaker_after_quote_with_title(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    names = {key: info.name for key, info in doc._.entity_info.items()}
    assert [names.get(quote.speaker) for quote in doc._.quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody is safe," said Bramley Brennan.',  # no title, unlisted given name
        "The price went up, said Kent Fire Brigade.",
    ],
)
def test_no_title_no_unlisted_name(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


SECRETARY_ROWS = [
    # a staff association's or a union's secretary (title "Secretary")
    (
        "Cheshire Police Federation secretary Ellis Varney said morale was low.",
        {"Ellis Varney": ["Secretary"]},
    ),
    (
        "Ellis Varney, secretary of the Lanterns Trust, said it worked.",
        {"Ellis Varney": ["Secretary"]},
    ),
    # near misses: a longer listed title stands whole
    ("Home Secretary Priya Oakes said the law would change.", {"Priya Oakes": ["Home Secretary"]}),
    (
        "Secretary of State Priya Oakes said the law would change.",
        {"Priya Oakes": ["Secretary of State"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECRETARY_ROWS)
def test_secretary_is_a_title(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert found(nlp, text) == expected
