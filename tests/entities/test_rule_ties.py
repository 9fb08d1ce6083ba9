"""Two organisation rules matching the same words with the same priority: the rule listed
first in ``organisation_patterns.jsonl`` wins; the generic head-word rules ``org-head``
("… Association", "… Service") and ``charity-head`` ("… Society", "… Trust") have
priority -1, so any rule that names the kind of body wins a tie with them.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    # rule rescue-team (a CHARITY) and org-head ("… Association") take the same words
    "rescue_association_is_a_charity": (
        "Volunteers from the Snowdonia Cave Rescue Association reached the pair at dawn.",
        ("Snowdonia Cave Rescue Association", "CHARITY"),
    ),
    "search_and_mountain_rescue_association": (
        "The Brecon Search and Mountain Rescue Association was called out nine times.",
        ("Brecon Search and Mountain Rescue Association", "CHARITY"),
    ),
    # rule credit-union (an ORG) and charity-head ("… Society") take the same words
    "building_society_is_an_org": (
        "Savers at the Wessex Vale Building Society lost £12,000 to the callers.",
        ("Wessex Vale Building Society", "ORG"),
    ),
    # near miss: no rescue words, org-head alone takes it (an ORG)
    "plain_association_stays_an_org": (
        "The Tamworth Allotment Holders Association met on Monday.",
        ("Tamworth Allotment Holders Association", "ORG"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_a_tie_goes_to_the_specific_rule(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    """Each case: a sentence, and the (name, type) of the organisation found in it."""
    doc = nlp(text)
    found = {(info.name, info.type) for info in doc._.entity_info.values() if info.type != "PERSON"}
    assert expected in found
