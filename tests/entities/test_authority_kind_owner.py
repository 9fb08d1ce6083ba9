"""A title opening with the possessive of a kind of authority pointing back ("the combined
authority's director of transport operations", "the mayoral combined authority's head of
bus services") drops its owner, as "the county council's" does (rule ``authority_kind`` of
``anaphoric_owners.OWNER_KINDS``, read by title cleaning's ``article`` step). Every
sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        '"Staff deserve better," said Amir Shah, the combined authority\'s head of rail.',
        "Amir Shah",
        ["Head of Rail"],
        id="combined-authority-quote-first",
    ),
    pytest.param(
        "Lucy Prior, the mayoral combined authority's director of bus services, said fares "
        "would be frozen.",
        "Lucy Prior",
        ["Director of Bus Services"],
        id="mayoral-combined-authority",
    ),
    pytest.param(
        "The local authority's head of highways, Owen Tate, said the road would reopen.",
        "Owen Tate",
        ["Head of Highways"],
        id="local-authority-before-the-name",
    ),
    pytest.param(
        "Rhys Bowen, the transport authority's safety manager, said cameras were fitted.",
        "Rhys Bowen",
        ["Safety Manager"],
        id="transport-authority",
    ),
    # near misses: the council kind still read; a kind not listed keeps its words
    pytest.param(
        "Ellen Marsh, the borough council's cabinet member for transport, said it was ready.",
        "Ellen Marsh",
        ["Cabinet Member for Transport"],
        id="near-miss-council-kind-unchanged",
    ),
    pytest.param(
        "Nia Rees, the health authority's director of nursing, said wards were full.",
        "Nia Rees",
        ["Health Authority's Director of Nursing"],
        id="near-miss-kind-not-listed",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_an_authority_kind_owner_is_dropped(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert titles_of(nlp, text, name) == expected
