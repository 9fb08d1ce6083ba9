"""A count whose clause says only its age bound leaves its noun unsaid: it counts a part of
the people just counted (rule ``clause_age_bound`` of ``elided_counts.ELIDED_RULES``), and
the age is no statistic. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def counts(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 5)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police referred 300 people to Prevent in 2023, and 41 were under 14.",
            [(300, "people"), (41, "people")],
            id="and-under",
        ),
        pytest.param(
            "Essex Police arrested 120 people in 2023, while 9 were over 65.",
            [(120, "people"), (9, "people")],
            id="while-over",
        ),
        pytest.param(
            "Leeds recorded 85 victims in 2023, and 30 were all under 16.",
            [(85, "victims"), (30, "victims")],
            id="all-under",
        ),
        # near misses: a bound that is no age, and a count with a noun of its own
        pytest.param(
            "Kent Police stopped 400 drivers in 2023, and 12 were over the limit.",
            [(400, "drivers")],
            id="no-age",
        ),
        pytest.param(
            "Kent Police referred 300 people in 2023, and 12 officers were under 30.",
            [(300, "people"), (12, "officers")],
            id="noun-of-its-own",
        ),
    ],
)
def test_elided_age_bound(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert counts(nlp, text) == expected
