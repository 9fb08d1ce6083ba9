"""Football clubs named after their town, and two names of one kind joined by "and"
(``organisation_patterns.jsonl`` rules ``football-club``, ``football-club-city-town``,
``football-club-cup-tie``, ``football-club-opponent``, ``street-pastors``;
``fixture_sides`` rule ``football-club-second-side``;
``joined_names.cut_at_joined_names``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses of the club rule: no listed place before the club word, or a word
        # after it that makes a place or a building of it
        ("Fans of Mighty United marched.", []),
        ("Crowds gathered at the Preston Rovers Hall.", []),
        ("Officers stood outside Oxford United Centre.", []),
        # a club of a listed place keeps its name before a list's "and"
        ("Carlisle United and Bristol Rovers fans were kept apart.",
         [("Carlisle United", "ORG", "org:carlisle-united"),
          ("Bristol Rovers", "ORG", "org:bristol-rovers")]),
        # a "City", "Town" or "County" club of a listed place, told by a football word
        # after it (rule football-club-city-town)
        ("Stewards watched a Coventry City home match.",
         [("Coventry City", "ORG", "org:coventry-city")]),
        ("Dozens of Luton Town fans travelled north.",
         [("Luton Town", "ORG", "org:luton-town")]),
        ("Police met Derby County supporters before the game.",
         [("Derby County", "ORG", "org:derby-county")]),
        # near misses: no football word after it, a council, a lower-case "city", no place
        ("Officers patrolled Coventry City centre overnight.", []),
        ("Exeter City Council said fans were welcome.",
         [("Exeter City Council", "ORG", "org:exeter-city-council")]),
        ("Crowds gathered in Luton town centre after the match.", []),
        ("Fans of Mighty Town watched the match.", []),
        ("Fans gathered outside Carlisle City Hall after the match.", []),
        # a grant to a local street pastors group is a charity's
        ("A grant went to Bath Street Pastors.",
         [("Bath Street Pastors", "CHARITY", "charity:bath-street-pastors")]),
        ("Pastors walked down Bath Street at night.", []),
    ],
)  # fmt: skip
def test_clubs(nlp: Language, organisations: OrganisationsOf, text: str, expected: Found) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two universities joined: the first rule's words stop short of the second's head
        ("Stalls were run by the University of Leicester and Leicester De Montfort University.",
         [("University of Leicester", "ORG", "org:university-of-leicester"),
          ("Leicester De Montfort University", "ORG", "org:leicester-de-montfort-university")]),
        # ... or take it: the same head word on both sides of the "and"
        ("The study was led by the University of Exeter and Bath Spa University.",
         [("University of Exeter", "ORG", "org:university-of-exeter"),
          ("Bath Spa University", "ORG", "org:bath-spa-university")]),
        # near misses: a head word on one side only is one name
        ("Crews from Kent Fire and Rescue Service attended.",
         [("Kent Fire and Rescue Service", "ORG", "org:kent-fire-and-rescue-service")]),
        ("The Department of Health and Social Care agreed.",
         [("Department of Health and Social Care", "ORG",
           "org:department-of-health-and-social-care")]),
        # near misses: one name whose tail is a name of its own head stays whole
        ("Call the Stalking and Harassment Advice Helpline today.",
         [("Stalking and Harassment Advice Helpline", "CHARITY",
           "charity:stalking-and-harassment-advice-helpline")]),
        ("A grant came from the Office of the Police and Crime Commissioner for Cumbria.",
         [("Office of the Police and Crime Commissioner for Cumbria", "ORG",
           "org:office-of-the-police-and-crime-commissioner-for-cumbria")]),
    ],
)  # fmt: skip
def test_joined_names(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A grant came from the National Lottery Community Fund.",
         [("National Lottery Community Fund", "ORG", "org:national-lottery-community-fund")]),
        ("Comic Relief paid for the van.", [("Comic Relief", "CHARITY", "charity:comic-relief")]),
    ],
)  # fmt: skip
def test_funders_in_the_gazetteer(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


def test_drinkaware_is_a_charity(nlp: Language, organisations: OrganisationsOf) -> None:
    """The alcohol charity is in the gazetteer, so "Drinkaware's director" is its title."""
    assert organisations(nlp, "Drinkaware's director of campaigns spoke.") == [
        ("Drinkaware", "CHARITY", "charity:drinkaware")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club of a listed place named as one side of a fixture (rule football-club-fixture)
        ("Police were out in force for the derby between Bristol City and Bristol Rovers.",
         [("Bristol City", "ORG", "org:bristol-city"),
          ("Bristol Rovers", "ORG", "org:bristol-rovers")]),
        ("Stewards searched fans before the match between Norwich City and Ipswich Town.",
         [("Norwich City", "ORG", "org:norwich-city"),
          ("Ipswich Town", "ORG", "org:ipswich-town")]),
        ("Extra patrols covered the game between Nottingham Forest and Derby County fans.",
         [("Nottingham Forest", "ORG", "org:nottingham-forest"),
          ("Derby County", "ORG", "org:derby-county")]),
        # ... and named again later without the match words (rule named-again)
        ("The fixture between Stoke City and Port Vale passed off well. Stoke City's head of "
         "security thanked fans.",
         [("Stoke City", "ORG", "org:stoke-city"), ("Port Vale", "ORG", "org:port-vale"),
          ("Stoke City", "ORG", "org:stoke-city")]),
        # near misses: a place alone, a known force, a place's centre, no fixture words
        ("It was the first match between Leeds and Bradford since 2019.", []),
        ("The match between West Yorkshire Police and the fire service raised £500.",
         [("West Yorkshire Police", "FORCE", "force:west-yorkshire-police")]),
        ("The derby between Hull City and Grimsby Town drew crowds. Hull City centre was busy.",
         [("Hull City", "ORG", "org:hull-city"), ("Grimsby Town", "ORG", "org:grimsby-town")]),
        ("Officers patrolled Stoke City centre before the game.", []),
        ("The gap between Leicester City and the rest of the county grew.", []),
    ],
)  # fmt: skip
def test_fixture_clubs(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity is funded by the Premier League and the EFL.",
         [("Premier League", "ORG", "org:premier-league"),
          ("EFL", "ORG", "org:english-football-league")]),
        ("The English Football League backed the campaign.",
         [("English Football League", "ORG", "org:english-football-league")]),
        ("The Scottish Professional Football League said fans were safe.",
         [("Scottish Professional Football League", "ORG",
           "org:scottish-professional-football-league")]),
    ],
)  # fmt: skip
def test_football_leagues_in_the_gazetteer(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "City"/"Town"/"County" club of a listed place before its own cup tie or
        # match (rule football-club-cup-tie), named again later (rule named-again)
        ("Bottles were thrown before Exeter City's FA Cup tie. Exeter City banned two fans.",
         [("Exeter City", "ORG", "org:exeter-city"), ("Exeter City", "ORG", "org:exeter-city")]),
        ("Extra stewards worked at Mansfield Town's Carabao Cup match.",
         [("Mansfield Town", "ORG", "org:mansfield-town")]),
        # a club of two capitalised words after a fixture word and "against" (rule
        # football-club-opponent), whether or not a place begins it
        ("Officers were deployed for the home tie against Forest Green on Saturday.",
         [("Forest Green", "ORG", "org:forest-green")]),
        ("Three men were held after the game against Plymouth Argyle.",
         [("Plymouth Argyle", "ORG", "org:plymouth-argyle")]),
        # near misses: no tie or match after the possessive, a cause or a force after
        # "against", one word after it, no fixture word before "against"
        ("Shoppers filled Derby City's Christmas market before the game.", []),
        ("Norwich City's annual report was published in March.", []),
        ("The charity match against Knife Crime raised £2,000.", []),
        ("Officers played a charity match against Merseyside Police.",
         [("Merseyside Police", "FORCE", "force:merseyside-police")]),
        ("Sunday's match against Everton passed off peacefully.", []),
        ("Residents campaigned against Grove Park being sold.", []),
    ],
)  # fmt: skip
def test_clubs_by_their_fixtures(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side of a fixture whose first side is a club (rule
        # football-club-second-side of fixture_sides), a town's name alone or a club no
        # rule knows
        ("Officers policed the derby between Leeds United and Bradford on Sunday.",
         [("Leeds United", "ORG", "org:leeds-united"), ("Bradford", "ORG", "org:bradford")]),
        ("Fans were kept apart at the game between Bristol Rovers and Forest Green Rovers.",
         [("Bristol Rovers", "ORG", "org:bristol-rovers"),
          ("Forest Green Rovers", "ORG", "org:forest-green-rovers")]),
        ("The match between Exeter City v Torquay United fans was tense.",
         [("Exeter City", "ORG", "org:exeter-city"),
          ("Torquay United", "ORG", "org:torquay-united")]),
        # near misses: two towns (no club first), a force after "and", no fixture word
        ("It was the first game between Derby and Burton since 2019.", []),
        ("The charity match between Leeds United and West Yorkshire Police raised £500.",
         [("Leeds United", "ORG", "org:leeds-united"),
          ("West Yorkshire Police", "FORCE", "force:west-yorkshire-police")]),
        ("Talks between Leeds United fans and Bradford residents went well.",
         [("Leeds United", "ORG", "org:leeds-united")]),
    ],
)  # fmt: skip
def test_second_side_of_a_fixture(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
