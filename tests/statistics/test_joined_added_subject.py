"""A count with "more/extra/additional" whose noun phrase joins two nouns with "and"/"or"
before the participle of a verb of providing ("40 additional officers and police community
support officers will be deployed") counts what is added: a level, not a change (rule
``joined_added_subject`` of ``_ADDED_SUBJECT``, read by ``level_provided_after``). A
comparison with "than", or a verb that provides nothing, keeps the change. Every sentence
is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 6, 8)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "In Hastings, twelve extra PCSOs and special constables have been recruited.",
        [(12, "pcsos", None)],
        id="have-been-recruited",
    ),
    pytest.param(
        "In Swindon, eighteen extra neighbourhood officers and community support officers "
        "will be recruited.",
        [(18, "officers", None)],
        id="will-be-recruited",
    ),
    pytest.param(
        "Across Norfolk, 25 additional officers and police community support officers will "
        "be deployed on the coast.",
        [(25, "officers", None)],
        id="will-be-deployed",
    ),
    # near misses: a comparison with "than"; a verb that provides nothing
    pytest.param(
        "In Derby, 30 more officers and staff were deployed this year than in 2025.",
        [(30, "officers", "increase")],
        id="than-comparison",
    ),
    pytest.param(
        "In Ipswich, 25 more burglaries and thefts were recorded this spring.",
        [(25, "burglaries", "increase")],
        id="no-verb-of-providing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_joined_added_subject(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
