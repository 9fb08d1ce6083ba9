"""The other side of a vote, its noun left out (rules ``votes_to`` and
``in_favour_and_against`` of ``elided_votes.VOTE_RULES``): "by eight votes to four" counts
votes, "nine councillors in favour and three against" councillors. Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units_of(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 2, 11)
    doc = nlp(doc)
    return sorted((float(f.value), f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Members of the Dyfed-Powys panel voted by eight votes to four on Monday to back "
            "the budget.",
            [(4, "votes"), (8, "votes")],
            id="votes-to-then-a-day",
        ),
        pytest.param(
            "The Gwent panel rejected the proposal by six votes to five.",
            [(5, "votes"), (6, "votes")],
            id="votes-to-at-the-end",
        ),
        pytest.param(
            "The plan was approved with nine councillors in favour and three against.",
            [(3, "councillors"), (9, "councillors")],
            id="in-favour-and-against",
        ),
        pytest.param(
            "In Swindon, 14 members voted for it, while five voted against.",
            [(5, "members"), (14, "members")],
            id="voted-for-while-voted-against",
        ),
        # near misses: a noun of its own; no side of a vote after the count
        pytest.param(
            "Support in Wrexham grew from 40 votes to 120 signatures.",
            [(40, "votes"), (120, "signatures")],
            id="own-noun",
        ),
        pytest.param(
            "Eleven residents in Bury were in favour, and two weeks later the panel met.",
            [(11, "residents")],
            id="in-favour-then-a-duration",
        ),
    ],
)
def test_elided_votes(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units_of(nlp, text) == expected
