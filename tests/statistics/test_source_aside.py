"""A national charity cited as a source with a relative clause between its name and its
verb ("The charity Inquest, which supported the family, said …", "Mind, which ran the
survey, found …"): its figure covers the charity's remit, not the force's area of the
release (rule ``source-aside`` of ``national_scopes``; Inquest: England and Wales)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Cumbria Police has referred itself to the watchdog after a death in Carlisle. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The charity Inquest, which has supported the family, said deaths after "
            "restraint had risen by 30% since 2019.",
            [(30, "England and Wales")],
        ),
        (
            LEAD + "Mind, which ran the survey, found that 41% of people detained had not "
            "been told why.",
            [(41, "England and Wales")],
        ),
        (
            LEAD + "The NSPCC, who run Childline, said 2,300 children had called about "
            "self-harm last year.",
            [(2300, "UK")],
        ),
    ],
)
def test_a_cited_charity_with_an_aside(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: an aside with no verb of saying after it; a place of its own
        (
            LEAD + "Mind, which runs a café in Carlisle, has trained 40 volunteers.",
            [(40, "Carlisle")],
        ),
        (
            LEAD + "Inquest, which supported the family, said 12 people died in Carlisle.",
            [(12, "Carlisle")],
        ),
    ],
)
def test_an_aside_that_cites_no_source(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
