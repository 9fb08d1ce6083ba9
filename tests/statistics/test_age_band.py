"""An age band named as a group ("the 45 to 54 age group", "the 18-24 age bracket") is no
statistic (exclusion ``age-band``); two counts joined by "to" before another noun stay
figures. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def counts(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 11, 4)
    doc = nlp(doc)
    return sorted((f.value, f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The biggest losses in Norfolk were in the 45 to 54 age group, at £9,800.",
            [(9800.0, "pounds")],
            id="to-group",
        ),
        pytest.param(
            "Most victims in Kent fell in the 18-24 age bracket, police said.",
            [],
            id="hyphen-bracket",
        ),
        pytest.param(
            "Reports from the 65 to 74 age range rose by 12% in Dorset.",
            [(12.0, "percent")],
            id="range",
        ),
        # near misses: no band noun after the two numbers
        pytest.param(
            "Gwent Police held 30 age awareness sessions in Newport.",
            [(30.0, "sessions")],
            id="age-noun",
        ),
        pytest.param(
            "Thefts in Hull rose from 210 to 340 last year.",
            [(210.0, "thefts"), (340.0, "thefts")],
            id="plain-range",
        ),
    ],
)
def test_age_band(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert counts(nlp, text) == expected
