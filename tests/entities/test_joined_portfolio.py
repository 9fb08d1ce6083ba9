"""A lower-case portfolio of two subjects joined by "and" between an owner's possessive
and the title is the title's, however many words it runs to
(``title_context.JOINED_PORTFOLIO``, rule ``joined_portfolio``): "Suffolk Constabulary's
fraud and cyber protect officer, Mo Pike, said" gives "Fraud and Cyber Protect Officer"
(before: "Officer", the plain run of three words or fewer missing it). Sentences
invented; the near misses keep what the plain run gives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Suffolk Constabulary's fraud and cyber protect officer, Mo Pike, said the force "
        "had run nine sessions.",
        "Mo Pike",
        ["Fraud and Cyber Protect Officer"],
        id="two-words-after-and",
    ),
    pytest.param(
        "Dyfed-Powys Police's domestic abuse and stalking officer, Bethan Rees, said: "
        '"Call us first."',
        "Bethan Rees",
        ["Domestic Abuse and Stalking Officer"],
        id="two-words-before-and",
    ),
    pytest.param(
        "The council's housing and rough sleeping manager, Neil Carver, said the "
        "team had moved 14 people indoors.",
        "Neil Carver",
        ["Housing and Rough Sleeping Manager"],
        id="council-manager",
    ),
    pytest.param(
        'Wiltshire Police\'s drugs & county lines officer, Tara Lowe, said: "It works."',
        "Tara Lowe",
        ["Drugs & County Lines Officer"],
        id="ampersand",
    ),
    # near misses: a determiner after "and" opens a portfolio of its own; four words
    # with no "and" are no joined portfolio
    pytest.param(
        "Devon and Cornwall Police's partners and their protect officer, Jan Hext, said "
        "the talks would go on.",
        "Jan Hext",
        ["Protect Officer"],
        id="near-miss-determiner-after-and",
    ),
    pytest.param(
        "The council's senior community safety partnership officer, Ade Cole, said the "
        "team had helped 12 families.",
        "Ade Cole",
        ["Officer"],
        id="near-miss-four-words-no-and",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_joined_portfolio(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)


ORGANISATION_LED_ROWS = [
    pytest.param(
        "Suffolk Constabulary's fraud and cyber protect officer Mo Pike said the force had "
        "run nine sessions.",
        "Mo Pike",
        ["Fraud and Cyber Protect Officer"],
        id="no-comma-before-name",
    ),
    pytest.param(
        'Age UK Leeds digital and community manager Ann Bray said: "Ask us first."',
        "Ann Bray",
        ["Digital and Community Manager"],
        id="no-possessive",
    ),
    # near misses: no title of the table for the head; "and" opening the phrase
    pytest.param(
        "Kent Police officers and council staff Jo Bell said the force had held 13 events.",
        "Jo Bell",
        [],
        id="near-miss-no-title-head",
    ),
    pytest.param(
        "Kent Police and its officer Jo Bell said the force had held 13 events.",
        "Jo Bell",
        ["Officer"],
        id="near-miss-and-its",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ORGANISATION_LED_ROWS)
def test_organisation_joined_portfolio(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    """Rule ``organisation_joined_portfolio`` (``organisation_led_titles``): the same
    joined portfolio between an organisation and the name with no comma."""
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
