"""A name set off by a comma and described as a charity whose description holds a
hyphenated word is a charity (rule ``charity-hyphen-described-appositive``: "Resolve, the
national anti-social behaviour charity,"): the hyphenated word counts as one of the one to
three words between the article and "charity", as in ``charity-described-appositive``,
and the description may end in a relative clause ("Kestrel Works, a Sheffield-based charity
that trains …"), as there.
Sentences invented for these tests, with near misses where no charity is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The council gave £5,000 to Larkspur, the national anti-slavery charity, last year.",
        [("Larkspur", "CHARITY", "charity:larkspur")],
    ),
    (
        "Officers were trained by Cobblestone, the national anti-social behaviour charity, in May.",
        [("Cobblestone", "CHARITY", "charity:cobblestone")],
    ),
    (
        "Referrals went to Tidewell, a Leeds-based youth charity, over the summer.",
        [("Tidewell", "CHARITY", "charity:tidewell")],
    ),
    (
        "Support came from Harrowgate Hope, the anti-knife crime charity.",
        [("Harrowgate Hope", "CHARITY", "charity:harrowgate-hope")],
    ),
    (
        "Referrals go to Kestrel Works, a Sheffield-based charity that trains former prisoners.",
        [("Kestrel Works", "CHARITY", "charity:kestrel-works")],
    ),
    (
        "Grants went to Brightmoor, the award-winning youth charity which runs the club.",
        [("Brightmoor", "CHARITY", "charity:brightmoor")],
    ),
    (
        "Jobs were found through Saltway, a Hull-based employment charity that opened in 2019.",
        [("Saltway", "CHARITY", "charity:saltway")],
    ),
    # near misses: a person described by a charity job, a possessive after "charity",
    # more than three words before it, a hyphen with no charity after it, a charity job
    # before "that", a person who runs a charity that …
    ("Sarah Cole, a Leeds-based charity worker that nobody knew, said so.", []),
    ("Amir Noor, who runs a Leeds-based charity that helps prison leavers, said so.", []),
    ("Mossbank, the oldest and best known anti-poverty charity that helps, said so.", []),
    ("Sarah Cole, an anti-slavery charity worker, said so.", []),
    ("Jo Bell, the anti-bullying charity's director, said so.", []),
    ("Mossbank, the oldest and best known anti-poverty charity, said so.", []),
    ("Wren Hale, the long-serving manager, said so.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hyphen_described_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
