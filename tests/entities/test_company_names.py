"""Companies named by a trade word or a legal suffix (``company`` of
``organisation_patterns.jsonl``: "Morgan Homes", "Fenwick Haulage Ltd", "Brightwater plc",
a community interest company "… CIC")
are ORG entities, not people who speak. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Morgan Homes said it had fitted new locks after the break-ins.",
        {("ORG", "Morgan Homes")},
    ),
    (
        "A spokesperson for Harper Logistics said no parcels were taken.",
        {("ORG", "Harper Logistics")},
    ),
    (
        "Fenwick Haulage Ltd was fined £40,000 at Teesside Crown Court.",
        {("ORG", "Fenwick Haulage Ltd")},
    ),
    (
        "Brightwater plc said it would review security at the depot.",
        {("ORG", "Brightwater plc")},
    ),
    (
        "Staff at Greenacre Construction reported the theft of two diggers to Essex Police.",
        {("ORG", "Greenacre Construction"), ("FORCE", "Essex Police")},
    ),
    # a community interest company, place and all ("Safer Spaces Swindon CIC")
    (
        "The hub is run with Brighter Paths Swindon CIC, set up by survivors.",
        {("ORG", "Brighter Paths Swindon CIC")},
    ),
    ("Riverside Mentors CIC trains 40 volunteers a year.", {("ORG", "Riverside Mentors CIC")}),
    # near misses: a surname that is also a trade (so not in the rule), a trade word in
    # lower case, a trade word alone
    ("Detective Sergeant Ruth Plant said the lorry was found.", set()),
    ("Police said homes in Ashford had been targeted by burglars.", set()),
    ("Construction of the new custody suite began in May.", set()),
    # nor a scheme or fund named after homes ("Safer Homes Fund", "Warm Homes Scheme")
    ("The Safer Homes Fund will pay for new locks in 900 homes.", set()),
    ("Residents can apply to the Warm Homes Scheme until March.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_company_names(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Morgan Homes said it had fitted new locks after the break-ins.",
        "Harper Logistics said nothing was taken from the yard.",
    ],
)
def test_a_company_that_speaks_is_no_person(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [i.name for i in doc._.entity_info.values() if i.type == "PERSON"]
