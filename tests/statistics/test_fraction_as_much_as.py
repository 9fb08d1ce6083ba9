"""A share in words after the qualifier "as much as" or "as many as" is a figure (rule
``fraction-as-much-as`` of ``figures``), qualified "up to": "fell by as much as half" is
50 percent, a decrease. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The curlew population on the Somerset Levels has fallen by as much as half since "
            "1995.",
            [(50.0, "percent", "decrease")],
            id="fallen-by-as-much-as-half",
        ),
        pytest.param(
            "Sightings of otters on the Wye rose by as much as a third in 2024.",
            [(33.3, "percent", "increase")],
            id="rose-by-as-much-as-a-third",
        ),
        # near misses: no share after the qualifier
        pytest.param(
            "Anglers said the poachers took as much as they could carry.",
            [],
            id="near-miss-no-share",
        ),
        pytest.param(
            "The fines were as much as the nets were worth.",
            [],
            id="near-miss-no-share-noun",
        ),
    ],
)
def test_a_share_after_as_much_as(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[object]
) -> None:
    assert changes_of(nlp, text, P) == expected


def test_the_share_is_qualified_up_to(nlp: Language) -> None:
    doc = nlp.make_doc("Numbers of water voles in Kent have fallen by as much as half since 2010.")
    doc._.published = P
    figures = list(nlp(doc)._.statistics)
    assert [(f.value, f.qualifier) for f in figures] == [(50.0, "up to")]
