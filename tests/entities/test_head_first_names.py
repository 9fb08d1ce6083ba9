"""Bodies named head first ("Commission for …", "Office for …") keep the words before the
head ("Equality Commission for Northern Ireland": rule ``head-first`` takes up to two
capitalised words before it), and end before "and (the)" and another body's head word
with its "of"/"for" ("the Office for National Statistics and the University of Hull").
A federation is such a head ("Federation of Small Businesses"); a bare "The Federation" is none;
so is a society (rule ``head-first``: "Society of Licensed Conveyancers"), not a bare one.
A name is a misspelling of a known one only where its words open with the same letters
(``Gazetteer.resolve_typo``): "Equality Commission" is no "Care Quality Commission".
Every sentence is invented; the near misses keep what they had."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

Found = list[tuple[str, str, str]]
CASES: list[tuple[str, Found]] = [
    (
        "The Equality Commission for Northern Ireland spoke.",
        [
            (
                "Equality Commission for Northern Ireland",
                "ORG",
                "org:equality-commission-for-northern-ireland",
            )
        ],
    ),
    (
        "The Office for National Statistics and the University of Hull published it.",
        [
            ("Office for National Statistics", "ORG", "org:office-for-national-statistics"),
            ("University of Hull", "ORG", "org:university-of-hull"),
        ],
    ),
    ("The Equality Commission spoke.", [("Equality Commission", "ORG", "org:equality-commission")]),
    # a federation named head first (a trade body), also before a possessive
    (
        "The Federation of Small Businesses said thefts cost its members.",
        [("Federation of Small Businesses", "ORG", "org:federation-of-small-businesses")],
    ),
    (
        "The Federation of Independent Retailers' national president, Ann Cole, spoke.",
        [("Federation of Independent Retailers", "ORG", "org:federation-of-independent-retailers")],
    ),
    # near misses: a federation with no name after it; a known one stays whole
    ("The Federation said it would respond.", []),
    (
        "The Police Federation of England and Wales spoke.",
        [
            (
                "Police Federation of England and Wales",
                "ORG",
                "org:police-federation-of-england-and-wales",
            )
        ],
    ),
    # a society named head first (a trade or professional body), also with its acronym
    (
        "The Society of Licensed Conveyancers warned buyers.",
        [("Society of Licensed Conveyancers", "ORG", "org:society-of-licensed-conveyancers")],
    ),
    (
        "Members of the Society for Venue Operators and Promoters (SVOP) met.",
        [
            (
                "Society for Venue Operators and Promoters",
                "ORG",
                "org:society-for-venue-operators-and-promoters",
            ),
            ("SVOP", "ORG", "org:society-for-venue-operators-and-promoters"),
        ],
    ),
    # near misses: a society with no name after it; a society named head last
    ("The Society said it would respond.", []),
    ("The society of the day was different.", []),
    (
        "The Children's Society spoke.",
        [("Children's Society", "CHARITY", "charity:the-childrens-society")],
    ),
    # near misses: a misspelling keeps its words' first letters; one head's name stays whole
    (
        "The Lucy Faithful Foundation spoke.",
        [("Lucy Faithful Foundation", "CHARITY", "charity:lucy-faithfull-foundation")],
    ),
    (
        "The Office of the Police and Crime Commissioner for Kent paid.",
        [
            (
                "Office of the Police and Crime Commissioner for Kent",
                "ORG",
                "org:office-of-the-police-and-crime-commissioner-for-kent",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_head_first_names(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
