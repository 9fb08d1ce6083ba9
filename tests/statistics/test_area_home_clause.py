"""Where a person lived, told by a relative clause in a release's lead ("the death of a
man who lived in a care home in Cromer"), is no scope of the release: its figures keep the
issuing body's area (``home_site`` of :mod:`pressfacts.statistics.place_role_leads`, rule
``home-clause``). Sentences invented; near misses are a place that is the lead's scope and
a relative clause of no home."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The Suffolk Safeguarding Adults Board has published a review into the death of a "
        "woman who lived in a nursing home in Lowestoft.\n\n"
        "Her family raised the alarm. The review makes nine recommendations.\n\n"
        "The council received 812 concerns last year, 31% of them about neglect.",
        [(9, "Suffolk"), (812, "Suffolk"), (31, "Suffolk")],
        id="home-in-a-town",
    ),
    pytest.param(
        "The Devon Safeguarding Adults Partnership has reviewed the care of a man who had "
        "lived at a flat in Exeter.\n\n"
        "He had no family. Agencies missed 14 chances to help him.",
        [(14, "Devon")],
        id="had-lived-at",
    ),
    # rule possessive-home: one person's home by a possessive leads no place in to the
    # sentences after
    pytest.param(
        "West Mercia Police has charged a woman with fraud. A neighbour had visited the man at "
        "his home in Hereford for years. Over that time she took 48 payments from his account.",
        [(48, "West Mercia")],
        id="possessive-home-before-the-figure",
    ),
    pytest.param(
        "Kent Police has charged a carer. She looked after the victim at her own flat in "
        "Margate. She stole £12,000 in two years.",
        [(12000, "Kent")],
        id="possessive-own-flat",
    ),
    pytest.param(
        "The Suffolk Safeguarding Adults Board says 420 concerns were raised in Lowestoft "
        "last year.",
        [(420, "Lowestoft")],
        id="scope-place",
    ),
    pytest.param(
        "Fires in Wirral rose to 310 last year, Merseyside Fire and Rescue Service said.",
        [(310, "Wirral")],
        id="no-relative-clause",
    ),
    pytest.param(
        "Kent Police ran a week of action. Officers called at their homes in Margate. They gave "
        "advice to 64 residents.",
        [(64, "Margate")],
        id="plural-homes-are-scope",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_home_clause_is_no_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
