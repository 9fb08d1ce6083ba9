"""A name with a plural possessive ("Survivors' Network", "Carers' Trust") set off by a comma
and described as a charity is a charity (rules ``charity-appositive``,
``charity-described-appositive``, ``charity-described-for-appositive``, their
possessive pattern), not the ORG of ``club-network``. Sentences invented for these tests,
with a near miss where no charity is described."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Walkers' Network, the road safety charity which runs safe routes home, welcomed it.",
        [("Walkers' Network", "CHARITY", "charity:walkers-network")],
    ),
    (
        "Referrals went to Riders' Network, a Devon charity that supports young drivers.",
        [("Riders' Network", "CHARITY", "charity:riders-network")],
    ),
    (
        "Parents' Network, the charity for bereaved families, said demand had risen.",
        [("Parents' Network", "CHARITY", "charity:parents-network")],
    ),
    # near miss: no charity described after the name
    (
        "Walkers' Network, which meets in Kendal, welcomed it.",
        [("Walkers' Network", "ORG", "org:walkers-network")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_possessive_described_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
