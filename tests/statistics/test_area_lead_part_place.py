"""The document's area from a lead that splits its figure among places ("Fourteen new
officers started on Monday, nine of them in Preston and five in Lancaster"): the body that
speaks, not the places of the parts (rule ``lead_part_place``, ``lead_sentences.LEAD_PART``;
sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LATER = "\n\nThe scheme has handled 410 referrals since it began."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lancashire Constabulary welcomed fourteen new community support officers on Monday, "
         "nine of them in Preston and five in Lancaster." + LATER,
         [(14, "Lancashire"), (9, "Preston"), (5, "Lancaster"), (410, "Lancashire")]),
        ("Essex Police opened 16 new drop-in hubs this month, ten of which are in Colchester."
         + LATER, [(16, "Essex"), (10, "Colchester"), (410, "Essex")]),
        ("Surrey Police made 52 arrests in March, 31 of them in Guildford and 21 in Woking."
         + LATER, [(52, "Surrey"), (31, "Guildford"), (21, "Woking"), (410, "Surrey")]),
        ("Gwent Police welcomed eleven new detectives on Monday, seven of whom will work in "
         "Newport." + LATER, [(11, "Gwent"), (7, "Newport"), (410, "Gwent")]),
        ("Kent Police made 48 arrests in June, including 20 in Dover and 9 in Ashford." + LATER,
         [(48, "Kent"), (20, "Dover"), (9, "Ashford"), (410, "Kent")]),
        # near misses: the whole in one place, or no part split off, is still the lead's scope
        ("Essex Police opened 16 new drop-in hubs this month, all of them in Colchester."
         + LATER, [(16, "Essex"), (410, "Colchester")]),
        ("Lancashire Constabulary welcomed fourteen new community support officers in Preston "
         "on Monday." + LATER, [(14, "Preston"), (410, "Preston")]),
    ],
)  # fmt: skip
def test_lead_part_place_is_no_scope(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorset Police recruited 30 new detectives in May, with six based in Poole." + LATER,
         "Dorset"),
        ("Suffolk Constabulary opened 12 hubs this spring, with seven in Ipswich and five in "
         "Lowestoft." + LATER, "Suffolk"),
        # near miss: no count after "with": the place is the lead's scope
        ("Dorset Police made 40 arrests in May, with officers in Poole leading the work."
         + LATER, "Poole"),
    ],
)  # fmt: skip
def test_a_part_after_with_leaves_the_document_area(
    nlp: Language, areas: AreasOf, text: str, expected: str
) -> None:
    assert dict(areas(nlp, text))[410] == expected
