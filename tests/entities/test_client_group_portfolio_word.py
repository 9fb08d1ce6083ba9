"""A title's subject may hold the possessive of a group the service is for before a comma
and the name ("director of children's social care, Jo Bell", "cabinet member for women's
services, Councillor Jo Bell"), also when the title follows a verb of saying and an owner's
possessive (rule ``client_group_portfolio_word`` of ``portfolio_runs``, used by the person
rule ``title_comma_name`` and the owner-led rule ``organisation_portfolio_comma``); any other
possessive still ends the subject. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people, role_titles

ROWS = [
    pytest.param(
        '"No child should wait a week to be seen," said Suffolk County Council\'s director '
        "of children's social care, Megan Ashdown.",
        "Megan Ashdown",
        ["Director of Children's Social Care"],
        id="quote-first-owner-director-of-childrens-social-care",
    ),
    pytest.param(
        "\"The refuge will stay open,\" said Bristol City Council's head of women's "
        'services, Ana Reyes. "We have found the money."',
        "Ana Reyes",
        ["Head of Women's Services"],
        id="quote-first-owner-head-of-womens-services",
    ),
    pytest.param(
        '"We listened to the families," said Swindon Borough Council\'s cabinet member for '
        "young people's services, Councillor Ruth Keane.",
        "Ruth Keane",
        ["Cabinet Member for Young People's Services", "Councillor"],
        id="owner-led-cabinet-member-for-young-peoples-services",
    ),
    pytest.param(
        "The trust has appointed a new director of children's services, Holly Marsh, who "
        "starts in May.",
        "Holly Marsh",
        ["Director of Children's Services"],
        id="title-comma-name-director-of-childrens-services",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_client_group_possessive_in_a_portfolio(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert role_titles(nlp, text, name) == expected


def test_near_miss_an_owner_possessive_ends_the_subject(nlp: Language) -> None:
    """ "the force's" is an owner, not a group served: no title "Head of the Force's …"."""
    text = (
        "\"We will review it,\" said Devon County Council's head of the force's "
        "liaison team, Owen Pryce."
    )
    found = people(nlp, text)
    titles = [t for info in found.values() for t in info.titles]
    assert not any("Force's" in title for title in titles)
