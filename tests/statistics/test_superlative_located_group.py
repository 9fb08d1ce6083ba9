"""A superlative picking out a group of people before the place they are in ("officers
targeting the most prolific shoplifters in Leeds made 163 arrests") locates the group and
the figures of what was done to it there (rule ``superlative-located-group``,
``located_groups.LOCATED_GROUP``), where the place had been read as the superlative's scope
(role ``superlative-scope``) and the figure given the speaking force's area. A ranking's
scope stays a scope. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.located_groups import located_group


def areas_of(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 5, 22)
    doc = nlp(doc)
    return [(float(f.value), f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers targeting the most prolific shoplifters in Leeds have made 163 arrests "
            "since January, West Yorkshire Police has said.",
            [(163, "Leeds")],
            id="most-prolific-shoplifters-in",
        ),
        pytest.param(
            "Detectives pursuing the most harmful offenders across Swindon charged 41 people "
            "in April, Wiltshire Police said.",
            [(41, "Swindon")],
            id="most-harmful-offenders-across",
        ),
        pytest.param(
            "A team working with the most vulnerable families in Grimsby supported 86 "
            "households last year, Humberside Police said.",
            [(86, "Grimsby")],
            id="most-vulnerable-families-in",
        ),
        pytest.param(
            "Reoffending by the most prolific burglars and thieves in Wakefield has fallen by "
            "18% this year, West Yorkshire Police said.",
            [(18, "Wakefield")],
            id="most-prolific-burglars-and-thieves-in",
        ),
        pytest.param(
            "Support for the most vulnerable children and families across Oldham reached 212 "
            "households in May, Greater Manchester Police said.",
            [(212, "Oldham")],
            id="most-vulnerable-children-and-families-across",
        ),
    ],
)
def test_a_superlative_group_is_located_by_its_place(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers targeting the most prolific shoplifters in ", True),
        ("support for the worst affected drivers across ", True),
        ("the largest gangs in the ", True),
        ("Reoffending by the most prolific burglars and thieves in ", True),
        ("the worst offenders or gangs across ", True),
        # near misses: a ranking's scope, a count ranked, a group ranked against the place's
        ("Hull is one of the most deprived areas in ", False),
        ("Leeds has some of the most prolific shoplifters in ", False),
        ("Hull had the highest number of offenders in ", False),
        ("the largest force area in ", False),
        ("Hull has the most deprived wards and estates in ", False),
        ("Leeds has some of the most prolific burglars and thieves in ", False),
    ],
)
def test_located_group(text: str, expected: bool) -> None:
    assert located_group(text + "Leeds", len(text)) is expected
