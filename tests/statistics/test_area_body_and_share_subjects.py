"""A clause of its own after ", and" keeps its place from the figures of the other clause:
a body with an auxiliary and a verb (rule ``body_subject`` of
``clause_breaks.BODY_SUBJECT``: ", and the force will spend £20,000", no place before it
is the body's money's) and a share of a plural noun with a verb of its own (rule
``share_noun_subject`` of ``clause_breaks.SHARE_NOUN_SUBJECT``: ", and around one in eight
households in Basildon is now covered", Basildon is not the counts'). Sentences invented;
the near misses are a possessive body with no auxiliary and a share "of them" (a part)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Essex Police has published its volunteer figures. "

ROWS = [
    pytest.param(
        LEAD + "Officers made 40 arrests in Harlow, and the force will spend £20,000 on radios.",
        [(40, "Harlow"), (20000, "Essex")],
        id="body-will-spend",
    ),
    pytest.param(
        LEAD + "Volunteers gave 900 hours in Harlow, and the council has also given £5,000.",
        [(900, "Harlow"), (5000, "Essex")],
        id="body-has-also-given",
    ),
    pytest.param(
        LEAD + "The number of schemes in the county rose to 1,184 last year, up from 962 in "
        "2022, and around one in eight households in Basildon is now covered by one.",
        [(1184, "Essex"), (962, "Essex"), (12.5, "Basildon")],
        id="share-noun-subject-in-place",
    ),
    pytest.param(
        LEAD + "Schemes in the county grew to 400 last year, and a third of homes in Harlow are "
        "now members.",
        [(400, "Essex"), (33.3, "Harlow")],
        id="share-of-noun-subject",
    ),
    # near misses: a possessive body and no verb of its own; a part of the count before
    pytest.param(
        LEAD + "Officers made 40 arrests in Harlow, and the force's £20,000 paid for radios.",
        [(40, "Harlow"), (20000, "Harlow")],
        id="possessive-body-no-break",
    ),
    pytest.param(
        LEAD + "Officers made 40 arrests in Harlow last year, and one in eight of them were for "
        "theft.",
        [(40, "Harlow"), (12.5, "Harlow")],
        id="part-of-them",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_body_and_share_subjects(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
