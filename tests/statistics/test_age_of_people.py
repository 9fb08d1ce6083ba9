"""An age said of a young person with "of" ("children of 11 and 12", "a boy of just 13")
is no statistic (exclusion ``age-of-people``); a count after "of" that a plural noun
follows, a large number, a share, or one after a noun for no young person, stays a
statistic. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def counts(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 11, 18)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Gangs are using children of 13 and 14 carrying knives into Lowestoft," he said.',
            [],
            id="pair-and",
        ),
        pytest.param(
            "Officers found a boy of just 15 running drugs from a flat in Rhyl.", [], id="just"
        ),
        pytest.param(
            "Youth workers said girls of nine or ten carry cash and phones for dealers.",
            [],
            id="words-or",
        ),
        pytest.param(
            "The charity said pupils of 12 to 14 were most often targeted in Swindon.",
            [],
            id="range-to",
        ),
        pytest.param(
            "The charity has met boys of 12 selling cannabis in Bedford.", [], id="single"
        ),
        # near misses: a plural noun after the number; a large count; a share; no young
        # person before "of"
        pytest.param(
            "Workers visited the children of 11 families in Wrexham.",
            [(11.0, "families")],
            id="plural-noun",
        ),
        pytest.param(
            "Detectives spoke to pupils of 23 schools across Gwent.",
            [(23.0, "schools")],
            id="schools",
        ),
        pytest.param(
            "The team spoke to the parents of 18 children in Luton.",
            [(18.0, "children")],
            id="parents",
        ),
        pytest.param(
            "The scheme has reached children of 3,400 households in Medway.",
            [(3400.0, "households")],
            id="large-count",
        ),
    ],
)
def test_age_of_people(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert counts(nlp, text) == expected
