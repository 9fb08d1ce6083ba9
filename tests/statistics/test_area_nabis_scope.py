"""A release of the National Ballistics Intelligence Service speaks for the UK, the remit of
the national body that tests the recovered guns of every force (rule table
``NATIONAL_SCOPES`` of :mod:`pressfacts.statistics.national_scopes`): its figures take the
UK when their sentence names no place, not the area of a force it lists as taking part.
Every sentence is invented; near misses keep the place their sentence names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The National Ballistics Intelligence Service said forces across the UK took part, "
         "including Police Scotland and Dyfed-Powys Police.\n\nOfficers recovered 412 guns.",
         [(412, "UK")]),
        ("The surrender was run by the National Ballistics Intelligence Service (NABIS) with "
         "forces across the UK, including British Transport Police and Police Scotland.\n\n"
         "In all, 96 shotguns were handed in.", [(96, "UK")]),
        ("The National Ballistics Intelligence Service tested 1,250 weapons last year.",
         [(1250, "UK")]),
        # near misses: the sentence names its own place
        ("The National Ballistics Intelligence Service said 38 guns were handed in in Wales.",
         [(38, "Wales")]),
        ("The National Ballistics Intelligence Service said that in Scotland, 71 items were "
         "surrendered.", [(71, "Scotland")]),
    ],
)  # fmt: skip
def test_nabis_scope(nlp: Language, areas: AreasOf, text: str, expected: list) -> None:
    assert areas(nlp, text) == expected
