"""The NFU's English regions and the Kennel Club are ORG entities of the gazetteer
(``organisations.jsonl``: NFU North East, NFU North West, NFU East Midlands, NFU West
Midlands, NFU East Anglia, NFU South East, NFU South West; the Kennel Club, alias "The
Kennel Club"): a regional office named with its region is an entity of its own, as NFU Cymru and
NFU Scotland are, not the national union read from its abbreviation. Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "NFU South West said lambing had been hit by three attacks in a week.",
        {("ORG", "NFU South West")},
    ),
    (
        "The farmers met NFU East Anglia and Suffolk Constabulary on Monday.",
        {("ORG", "NFU East Anglia"), ("FORCE", "Suffolk Constabulary")},
    ),
    (
        "Figures from NFU West Midlands show the cost of attacks rose again.",
        {("ORG", "NFU West Midlands")},
    ),
    (
        "The Kennel Club has urged owners to train a reliable recall.",
        {("ORG", "Kennel Club")},
    ),
    (
        "Dogs Trust and the Kennel Club back the campaign.",
        {("CHARITY", "Dogs Trust"), ("ORG", "Kennel Club")},
    ),
    # near misses: the national union stays itself; a village club in lower case is none
    ("The NFU said attacks in the North West had risen.", {("ORG", "National Farmers' Union")}),
    ("The village kennel club meets on Thursdays.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nfu_regions_and_kennel_club(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
