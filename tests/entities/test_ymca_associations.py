"""A local YMCA or YWCA association named by the federation's letters and a name of its own
("YMCA Thames Gateway", "Halifax YMCA") is a CHARITY
(rule ``ymca-association`` of ``organisation_patterns.jsonl``). The letters alone, or before
a word in lower case, name no association. Every sentence is invented for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

Found = list[tuple[str, str, str]]
OrganisationsOf = Callable[[Language, str], Found]

ROWS: list[tuple[str, Found]] = [
    (
        "Funding went to YMCA Thames Gateway and the Brighton-based youth club.",
        [("YMCA Thames Gateway", "CHARITY", "charity:ymca-thames-gateway")],
    ),
    (
        "Staff from Halifax YMCA ran football sessions in the park.",
        [("Halifax YMCA", "CHARITY", "charity:halifax-ymca")],
    ),
    (
        "The grant paid for youth workers at YWCA Hollybank Group in Exeter.",
        [("YWCA Hollybank Group", "CHARITY", "charity:ywca-hollybank-group")],
    ),
    # near misses: the letters alone; before a word in lower case
    ("Teenagers met at a YMCA near the seafront.", []),
    ("The YMCA hostel in town was full.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ymca_association(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
