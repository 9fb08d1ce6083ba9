"""A name set off by a comma and described as a charity of some kind is a charity (rule
``charity-described-appositive``: "Brightwater, the domestic abuse charity,", "Oakroot, a
local mental health charity,"), or by a relative clause after "charity" ("Larkspur, a
Swindon charity that runs …", "Ferngate, the domestic abuse charity which …"); the words
between the article and "charity" are any one to three, none an article or a preposition
("Omar Reid, a spokesperson for the charity," is a person's job: rule
``trail_word_no_phrase``). Sentences invented for these tests,
with near misses where no charity is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Brightwater, the domestic abuse charity, said calls had risen.",
        [("Brightwater", "CHARITY", "charity:brightwater")],
    ),
    (
        "A spokesperson for Harbourlight, the children's charity, said so.",
        [("Harbourlight", "CHARITY", "charity:harbourlight")],
    ),
    (
        "Oakroot, a local mental health charity, runs the sessions.",
        [("Oakroot", "CHARITY", "charity:oakroot")],
    ),
    (
        "The sessions are run by Greenfold, the countryside charity.",
        [("Greenfold", "CHARITY", "charity:greenfold")],
    ),
    (
        "The force works with Larkspur, a Swindon charity that runs the advocacy service.",
        [("Larkspur", "CHARITY", "charity:larkspur")],
    ),
    (
        "Victims were referred to Ferngate, the domestic abuse charity which opened a refuge.",
        [("Ferngate", "CHARITY", "charity:ferngate")],
    ),
    (
        "Support came from Moorhen House, a small Cumbrian charity that was set up in 2019.",
        [("Moorhen House", "CHARITY", "charity:moorhen-house")],
    ),
    # near misses: a person described by a charity job, a possessive after "charity",
    # more than three words before it, a person before a charity job and "that"
    ("Sarah Cole, a Swindon charity worker that nobody knew, said so.", []),
    ("Mossbank, the oldest and best known local charity that helps, said so.", []),
    ("Sarah Cole, a domestic abuse charity worker, said so.", []),
    ("Jo Bell, the charity's director, said so.", []),
    ("Mossbank, the oldest and best known local charity, said so.", []),
    # near misses of rule trail_word_no_phrase: a person's job "for" or "of" the charity
    ("Omar Reid, a spokesperson for the charity, said so.", []),
    ("Officers met Priya Shah, a volunteer with the charity, on Monday.", []),
    ("Lena Ford, a trustee of a charity, said so.", []),
    ("Tom Hale, a caseworker at the charity, said so.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_described_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
