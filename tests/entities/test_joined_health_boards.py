"""A health board named after two places joined by "and" is one ORG, not the part after
"and" ("Cardiff and Vale University Health Board" had been "Vale University Health
Board"): a pattern of the ``health-body`` rule in ``organisation_patterns.jsonl``. The
word before "and" is no body's own head word, so two names joined by "and" stay two.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS: list[tuple[str, list[str]]] = [
    (
        "Cardiff and Vale University Health Board has added the form to its checklist.",
        ["Cardiff and Vale University Health Board"],
    ),
    (
        "Staff at Dumfries and Galloway Health Board were trained by officers.",
        ["Dumfries and Galloway Health Board"],
    ),
    (
        "Ayrshire and Arran Health Board said it would share the forms.",
        ["Ayrshire and Arran Health Board"],
    ),
    # near misses: two bodies joined by "and" stay two; a one-place board is unchanged
    (
        "Kent Police and Medway Health Board signed the agreement.",
        ["Kent Police", "Medway Health Board"],
    ),
    (
        "The Regional Safeguarding Board and Hywel Dda University Health Board met.",
        ["Regional Safeguarding Board", "Hywel Dda University Health Board"],
    ),
    (
        "Betsi Cadwaladr University Health Board said it was pleased.",
        ["Betsi Cadwaladr University Health Board"],
    ),
]


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_joined_health_boards(
    nlp: Language, organisations: OrganisationsOf, text: str, names: list[str]
) -> None:
    assert [name for name, _label, _id in organisations(nlp, text)] == names
