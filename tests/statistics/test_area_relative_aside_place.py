"""A force that ends a relative clause set between commas after the sentence's
subject, right before the subject's verb, describes the subject and is no place of the
figure after it (rule ``relative-aside-place``, ``closing_bodies.relative_aside_place``;
sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Small firms across the South West lost £2m to online fraud last year. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The centre, which is backed by Avon and Somerset Police and Dorset Police, "
         "said Action Fraud received 940 reports of online fraud from sole traders and small "
         "firms in the region over the six months, up 8% on the same period a year earlier.",
         [(2000000, "South West"), (940, "South West"), (8, "South West")]),
        (LEAD + "The network, whose members include Wiltshire Police and Gloucestershire "
         "Constabulary, has said that 310 charities were targeted by invoice fraud in the "
         "first half of the year.", [(2000000, "South West"), (310, "South West")]),
        (LEAD + "The forum, whose members include Devon and Cornwall Police, told reporters "
         "160 shops had been sent fake invoices since January.",
         [(2000000, "South West"), (160, "South West")]),
        (LEAD + "The network, whose members include Wiltshire Police, published figures "
         "showing 95 farms were targeted by phone scams in the spring.",
         [(2000000, "South West"), (95, "South West")]),
        (LEAD + "The alliance, whose partners include Gloucestershire Constabulary, warns 40 "
         "care homes were sent bogus invoices.", [(2000000, "South West"), (40, "South West")]),
        (LEAD + "The partnership, whose board includes Dorset Police, announced 12 arrests "
         "after a week of action in the region.",
         [(2000000, "South West"), (12, "South West")]),
        # near misses: a figure inside the relative clause keeps the place there, a place
        # (not a force) in the clause is the speaker's remit, and a place right after the
        # figure is its own
        (LEAD + "The charity, which runs the service in Bath, said 57 families were helped.",
         [(2000000, "South West"), (57, "Bath")]),
        (LEAD + "The officers, who visited 40 shops in Taunton, said most had no backup.",
         [(2000000, "South West"), (40, "Taunton")]),
        (LEAD + "The centre, which is backed by Dorset Police, said 75 firms in Poole were "
         "hit.", [(2000000, "South West"), (75, "Poole")]),
    ],
)  # fmt: skip
def test_relative_aside_place_is_not_the_figures(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
