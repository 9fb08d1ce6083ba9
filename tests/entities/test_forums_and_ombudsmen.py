"""Bodies named by a forum, coalition, consortium or ombudsman head word (rule ``org-head``)
and the national ombudsmen and coastguard of the gazetteer; sentences written for these
tests, with near misses where the head word names no body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The Fenland Rural Crime Forum met at the village hall on Monday.",
        [("Fenland Rural Crime Forum", "ORG", "org:fenland-rural-crime-forum")],
    ),
    (
        "Members of the Wirral Youth Forum questioned the commissioner.",
        [("Wirral Youth Forum", "ORG", "org:wirral-youth-forum")],
    ),
    (
        "The Grimsby Domestic Abuse Coalition and the Tyne Recovery Consortium signed the pledge.",
        [
            ("Grimsby Domestic Abuse Coalition", "ORG", "org:grimsby-domestic-abuse-coalition"),
            ("Tyne Recovery Consortium", "ORG", "org:tyne-recovery-consortium"),
        ],
    ),
    (
        "The Housing Ombudsman criticised the landlord's handling of the complaint.",
        [("Housing Ombudsman", "ORG", "org:housing-ombudsman")],
    ),
    (
        "Prisons and Probation Ombudsman staff opened an investigation.",
        [("Prisons and Probation Ombudsman", "ORG", "org:prisons-and-probation-ombudsman")],
    ),
    (
        "HM Coastguard coordinated the search with the Maritime and Coastguard Agency.",
        [
            ("HM Coastguard", "ORG", "org:hm-coastguard"),
            ("Maritime and Coastguard Agency", "ORG", "org:maritime-and-coastguard-agency"),
        ],
    ),
    (
        "The PHSO said it would review the case.",
        [("PHSO", "ORG", "org:parliamentary-and-health-service-ombudsman")],
    ),
    # near misses: the head word alone, or lower case, names no body
    ("Forum members said the Ombudsman had acted.", []),
    ("An online forum and a local coalition of residents raised the issue.", []),
    # near miss: "MCA" and "PPO" are not the agency's or the ombudsman's abbreviations here
    ("An MCA assessment was done and he is managed as a PPO.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forums_and_ombudsmen(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
