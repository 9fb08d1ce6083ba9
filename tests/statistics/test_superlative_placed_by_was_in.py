"""A busiest, quietest, fewest or "most" subject placed by "was in" ("The busiest haven was
in Medway, with 1,386 visits", "Most visits were in Leeds, with 940") places its figure
there, as "the highest rate was in Dundee" did (``place_roles.PREDICATE_SUPERLATIVE``): the
place had been read as the superlative's scope (role ``superlative-scope``) and the figure
left to the document's area. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

LEAD = "Crisis cafes in Surrey had 4,800 visits in 2024. "


def areas_of(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(LEAD + text)
    doc._.published = dt.date(2025, 5, 22)
    doc = nlp(doc)
    return [(float(f.value), f.area) for f in doc._.statistics if f.value != 4800]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The busiest cafe was in Guildford, with 1,120 visits.",
            [(1120, "Guildford")],
            id="busiest-was-in",
        ),
        pytest.param(
            "The quietest cafe was in Epsom, with 310 visits.",
            [(310, "Epsom")],
            id="quietest-was-in",
        ),
        pytest.param(
            "Most visits were in Woking, with 960.",
            [(960, "Woking")],
            id="most-were-in",
        ),
        # a place with its own count in brackets after a superlative is where it is
        pytest.param(
            "Visits were spread across the county, with the most in Guildford (1,120 visits) "
            "and the fewest in Epsom (310 visits).",
            [(1120, "Guildford"), (310, "Epsom")],
            id="fewest-in-bracketed-count",
        ),
        # near misses: a superlative's scope stays a scope
        pytest.param(
            "It is the busiest cafe in England, with 1,120 visits.",
            [(1120, "Surrey")],
            id="busiest-in-scope",
        ),
        pytest.param(
            "Surrey has the most cafes in the South East, with 12.",
            [(12, "Surrey")],
            id="most-in-scope",
        ),
        pytest.param(
            "It had the fewest visits of any county in England (roughly 310 visits).",
            [(310, "Surrey")],
            id="fewest-in-scope-bracketed-words",
        ),
    ],
)
def test_superlative_placed_by_was_in(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas_of(nlp, text) == expected
