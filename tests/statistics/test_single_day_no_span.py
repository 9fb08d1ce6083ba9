"""A single day that is the publication date ("were sentenced on Friday" in a release of
that Friday, "today") dates an event, so a tally to now in the present perfect after it
("so far", "to date", "already") takes no period from it (rule ``single_day_no_span`` of
:mod:`pressfacts.statistics.period_to_date`); a span running to P ("since July", "so far
this year") is still taken. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

Span = tuple[dt.date, dt.date] | None


def periods(nlp: Language, text: str, published: dt.date) -> list[tuple[float, Span]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [(f.value, f.period and (f.period.start, f.period.end)) for f in doc._.statistics]


FRI = dt.date(2026, 5, 15)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The charity opened its new hub in Leeds on Friday.\n\n"
            '"Volunteers have helped 40 people so far," she said.',
            FRI,
            [(40, None)],
            id="opening-day-then-tally",
        ),
        pytest.param(
            "The bank manager gave evidence at the hearing on Friday.\n\n"
            '"We have refunded nearly £60,000 so far," Ms Dale said.',
            FRI,
            [(60000, None)],
            id="hearing-day-then-tally",
        ),
        pytest.param(
            "The gang were convicted at Leeds on Friday after a trial.\n\n"
            '"Officers have recovered £48,000 so far," DS Reed said.',
            FRI,
            [(48000, None)],
            id="conviction-day-then-tally",
        ),
        # near misses: a span running to P is still the tally's
        pytest.param(
            "Officers have dealt with 64 reports since the harvest began in July. Hare "
            "coursers have been stopped on 41 occasions.",
            dt.date(2026, 9, 3),
            [
                (64, (dt.date(2026, 7, 1), dt.date(2026, 9, 3))),
                (41, (dt.date(2026, 7, 1), dt.date(2026, 9, 3))),
            ],
            id="near-miss-since-month",
        ),
        pytest.param(
            "A dispersal order was in place in York on Friday. Officers have issued 14 notices.",
            FRI,
            [(14, (FRI, FRI))],
            id="near-miss-no-tally-word",
        ),
        pytest.param(
            "So far this year the team in Derby has logged 212 calls. Officers have "
            "visited 35 homes.",
            FRI,
            [
                (212, (dt.date(2026, 1, 1), FRI)),
                (35, (dt.date(2026, 1, 1), FRI)),
            ],
            id="near-miss-so-far-this-year",
        ),
    ],
)
def test_single_day_no_span(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[float, Span]]
) -> None:
    assert periods(nlp, text, published) == expected
