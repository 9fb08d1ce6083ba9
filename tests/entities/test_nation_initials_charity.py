"""A name of one or two capitalised words closed by "NI" is a Northern Ireland body of the
voluntary sector's naming (organisation pattern ``nation-initials-charity``: "Carers NI",
"Men's Action NI"), a CHARITY, and a national branch, so a figure of a release it issues is
for Northern Ireland. Public bodies named so ("Invest NI", "Sport NI", "Tourism NI") are
ORG gazetteer names, and a force, council or service word before "NI" opens no such name,
nor a place, a business, a trade body, an event or an operation
(fields ``place_not_name`` and ``excluded_words`` of the rule).
Found by held-out 410. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "Carers NI said 640 people had called its helpline.",
        [("Carers NI", "CHARITY", "charity:carers-ni")],
        id="one-word",
    ),
    pytest.param(
        "The leaflet was written with Mental Health NI and local GPs.",
        [("Mental Health NI", "CHARITY", "charity:mental-health-ni")],
        id="two-words",
    ),
    # near misses: a public body of the gazetteer; a police word before "NI"
    pytest.param(
        "Invest NI said 12 firms in Lisburn had been targeted.",
        [("Invest NI", "ORG", "org:invest-ni")],
        id="public-body",
    ),
    pytest.param("Officers from Police NI attended.", [], id="police-word"),
    # near misses: a known place before "NI" (the place and its nation, no name)
    pytest.param("Reports of scams in Lisburn NI rose by 300 last year.", [], id="place-ni"),
    pytest.param("Across Belfast NI, 300 people were targeted.", [], id="across-place-ni"),
    # near misses: a business, a trade body, an event, an operation named with "NI"
    pytest.param("Customers of Power NI were warned about the scam.", [], id="business"),
    pytest.param("Ulster Bank NI said 40 customers had lost money.", [], id="bank"),
    pytest.param("Retail NI said 40 shops had been targeted.", [], id="trade-body"),
    pytest.param("During Scams Awareness Week NI, 300 people came.", [], id="event"),
    pytest.param("Officers on Operation Sentinel NI made 12 arrests.", [], id="operation"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nation_initials_charity(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The body named with "NI", typed, or nothing."""
    assert organisations(nlp, text) == expected
