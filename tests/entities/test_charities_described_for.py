"""A name set off by a comma and described as the charity *for* someone or something is a
charity (rule ``charity-described-for-appositive``: "Fellwatch, the national charity for
upland search teams,", "Tidemark, a charity for bereaved families"); up to three words between
the article and "charity", as in ``charity-described-appositive``. Sentences invented for these
tests, with near misses where no charity is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The team belongs to Upland Watch, the national charity for hill search teams.",
        [("Upland Watch", "CHARITY", "charity:upland-watch")],
    ),
    (
        "Families were referred to Tidemark, a charity for bereaved parents, last year.",
        [("Tidemark", "CHARITY", "charity:tidemark")],
    ),
    (
        "Money went to Cedar Path, the charity for carers in the county.",
        [("Cedar Path", "CHARITY", "charity:cedar-path")],
    ),
    (
        "Staff from Lanternfold, a small local charity for young runaways, helped.",
        [("Lanternfold", "CHARITY", "charity:lanternfold")],
    ),
    # near misses: a person working for a charity, a possessive "charity's", a charity
    # described with no name before it, more than three words before "charity"
    ("Sarah Cole, a charity worker for the hospice, said so.", []),
    ("Jo Bell, the charity's lead for families, said so.", []),
    ("They called the national charity for missing people.", []),
    ("Mossbank, the oldest and best known local charity for carers, said so.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_charities_described_for(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
