"""A charity whose name joins two capitalised words by "in" or "at" ("Safe in Dunmore",
"Hope at Home") is found by the appositive rules (``charity-described-appositive``,
``charity-appositive``) when the text describes it as a charity; a participle or a plural
opening a sentence ("Speaking in Leeds, the charity …", "Calls to Brightwater, the …
charity,") or "Staff at" is no such name. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "Of the grant, £40,000 will go to Safe in Dunmore, the domestic abuse charity, to help.",
        [("Safe in Dunmore", "CHARITY", "charity:safe-in-dunmore")],
        id="described-in",
    ),
    pytest.param(
        "Hope at Home, a local charity, runs the refuge.",
        [("Hope at Home", "CHARITY", "charity:hope-at-home")],
        id="described-at",
    ),
    pytest.param(
        "Women in Harmony, a charity that supports survivors, welcomed the review.",
        [("Women in Harmony", "CHARITY", "charity:women-in-harmony")],
        id="appositive-in",
    ),
    # near misses: a plural, "Staff", a participle before the charity or a place
    pytest.param(
        "Calls to Brightwater, the domestic abuse charity, rose in May.",
        [("Brightwater", "CHARITY", "charity:brightwater")],
        id="plural-to-charity",
    ),
    pytest.param(
        "Staff at Brightwater, the domestic abuse charity, said calls rose.",
        [("Brightwater", "CHARITY", "charity:brightwater")],
        id="staff-at-charity",
    ),
    pytest.param(
        "Referrals in Brightwater, a local charity, rose.",
        [("Brightwater", "CHARITY", "charity:brightwater")],
        id="plural-in-charity",
    ),
    pytest.param(
        "Speaking in Leeds, the charity that runs the helpline said calls had risen.",
        [],
        id="participle-in-place",
    ),
    pytest.param(
        "Based in Leeds, a charity which helps survivors, reopened its doors.",
        [],
        id="past-participle-in-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_linked_charity_names(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The charity named with an inner preposition, and no charity from a participle."""
    assert organisations(nlp, text) == expected
